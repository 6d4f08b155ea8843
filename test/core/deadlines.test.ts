import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { computeDeadlines, describeDeadline, type DeadlineLine } from "../../src/core/facts/deadlines.js";
import { holidayCalendar } from "../../src/core/facts/working-days.js";
import { loadStore, type SourceFile } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/actions-scenarios", import.meta.url));
const validator = loadSchemaValidator();
const fixtureSources = readStoreFiles(FIXTURE);

function storeOf(sources: SourceFile[] = fixtureSources) {
  const loaded = loadStore(sources, validator);
  expect(loaded.findings.filter((f) => f.severity === "error")).toEqual([]);
  return loaded.store;
}

function line(lines: DeadlineLine[], record: string, kind: DeadlineLine["kind"]): DeadlineLine | undefined {
  return lines.find((l) => l.record === record && l.kind === kind);
}

const summary = (l: DeadlineLine | undefined) => l && { due: l.due, result: describeDeadline(l) };

describe("computeDeadlines on the scenario store, as of 2022-03-31", () => {
  const view = computeDeadlines(storeOf(), { asOf: "2022-03-31" });
  const at = (record: string, kind: DeadlineLine["kind"]) => summary(line(view.lines, record, kind));

  it("counts from a Friday: aware Friday 2022-03-04, Panel due the next Friday, rapid review 15 working days on", () => {
    expect(at("rr-child-q", "panel-notification")).toEqual({ due: "2022-03-11", result: "met on 2022-03-11" });
    expect(at("rr-child-q", "rapid-review-to-panel")).toEqual({ due: "2022-03-25", result: "missed by 1 working day (done 2022-03-28)" });
  });

  it("the final LCSPR report: 7 working days before publication, or before the expected date", () => {
    expect(at("lcspr-child-q", "final-report-to-panel")).toEqual({ due: "2022-03-07", result: "met on 2022-03-04" });
    // Expected Monday 6 June 2022: 2 and 3 June are bank holidays, so Tuesday 24 May; 35 working days after 31 March.
    expect(at("lcspr-child-r", "final-report-to-panel")).toEqual({ due: "2022-05-24", result: "due in 35 working days" });
  });

  it("month timescales count calendar days: LCSPR completion, the two-year action plan review", () => {
    expect(at("lcspr-child-q", "lcspr-completion")).toEqual({ due: "2021-12-10", result: "missed by 41 days (done 2022-01-20)" });
    expect(at("lcspr-child-q", "action-plan-review")).toEqual({ due: "2024-01-20", result: "due in 660 days" });
    expect(at("lcspr-child-r", "lcspr-completion")).toEqual({ due: "2022-09-29", result: "due in 182 days" });
    expect(line(view.lines, "lcspr-child-r", "action-plan-review")).toBeUndefined(); // not signed off
  });

  it("the next Section 11 cycle and the six-monthly QA action log review", () => {
    expect(at("s11-2020", "s11-cycle")).toEqual({ due: "2022-01-15", result: "overdue by 75 days" });
    expect(line(view.lines, "s11-2022", "s11-cycle")).toBeUndefined(); // launched after 31 March
    const qa = view.lines.filter((l) => l.kind === "qa-action-log-review").map(summary);
    expect(qa).toEqual([{ due: "2021-11-13", result: "met on 2021-11-11" }, { due: "2022-05-11", result: "due in 41 days" }]);
  });

  it("leaves out what had not started by the date, and counts each state", () => {
    expect(view.lines.some((l) => l.record === "rr-child-good-friday")).toBe(false);
    expect(view.lines).toHaveLength(12);
    expect(view.counts).toEqual({ met: 5, missed: 2, due: 4, overdue: 1 });
    expect(view.warnings).toEqual([]);
  });
});

describe("computeDeadlines at other dates", () => {
  it("counts from a bank holiday: aware on Good Friday 2022, Panel due Monday 25 April", () => {
    const view = computeDeadlines(storeOf(), { asOf: "2022-04-20" });
    expect(summary(line(view.lines, "rr-child-good-friday", "panel-notification"))).toEqual({ due: "2022-04-25", result: "due in 3 working days" });
    expect(summary(line(view.lines, "rr-child-good-friday", "rapid-review-to-panel"))).toEqual({ due: "2022-05-10", result: "due in 13 working days" });
    expect(summary(line(view.lines, "s11-2020", "s11-cycle"))).toEqual({ due: "2022-01-15", result: "missed by 79 days (done 2022-04-04)" });
  });

  it("an event dated after the as-of date has not happened yet", () => {
    const view = computeDeadlines(storeOf(), { asOf: "2022-03-26" }); // a Saturday; sent 2022-03-28
    expect(summary(line(view.lines, "rr-child-q", "rapid-review-to-panel"))).toEqual({ due: "2022-03-25", result: "overdue since 2022-03-25 (no working day since)" });
    const earlier = computeDeadlines(storeOf(), { asOf: "2022-03-10" });
    expect(summary(line(earlier.lines, "rr-child-q", "panel-notification"))).toEqual({ due: "2022-03-11", result: "due in 1 working day" });
  });

  it("takes its counts from the partnership's timescales", () => {
    const sources = fixtureSources.map((s) => s.file === "records/partnership.yaml"
      ? { ...s, text: `${s.text}\ntimescales:\n  panelNotificationWorkingDays: 3\n  s11CycleMonths: 36\n` } : s);
    const view = computeDeadlines(storeOf(sources), { asOf: "2022-03-31" });
    expect(line(view.lines, "rr-child-q", "panel-notification")?.due).toBe("2022-03-09");
    expect(line(view.lines, "s11-2020", "s11-cycle")?.due).toBe("2023-01-15");
  });

  it("says so when a count runs outside the years the bank-holiday table covers", () => {
    const rr = fixtureSources.find((s) => s.file === "records/reviews/rr-child-good-friday.yaml")!;
    const sources = [...fixtureSources, { file: "records/reviews/rr-child-2028.yaml", text: rr.text!.replace(/rr-child-good-friday/g, "rr-child-2028").replace("2022-04-15", "2028-01-10") }];
    const view = computeDeadlines(storeOf(sources), { asOf: "2028-01-11" });
    expect(line(view.lines, "rr-child-2028", "panel-notification")?.uncoveredYears).toEqual([2028]);
    expect(view.warnings.join("\n")).toMatch(/bank holidays are not known for 2028 \(the table covers 2018–2027\)/);
  });

  it("uses the holiday calendar it is given", () => {
    const none = holidayCalendar([], 2000, 2100, "none");
    const view = computeDeadlines(storeOf(), { asOf: "2022-04-20", holidays: none });
    // Without bank holidays Easter Monday is working day 1: 18, 19, 20, 21, 22 April.
    expect(line(view.lines, "rr-child-good-friday", "panel-notification")?.due).toBe("2022-04-22");
  });
});
