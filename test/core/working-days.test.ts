import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWeekendDay, plusDays } from "../../src/core/dates/calendar.js";
import { BANK_HOLIDAYS_ENGLAND_WALES } from "../../src/core/facts/bank-holidays-england-wales.js";
import {
  addWorkingDays, coversDate, ENGLAND_AND_WALES as EW, isWorkingDay, uncoveredYears, workingDaysBetween,
} from "../../src/core/facts/working-days.js";

describe("N working days from X (day X is day 0; the due date is the Nth working day after X)", () => {
  it("from a Friday: the following Friday is the 5th working day", () => {
    expect(addWorkingDays("2022-03-04", 5, EW)).toBe("2022-03-11");
    expect(addWorkingDays("2022-03-04", 1, EW)).toBe("2022-03-07");
  });

  it("from a bank holiday (Good Friday 2022): Easter Monday does not count", () => {
    expect(addWorkingDays("2022-04-15", 1, EW)).toBe("2022-04-19");
    expect(addWorkingDays("2022-04-15", 5, EW)).toBe("2022-04-25");
    // 15 working days: the early May bank holiday (2 May) does not count either.
    expect(addWorkingDays("2022-04-15", 15, EW)).toBe("2022-05-10");
  });

  it("across Christmas 2021: Christmas and Boxing Day substitutes (27, 28 Dec) and the New Year substitute (3 Jan 2022)", () => {
    // Mon 20 Dec: 21, 22, 23, 24 | 29, 30, 31 | 4, 5, 6 January.
    expect(addWorkingDays("2021-12-20", 10, EW)).toBe("2022-01-06");
    expect(workingDaysBetween("2021-12-24", "2022-01-04", EW)).toBe(4); // 29, 30, 31 Dec, 4 Jan
  });

  it("one count spanning Christmas 2021, the New Year substitute day and Easter 2022", () => {
    // Counted by hand, month by month, working days in (2021-12-24, 2022-04-20]:
    // Dec 29-31: 3; Jan (21 weekdays less the 3rd): 20; Feb: 20; Mar: 23;
    // Apr 1-20 (14 weekdays less Good Friday and Easter Monday): 12. Total 78.
    expect(workingDaysBetween("2021-12-24", "2022-04-20", EW)).toBe(78);
    expect(addWorkingDays("2021-12-24", 78, EW)).toBe("2022-04-20");
  });

  it("the one-off holidays of 2022 and 2023 and the 2020 VE day move are not working days", () => {
    for (const d of ["2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2020-05-08"]) expect(isWorkingDay(d, EW)).toBe(false);
    // 2020: the early May holiday moved from Monday 4 May to Friday 8 May; 2022: the spring holiday from 30 May to 2 June.
    expect(isWorkingDay("2020-05-04", EW)).toBe(true);
    expect(isWorkingDay("2022-05-30", EW)).toBe(true);
    // 7 working days before Monday 6 June 2022 skips the Jubilee holidays: Tuesday 24 May.
    expect(addWorkingDays("2022-06-06", -7, EW)).toBe("2022-05-24");
  });

  it("counts back: the 7th working day before Wednesday 2022-03-16 is Monday 2022-03-07", () => {
    expect(addWorkingDays("2022-03-16", -7, EW)).toBe("2022-03-07");
    expect(workingDaysBetween("2022-03-16", "2022-03-07", EW)).toBe(-7);
  });

  it("workingDaysBetween(x, addWorkingDays(x, n)) is n for any day and any n ≥ 0", () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((i) => plusDays("2018-01-01", i));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), (x, n) => {
      const due = addWorkingDays(x, n, EW);
      return workingDaysBetween(x, due, EW) === n && (n === 0 || isWorkingDay(due, EW));
    }));
  });
});

describe("the bank-holiday table", () => {
  it("covers 2018 to 2027 and knows which years it does not", () => {
    expect(coversDate(EW, "2018-01-01")).toBe(true);
    expect(coversDate(EW, "2027-12-31")).toBe(true);
    expect(coversDate(EW, "2028-01-03")).toBe(false);
    expect(uncoveredYears(EW, "2026-12-01", "2029-01-10")).toEqual([2028, 2029]);
    expect(uncoveredYears(EW, "2017-12-20", "2018-01-10")).toEqual([2017]);
  });

  it("matches the rules for England and Wales, year by year, apart from the named one-off changes", () => {
    const expected = new Set<string>();
    for (let y = 2018; y <= 2027; y++) for (const d of ruleBasedHolidays(y)) expected.add(d);
    // One-off changes announced by proclamation.
    expected.delete("2020-05-04"); expected.add("2020-05-08"); // VE day 75th anniversary
    expected.delete("2022-05-30"); expected.add("2022-06-02"); expected.add("2022-06-03"); // Platinum Jubilee
    expected.add("2022-09-19"); // State funeral of Queen Elizabeth II
    expected.add("2023-05-08"); // Coronation of King Charles III
    const table = BANK_HOLIDAYS_ENGLAND_WALES.map(([d]) => d);
    expect([...table].sort()).toEqual([...expected].sort());
    expect(new Set(table).size).toBe(table.length);
    expect(table.every((d) => !isWeekendDay(d))).toBe(true);
  });
});

/** An independent statement of the standing rules, for the cross-check above. */
function ruleBasedHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const iso = (m: number, d: number) => `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  const firstMonday = (m: number) => { let d = 1; while (weekday(iso(m, d)) !== 1) d++; return iso(m, d); };
  const lastMonday = (m: number, days: number) => { let d = days; while (weekday(iso(m, d)) !== 1) d--; return iso(m, d); };
  const days = [plusDays(easter, -2), plusDays(easter, 1), firstMonday(5), lastMonday(5, 31), lastMonday(8, 31)];
  // New Year's Day: on a weekend, the next Monday.
  const ny = iso(1, 1);
  days.push(weekday(ny) === 6 ? iso(1, 3) : weekday(ny) === 0 ? iso(1, 2) : ny);
  // Christmas and Boxing Day: weekend days move to the next free weekdays.
  const xmas = iso(12, 25);
  const w = weekday(xmas);
  if (w === 5) days.push(xmas, iso(12, 28)); // Fri; Boxing Day Sat → Mon 28
  else if (w === 6) days.push(iso(12, 27), iso(12, 28)); // Sat, Sun → Mon, Tue
  else if (w === 0) days.push(iso(12, 26), iso(12, 27)); // Sun → Tue 27; Boxing Day Mon 26
  else days.push(xmas, iso(12, 26));
  return days;
}

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
