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

/** A --format value out of the command's own list; the first is the default. */
export function parseFormat<F extends string>(value: string | undefined, formats: readonly [F, ...F[]]): F {
  if (value === undefined) return formats[0];
  if ((formats as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format ${JSON.stringify(value)} is not a format; expected one of: ${formats.join(", ")}`);
}
