// The period arithmetic every rollup figure shares: whether a date falls in
// the period, the report's whole-percent rounding, and the period's label.
import type { IsoDate } from "../../dates/calendar.js";
import { minDate } from "../../dates/calendar.js";
import { financialYearOf } from "../../dates/financial-year.js";
import type { PeriodBasis, RollupPeriod } from "./types.js";

/** Inclusive at both ends: a record dated 31 March is in the year ending that day, 1 April in the next. */
export function inPeriod(date: IsoDate | undefined, period: Pick<RollupPeriod, "from" | "to">): date is IsoDate {
  return date !== undefined && date >= period.from && date <= period.to;
}

/** On or before the day "at period end" figures are taken. */
export function byEnd(date: IsoDate | undefined, period: Pick<RollupPeriod, "end">): date is IsoDate {
  return date !== undefined && date <= period.end;
}

/**
 * Whole percent rounded half up, the way the annual report rounds (6 of 25 is
 * 24%). Integer arithmetic, so 1 of 8 is exactly 12.5 and rounds to 13. Each
 * share is stated as it comes: shares are never adjusted to add up to 100.
 */
export function wholePercent(count: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.floor((200 * count + total) / (2 * total));
}

export function makePeriod(from: IsoDate, to: IsoDate, asOf: IsoDate, basis: PeriodBasis): RollupPeriod {
  const fy = financialYearOf(from);
  const financialYear = fy.from === from && fy.to === to ? fy.label : null;
  return { from, to, asOf, end: minDate(to, asOf), basis, financialYear, label: financialYear ?? `${from} to ${to}` };
}

/** Sort counted items by their placing date, then id, so output never depends on file order. */
export function byDateThenId<T extends { date: IsoDate; id: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
