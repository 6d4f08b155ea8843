// Parsing of flag values shared by commands. A bad value is a UsageError
// (exit 2) that shows the form expected.
import { isCalendarDate } from "./core/dates/calendar.js";
import { UsageError } from "./errors.js";
import { today } from "./io/clock.js";

export function parseAsOf(value: string | undefined, flag = "--as-of"): string {
  if (value === undefined) return today();
  if (!isCalendarDate(value)) {
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date; expected YYYY-MM-DD, a day that exists (for example 2022-03-31)`);
  }
  return value;
}

export function parseDateFlag(value: string | undefined, flag: string): string | undefined {
  return value === undefined ? undefined : parseAsOf(value, flag);
}
