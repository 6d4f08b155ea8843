// Year boundaries and missing dates, on a fixture store built for them:
// records dated 31 March fall in the year ending that day, 1 April in the
// next; a review without the date a figure needs is listed as not counted.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeRollup } from "../../src/core/facts/rollup/compute.js";
import { financialYear } from "../../src/core/dates/financial-year.js";
import { openStore } from "../../src/io/open-store.js";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/rollup-boundaries");
const { store, findings } = openStore(FIXTURE);
const year = (start: number) => {
  const fy = financialYear(start);
  return computeRollup(store, { from: fy.from, to: fy.to, asOf: "2023-06-30", basis: "financial-year" });
};
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);

describe("rollup: records on 31 March and 1 April", () => {
  it("loads the fixture without findings", () => {
    expect(findings).toEqual([]);
  });

  const y2020 = year(2020);
  const y2021 = year(2021);
  const y2022 = year(2022);

  it("places rapid reviews by meeting date: 31 March 2021 in 2020/21, 1 April 2021 in 2021/22, 1 April 2022 in 2022/23", () => {
    expect(ids(y2020.reviews!.rapidReviews.held.items)).toEqual(["rr-child-march"]);
    expect(ids(y2021.reviews!.rapidReviews.held.items)).toEqual(["rr-child-april", "rr-child-aware"]);
    // Aware 30 March 2022 but the meeting on 1 April 2022 places it.
    expect(ids(y2022.reviews!.rapidReviews.held.items)).toEqual(["rr-child-late"]);
  });

  it("falls back to the date aware when no meeting is recorded, and says so", () => {
    expect(y2021.reviews!.rapidReviews.placedByAware).toEqual(["rr-child-aware"]);
    expect(y2021.reviews!.rapidReviews.held.items.find((i) => i.id === "rr-child-aware")?.dateField).toBe("dates.aware");
  });

  it("places sign-off on 31 March 2022 in 2021/22 and the national deposit on 1 April 2022 in 2022/23", () => {
    expect(ids(y2021.reviews!.lcsprs.signedOff.items)).toEqual(["lcspr-thematic"]);
    expect(y2021.reviews!.lcsprs.published.count).toBe(0);
    expect(y2022.reviews!.lcsprs.published).toMatchObject({ count: 1, cases: 2, local: 0, national: 1 });
  });

  it("counts the thematic LCSPR of two cases once as an LCSPR and twice as cases", () => {
    expect(y2021.reviews!.lcsprs.signedOff).toMatchObject({ count: 1, cases: 2 });
    expect(y2021.reviews!.lcsprs.withheld).toMatchObject({ count: 1, cases: 2 });
  });

  it("places audits held on 31 March and 1 April in their own years, and a cancelled audit by its planned date", () => {
    expect(ids(y2020.audits!.held.items)).toEqual(["audit-march"]);
    expect(ids(y2021.audits!.held.items)).toEqual(["audit-april"]);
    // Planned 31 March 2022, cancelled 2 April 2022: the plan places it.
    expect(ids(y2021.audits!.cancelled.items)).toEqual(["audit-cancelled"]);
    expect(y2022.audits!.cancelled.count).toBe(0);
  });

  it("places actions by creation and completion dates, and is not overdue on the day it is due", () => {
    expect(ids(y2020.actions!.lists.opened)).toEqual(["act-march"]);
    expect(ids(y2021.actions!.lists.opened)).toEqual(["act-april"]);
    expect(y2021.actions!).toMatchObject({ completed: 1, completedLate: 1, completedOnTime: 0, openAtEnd: 1, overdueAtEnd: 0 });
    expect(y2022.actions!).toMatchObject({ openAtEnd: 1, overdueAtEnd: 1 });
    expect(y2022.actions!.lists.overdueAtEnd[0]).toMatchObject({ id: "act-april", daysOverdue: 365 });
  });

  it("reports the LCSPR without commissioning or decision date as not counted, with its id and the missing fields", () => {
    for (const view of [y2020, y2021, y2022]) {
      expect(view.notCounted).toContainEqual(expect.objectContaining({
        id: "lcspr-undated", figure: "reviews.lcsprs.commissioned", missing: "dates.commissioned, dates.decision",
      }));
    }
  });

  it("computes only the groups asked for", () => {
    const view = computeRollup(store, { from: "2021-04-01", to: "2022-03-31", groups: ["themes", "audits"] });
    expect(view.groups).toEqual(["themes", "audits"]);
    expect(Object.keys(view)).toEqual(["version", "partnership", "period", "groups", "themes", "audits", "notCounted"]);
  });

  it("the CLI shows the not-counted review by id in text output", () => {
    const r = runLif(["rollup", "--store", FIXTURE, "--year", "2021/22", "--as-of", "2022-06-30"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/NOT COUNTED[\s\S]*lcspr-undated\s+reviews\.lcsprs\.commissioned\s+dates\.commissioned, dates\.decision/);
    expect(r.stdout).toMatch(/Placed by the date the partnership became aware.*rr-child-aware/);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });
});
