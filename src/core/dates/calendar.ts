// Calendar dates are kept as `YYYY-MM-DD` text, the way records hold them.
// Adding days and months goes through date-fns on a local Date fixed at
// noon: noon never falls in a daylight-saving gap, so the result is the
// same in every time zone that has not skipped a whole day (Samoa skipped
// 30 December 2011). Days between two dates are counted in UTC, where every
// day is 24 hours and none was skipped.
import { addDays, addMonths, format, isWeekend } from "date-fns";

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `text` is a real calendar date written YYYY-MM-DD (2022-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  // Every date of every record is checked: the digits are read in place.
  if (!ISO_DATE.test(text)) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function toNoon(date: IsoDate): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function fromDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return fromDate(addDays(toNoon(date), days));
}

export function plusMonths(date: IsoDate, months: number): IsoDate {
  return fromDate(addMonths(toNoon(date), months));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  // UTC days are all 24 hours long; rollups count days for thousands of
  // actions, and this needs no Date object.
  return (utcMidnight(to) - utcMidnight(from)) / 86_400_000;
}

function utcMidnight(date: IsoDate): number {
  return Date.UTC(digitsAt(date, 0, 4), digitsAt(date, 5, 2) - 1, digitsAt(date, 8, 2));
}

/** The calendar year of a date: 2022 for "2022-03-31". */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function isWeekendDay(date: IsoDate): boolean {
  return isWeekend(toNoon(date));
}

/** ISO dates compare correctly as text; these names say what is meant. */
export const isAfter = (a: IsoDate, b: IsoDate): boolean => a > b;
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
