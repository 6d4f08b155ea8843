// Dates as the partnership's documents and messages write them: 31 March 2022.
import { isCalendarDate } from "./calendar.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2022-03-31` → `31 March 2022`. Text only: no Date, so no time zone. */
export function ukDate(date: string): string {
  if (!isCalendarDate(date)) return date;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2022-03-31` → `March 2022`. */
export function ukMonth(date: string): string {
  if (!isCalendarDate(date)) return date;
  const [y, m] = date.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}
