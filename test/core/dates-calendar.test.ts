import { describe, expect, it } from "vitest";
import { differenceInCalendarDays, isExists } from "date-fns";
import { daysBetween, isCalendarDate, isWeekendDay, plusDays, plusMonths, toNoon } from "../../src/core/dates/calendar.js";

describe("isCalendarDate", () => {
  it.each(["2022-03-31", "2022-02-28", "2024-02-29", "2000-02-29", "1999-12-31", "2022-04-01"])("%s exists", (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });
  it.each([
    ["2022-02-30", "no 30 February"],
    ["2022-02-29", "2022 is not a leap year"],
    ["2100-02-29", "a century year not divisible by 400 is not a leap year"],
    ["1900-02-29", "nor is 1900"],
    ["2022-04-31", "April has 30 days"],
    ["2022-13-01", "no month 13"],
    ["2022-00-10", "no month 0"],
    ["2022-01-00", "no day 0"],
    ["31/03/2022", "day first"],
    ["2022-3-31", "month not padded"],
    ["2022-03-31T00:00:00Z", "a timestamp"],
    [" 2022-03-31", "a leading space"],
    ["", "nothing"],
  ])("%s does not (%s)", (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });
  it("agrees with date-fns on days 0 to 32 of months 0 to 13 in every year from 1896 to 2105", () => {
    const disagree: string[] = [];
    for (let year = 1896; year <= 2105; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          if (isCalendarDate(text) !== isExists(year, month - 1, day)) disagree.push(text);
        }
      }
    }
    expect(disagree).toEqual([]);
  });
});

describe("date arithmetic on YYYY-MM-DD text", () => {
  it("adds days across a month end, a year end and a leap day", () => {
    expect(plusDays("2022-03-31", 1)).toBe("2022-04-01");
    expect(plusDays("2021-12-31", 1)).toBe("2022-01-01");
    expect(plusDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(plusDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(plusDays("2022-04-01", -1)).toBe("2022-03-31");
  });

  it("adds months, keeping to the last day of a shorter month", () => {
    expect(plusMonths("2021-06-22", 6)).toBe("2021-12-22");
    expect(plusMonths("2022-01-31", 1)).toBe("2022-02-28");
    expect(plusMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(plusMonths("2020-02-29", 24)).toBe("2022-02-28");
  });

  it("counts days between, including over the clock change in March", () => {
    expect(daysBetween("2022-03-26", "2022-03-28")).toBe(2);
    expect(daysBetween("2022-04-01", "2022-03-31")).toBe(-1);
    expect(daysBetween("2021-04-01", "2022-03-31")).toBe(364);
    expect(daysBetween("2023-04-01", "2024-03-31")).toBe(365);
  });

  it("counts days between as date-fns counts calendar days at local noon, in time zones with and without clock changes", () => {
    // Every 1st, 15th and end of month from 1999 to 2025 (2000 a leap century, every clock change), against 2012-02-29.
    const dates: string[] = [];
    for (let d = "1999-01-01"; d < "2026-01-01"; d = plusDays(d, 1)) if (/-(01|15|28|29|30|31)$/.test(d)) dates.push(d);
    expect(dates.length).toBeGreaterThan(1500);
    const zone = process.env.TZ;
    try {
      for (const tz of ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe"]) {
        process.env.TZ = tz;
        for (const d of dates) {
          expect(daysBetween("2012-02-29", d), `${d} in ${tz}`).toBe(differenceInCalendarDays(toNoon(d), toNoon("2012-02-29")));
          expect(daysBetween(d, "2012-02-29") + daysBetween("2012-02-29", d), d).toBe(0);
        }
      }
      // Samoa skipped 30 December 2011: a local Date cannot hold it, the dates as written still differ by a day each.
      process.env.TZ = "Pacific/Apia";
      expect(daysBetween("2011-12-29", "2011-12-30")).toBe(1);
      expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
      expect(daysBetween("1900-02-28", "1900-03-01")).toBe(1);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("knows weekends", () => {
    expect(isWeekendDay("2022-03-26")).toBe(true); // Saturday
    expect(isWeekendDay("2022-03-27")).toBe(true); // Sunday
    expect(isWeekendDay("2022-03-28")).toBe(false); // Monday
  });
});
