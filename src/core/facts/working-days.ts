// Working days, as Working Together to Safeguard Children counts its
// deadlines: Monday to Friday, less England and Wales bank holidays
// (substitute days and one-off holidays included).
//
// "N working days from X": day X is day 0, whatever kind of day it is; the
// due date is the Nth working day after X. Becoming aware on Friday
// 2022-03-04 gives a 5-working-day deadline of Friday 2022-03-11; becoming
// aware on Good Friday 2022-04-15 gives Monday 2022-04-25 (Easter Monday
// does not count). "N working days before Y" is the mirror: the Nth working
// day before Y, so that Y is N working days from it.
import { isWeekendDay, plusDays, yearOf, type IsoDate } from "../dates/calendar.js";
import {
  BANK_HOLIDAYS_ENGLAND_WALES, BANK_HOLIDAYS_FIRST_YEAR, BANK_HOLIDAYS_LAST_YEAR, BANK_HOLIDAYS_SOURCE,
} from "./bank-holidays-england-wales.js";

export interface HolidayCalendar {
  /** Bank holidays by date, with their names. */
  holidays: ReadonlyMap<IsoDate, string>;
  /** The calendar years the table covers in full. */
  firstYear: number;
  lastYear: number;
  source: string;
}

export function holidayCalendar(entries: ReadonlyArray<readonly [IsoDate, string]>, firstYear: number, lastYear: number, source = "given"): HolidayCalendar {
  return { holidays: new Map(entries.map(([d, t]) => [d, t])), firstYear, lastYear, source };
}

export const ENGLAND_AND_WALES: HolidayCalendar = holidayCalendar(
  BANK_HOLIDAYS_ENGLAND_WALES, BANK_HOLIDAYS_FIRST_YEAR, BANK_HOLIDAYS_LAST_YEAR, BANK_HOLIDAYS_SOURCE,
);

/** True when the table knows the holidays of `date`'s year. */
export function coversDate(calendar: HolidayCalendar, date: IsoDate): boolean {
  const year = yearOf(date);
  return year >= calendar.firstYear && year <= calendar.lastYear;
}

/** Years between two dates (either order) that the table does not cover, ascending. */
export function uncoveredYears(calendar: HolidayCalendar, a: IsoDate, b: IsoDate): number[] {
  const [from, to] = [yearOf(a), yearOf(b)].sort((x, y) => x - y) as [number, number];
  const years: number[] = [];
  for (let y = from; y <= to; y++) if (y < calendar.firstYear || y > calendar.lastYear) years.push(y);
  return years;
}

/** Outside the covered years only weekends are known; callers flag that with uncoveredYears. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekendDay(date) && !calendar.holidays.has(date);
}

/** The |n|th working day after `from` (n > 0) or before it (n < 0); `from` itself for 0. */
export function addWorkingDays(from: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  const step = n < 0 ? -1 : 1;
  let date = from;
  for (let left = Math.abs(n); left > 0; ) {
    date = plusDays(date, step);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/**
 * Working days in (from, to]: how many working days `to` is after `from`,
 * negative when `to` is earlier (then the working days in (to, from]).
 * workingDaysBetween(x, addWorkingDays(x, n)) === n.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let date = from; date < to; ) {
    date = plusDays(date, 1);
    if (isWorkingDay(date, calendar)) count++;
  }
  return count;
}
