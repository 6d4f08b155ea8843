// How figures and dates read in the partnership's documents: UK dates
// (31 March 2022), financial years (2021/22), whole percentages.
import { isCalendarDate } from "../dates/calendar.js";
import { financialYearOf } from "../dates/financial-year.js";
import { ordinal } from "../text/lists.js";


/** A date's financial year (`2021/22`); a label already in that form is kept. */
export function financialYearLabel(value: string): string {
  if (isCalendarDate(value)) return financialYearOf(value).label;
  return value;
}

export function percentText(value: number | null | undefined): string {
  return value === null || value === undefined ? "n/a" : `${value}%`;
}

export function pluralWord(count: number, singular: string, plural?: string): string {
  return count === 1 ? singular : (plural ?? `${singular}s`);
}

/** `a`, `a and b`, `a, b and c`: how the report lists things in a sentence. */
export function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const SMALL = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Numbers up to ten in words, as the report writes them in prose ("eight rapid reviews"). */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? SMALL[n]! : String(n);
}

const SMALL_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** Ordinals up to tenth in words ("the third cycle"), then 11th, 12th, ... */
export function ordinalWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? SMALL_ORDINALS[n]! : ordinal(n);
}
