// How lif rollup reads its flags: the period given exactly one way, the
// three financial-year forms, --only groups; wrong input exits 2 with a
// message that says what is expected, never a stack trace.
import { describe, expect, it } from "vitest";
import { parseGroups, resolvePeriod } from "../../src/commands/rollup.js";
import { UsageError } from "../../src/errors.js";
import { copyOfBundledStore } from "../helpers/testdir.js";
import { hasStackTrace, runLif } from "../helpers/cli.js";

const base = { sinceStart: false, asOf: "2022-06-30" };
const usage = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
};

describe("rollup period flags", () => {
  it("reads 2021/22, 2021-22 and FY2021-22 as the same financial year", () => {
    for (const year of ["2021/22", "2021-22", "FY2021-22"]) {
      expect(resolvePeriod({ ...base, year }, "2019-10-01")).toEqual({ from: "2021-04-01", to: "2022-03-31", asOf: "2022-06-30", basis: "financial-year" });
    }
  });

  it("rejects any other year form, naming the three forms", () => {
    for (const year of ["2021", "2021/23", "21/22", "FY2021/22", "2021/2022"]) {
      expect(usage(() => resolvePeriod({ ...base, year }, "2019-10-01"))).toMatch(/2021\/22, 2021-22 or FY2021-22/);
    }
  });

  it("--since-start runs from the partnership's start to --to, or to --as-of", () => {
    expect(resolvePeriod({ ...base, sinceStart: true, to: "2022-03-31" }, "2019-10-01")).toMatchObject({ from: "2019-10-01", to: "2022-03-31", basis: "since-start" });
    expect(resolvePeriod({ ...base, sinceStart: true }, "2019-10-01")).toMatchObject({ from: "2019-10-01", to: "2022-06-30" });
  });

  it("--from runs to --to, or to --as-of", () => {
    expect(resolvePeriod({ ...base, from: "2021-01-01", to: "2021-06-30" }, undefined)).toMatchObject({ from: "2021-01-01", to: "2021-06-30", basis: "dates" });
    expect(resolvePeriod({ ...base, from: "2021-01-01" }, undefined)).toMatchObject({ to: "2022-06-30" });
  });

  it("refuses a period given two ways, or none, or backwards", () => {
    expect(usage(() => resolvePeriod({ ...base, year: "2021/22", sinceStart: true }, "2019-10-01"))).toMatch(/one way only.*--year and --since-start/);
    expect(usage(() => resolvePeriod({ ...base, year: "2021/22", from: "2021-01-01" }, "2019-10-01"))).toMatch(/one way only/);
    expect(usage(() => resolvePeriod({ ...base, year: "2021/22", to: "2021-01-01" }, "2019-10-01"))).toMatch(/one way only/);
    expect(usage(() => resolvePeriod({ ...base, from: "2021-01-01", sinceStart: true }, "2019-10-01"))).toMatch(/one way only/);
    expect(usage(() => resolvePeriod(base, "2019-10-01"))).toMatch(/say which period/);
    expect(usage(() => resolvePeriod({ ...base, to: "2022-03-31" }, "2019-10-01"))).toMatch(/--to needs --from/);
    expect(usage(() => resolvePeriod({ ...base, from: "2022-04-01", to: "2022-03-31" }, undefined))).toMatch(/starts 2022-04-01, after it ends 2022-03-31/);
    expect(usage(() => resolvePeriod({ ...base, from: "2022-02-30" }, undefined))).toMatch(/--from "2022-02-30" is not a date/);
  });

  it("--only takes known groups in any order and gives them in output order", () => {
    expect(parseGroups("themes, reviews")).toEqual(["reviews", "themes"]);
    expect(parseGroups(undefined)).toBeUndefined();
    expect(usage(() => parseGroups("reviews,theme"))).toMatch(/unknown group "theme".*reviews, children, abuse-types, themes, audits, s11, actions/);
    expect(usage(() => parseGroups(","))).toMatch(/no group named/);
  });
});

describe("lif rollup exit codes", () => {
  it("exits 2 without a stack trace on a bad year, a conflict, an unknown group, an unknown cycle or format", () => {
    const cases: Array<[string[], RegExp]> = [
      [["--year", "2021"], /2021\/22, 2021-22 or FY2021-22/],
      [["--year", "2021/22", "--since-start"], /one way only/],
      [["--year", "2021/22", "--only", "reviews,bogus"], /unknown group "bogus"/],
      [["--year", "2021/22", "--cycle", "s11-1999"], /no such Section 11 cycle.*s11-2020, s11-2022/],
      [["--year", "2021/22", "--format", "xml"], /xml/],
    ];
    for (const [args, message] of cases) {
      const r = runLif(["rollup", ...args]);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it("exits 1 and says so when records are invalid (they cannot be counted), still showing the figures", () => {
    const root = copyOfBundledStore({ "records/reviews/rr-2099-01-broken.yaml": "kind: rapid-review\nid: rr-2099-01-broken\n" });
    const r = runLif(["rollup", "--year", "2021/22", "--only", "reviews"], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/records\/reviews\/rr-2099-01-broken\.yaml.*1 file could not be loaded.*lif validate/);
    expect(r.stdout).toMatch(/Rapid reviews held\s+8/);
  });
});
