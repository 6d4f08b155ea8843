// Statutory and local timescales for every review and cycle, as of a date.
// Counts come from the partnership's timescales
// (src/core/model/timescales.ts holds the defaults):
// - Working Together to Safeguard Children: notify the national Panel within
//   5 working days of becoming aware of a serious incident; send the rapid
//   review to the Panel within 15 working days of becoming aware; send the
//   final LCSPR report to the Panel and the Secretary of State at least 7
//   working days before publication; complete an LCSPR within about six
//   months of the decision to hold one.
// - The Learning and Improvement Framework: review each LCSPR's action plan
//   two years after sign-off; run Section 11 every two years; review the QA
//   subgroup's action log every six months.
// Working days are counted as src/core/facts/working-days.ts says (day X is
// day 0; the due date is the Nth working day after X). Month timescales are
// calendar months (31 August + 6 months = 28 or 29 February) and their lines
// count calendar days.
//
// As of a date, something dated after it has not happened yet: a line
// exists once its starting event has happened, and is met only by an event
// on or before the date.
import { daysBetween, plusMonths, yearOf, type IsoDate } from "../dates/calendar.js";
import type { Located, PracticeReview, RapidReview, Timescales } from "../model/records.js";
import { s11CycleTitle } from "../model/names.js";
import type { RecordStore } from "../model/store.js";
import { addWorkingDays, ENGLAND_AND_WALES, uncoveredYears, workingDaysBetween, type HolidayCalendar } from "./working-days.js";

export const DEADLINE_KINDS = [
  "panel-notification", "rapid-review-to-panel", "final-report-to-panel", "lcspr-completion",
  "action-plan-review", "s11-cycle", "qa-action-log-review",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  "panel-notification": "Panel notified",
  "rapid-review-to-panel": "Rapid review sent to Panel",
  "final-report-to-panel": "Final report to Panel and Secretary of State",
  "lcspr-completion": "LCSPR completed (signed off)",
  "action-plan-review": "Action plan two-year review",
  "s11-cycle": "Next Section 11 cycle launched",
  "qa-action-log-review": "QA action log reviewed",
};

/** met: done by the due date; missed: done after it; due: not done, not yet due; overdue: not done, past due. */
export type DeadlineState = "met" | "missed" | "due" | "overdue";
export type DeadlineUnit = "working days" | "days";

export interface DeadlineLine {
  record: string;
  file: string;
  /** The record's pseudonym or title, for people. */
  label: string;
  kind: DeadlineKind;
  what: string;
  /** The date the timescale counts from (for the final report: the publication date it counts back from). */
  from: IsoDate;
  /** How the due date was worked out, e.g. "5 working days from becoming aware (2022-03-04)". */
  basis: string;
  due: IsoDate;
  unit: DeadlineUnit;
  state: DeadlineState;
  /** When it was done (met or missed). */
  doneOn?: IsoDate;
  /** missed: how late; due: how long left (0 = due today); overdue: how late; met: how early. In `unit`. */
  days: number;
  /** Years the working-day count touches that the bank-holiday table does not cover. */
  uncoveredYears?: number[];
}

export interface DeadlinesView {
  asOf: IsoDate;
  timescales: Timescales;
  holidays: { source: string; firstYear: number; lastYear: number };
  lines: DeadlineLine[];
  counts: Record<DeadlineState, number>;
  warnings: string[];
}

export interface DeadlinesOptions {
  asOf: IsoDate;
  holidays?: HolidayCalendar;
}

interface Rule {
  record: Located;
  label: string;
  kind: DeadlineKind;
  from: IsoDate;
  basis: string;
  due: IsoDate;
  unit: DeadlineUnit;
  doneOn: IsoDate | undefined;
}

export function computeDeadlines(store: RecordStore, options: DeadlinesOptions): DeadlinesView {
  const calendar = options.holidays ?? ENGLAND_AND_WALES;
  const t = store.timescales;
  const warnings: string[] = [];
  const rules: Rule[] = [
    ...store.rapidReviews.flatMap((r) => rapidReviewRules(r, t, options.asOf, calendar)),
    ...store.lcsprs.flatMap((r) => lcsprRules(r, t, options.asOf, calendar)),
    ...s11Rules(store, t, options.asOf, warnings),
    ...qaLogRules(store, t, options.asOf),
  ];
  const lines = rules.map((r) => judge(r, options.asOf, calendar)).sort(compareLines);
  const counts: Record<DeadlineState, number> = { met: 0, missed: 0, due: 0, overdue: 0 };
  for (const line of lines) counts[line.state]++;
  const uncovered = [...new Set(lines.flatMap((l) => l.uncoveredYears ?? []))].sort();
  if (uncovered.length) {
    warnings.push(`bank holidays are not known for ${uncovered.join(", ")} (the table covers ${calendar.firstYear}–${calendar.lastYear}); `
      + "working-day counts there skip weekends only. Refresh the table: node scripts/refresh-bank-holidays.mjs");
  }
  return {
    asOf: options.asOf,
    timescales: t,
    holidays: { source: calendar.source, firstYear: calendar.firstYear, lastYear: calendar.lastYear },
    lines,
    counts,
    warnings: warnings.sort(),
  };
}

const done = (date: IsoDate | undefined, asOf: IsoDate): IsoDate | undefined => (date && date <= asOf ? date : undefined);

function rapidReviewRules(r: Located<RapidReview>, t: Timescales, asOf: IsoDate, cal: HolidayCalendar): Rule[] {
  const d = r.record.dates;
  if (d.aware > asOf) return [];
  const from = (n: number) => ({ from: d.aware, due: addWorkingDays(d.aware, n, cal), basis: `${n} working days from becoming aware (${d.aware})` });
  const base = { record: r, label: r.record.pseudonym, unit: "working days" as const };
  return [
    { ...base, kind: "panel-notification", ...from(t.panelNotificationWorkingDays), doneOn: done(d.panelNotified, asOf) },
    { ...base, kind: "rapid-review-to-panel", ...from(t.rapidReviewWorkingDays), doneOn: done(d.sentToPanel, asOf) },
  ];
}

function lcsprRules(r: Located<PracticeReview>, t: Timescales, asOf: IsoDate, cal: HolidayCalendar): Rule[] {
  const rec = r.record;
  const d = rec.dates;
  const known = Object.values(d).filter((x): x is string => Boolean(x)).sort();
  if (known.length && known[0]! > asOf) return [];
  const base = { record: r, label: rec.pseudonym };
  const rules: Rule[] = [];
  // The publication date if there is one (even one after asOf: it was then the expected date), else the expected date.
  const publication = d.published ?? rec.publication?.expected;
  if (publication) {
    const n = t.finalReportBeforePublicationWorkingDays;
    const which = d.published ? "publication" : "expected publication";
    rules.push({ ...base, kind: "final-report-to-panel", unit: "working days", from: publication, due: addWorkingDays(publication, -n, cal),
      basis: `${n} working days before ${which} (${publication})`, doneOn: done(d.sentToPanel, asOf) });
  }
  if (d.decision) {
    const m = t.lcsprCompletionMonths;
    rules.push({ ...base, kind: "lcspr-completion", unit: "days", from: d.decision, due: plusMonths(d.decision, m),
      basis: `${m} months from the decision (${d.decision})`, doneOn: done(d.signedOff, asOf) });
  }
  const signedOff = done(d.signedOff, asOf);
  if (signedOff) {
    const m = t.actionPlanReviewMonths;
    rules.push({ ...base, kind: "action-plan-review", unit: "days", from: signedOff, due: plusMonths(signedOff, m),
      basis: `${m} months from sign-off (${signedOff})`, doneOn: done(rec.actionPlanReview?.heldOn, asOf) });
  }
  return rules;
}

function s11Rules(store: RecordStore, t: Timescales, asOf: IsoDate, warnings: string[]): Rule[] {
  const launched: Array<{ cycle: Located; date: IsoDate; label: string }> = [];
  for (const c of store.s11Cycles) {
    const date = c.record.dates?.launched;
    if (!date) {
      if (c.record.year <= yearOf(asOf)) warnings.push(`${c.record.id} has no dates.launched, so the next Section 11 cycle cannot be dated from it`);
      continue;
    }
    if (date <= asOf) launched.push({ cycle: c, date, label: s11CycleTitle(c.record) });
  }
  launched.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const m = t.s11CycleMonths;
  return launched.map((c, i) => ({
    record: c.cycle, label: c.label, kind: "s11-cycle" as const, unit: "days" as const,
    from: c.date, due: plusMonths(c.date, m), basis: `${m} months from this cycle's launch (${c.date})`, doneOn: launched[i + 1]?.date,
  }));
}

function qaLogRules(store: RecordStore, t: Timescales, asOf: IsoDate): Rule[] {
  const p = store.partnership;
  if (!p) return [];
  const dates = [...new Set(p.record.qaActionLogReviews ?? [])].filter((d) => d <= asOf).sort();
  const m = t.qaActionLogReviewMonths;
  return dates.map((date, i) => ({
    record: p, label: "QA subgroup action log", kind: "qa-action-log-review" as const, unit: "days" as const,
    from: date, due: plusMonths(date, m), basis: `${m} months from the review of ${date}`, doneOn: dates[i + 1],
  }));
}

function judge(rule: Rule, asOf: IsoDate, cal: HolidayCalendar): DeadlineLine {
  const count = (from: IsoDate, to: IsoDate) => (rule.unit === "working days" ? workingDaysBetween(from, to, cal) : daysBetween(from, to));
  const line = {
    record: rule.record.record.id, file: rule.record.file, label: rule.label, kind: rule.kind, what: DEADLINE_LABELS[rule.kind],
    from: rule.from, basis: rule.basis, due: rule.due, unit: rule.unit,
  };
  let judged: DeadlineLine;
  if (rule.doneOn) {
    judged = rule.doneOn <= rule.due
      ? { ...line, state: "met", doneOn: rule.doneOn, days: count(rule.doneOn, rule.due) }
      : { ...line, state: "missed", doneOn: rule.doneOn, days: count(rule.due, rule.doneOn) };
  } else {
    judged = asOf <= rule.due ? { ...line, state: "due", days: count(asOf, rule.due) } : { ...line, state: "overdue", days: count(rule.due, asOf) };
  }
  if (rule.unit === "working days") {
    const years = uncoveredYears(cal, earliest(rule.from, rule.due), latest(rule.from, latest(rule.due, judged.doneOn ?? asOf)));
    if (years.length) judged.uncoveredYears = years;
  }
  return judged;
}

const latest = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const earliest = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

const KIND_ORDER = new Map(DEADLINE_KINDS.map((k, i) => [k, i]));

function compareLines(a: DeadlineLine, b: DeadlineLine): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.record !== b.record) return a.record < b.record ? -1 : 1;
  return KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
}

/** "met on 2022-03-10", "missed by 3 working days (2022-03-15)", "due in 4 working days", "due today", "overdue by 2 working days". */
// A count of 0 past the due date happens when only non-working days have passed since it.
export function describeDeadline(line: Pick<DeadlineLine, "state" | "days" | "doneOn" | "unit" | "due">): string {
  const n = (days: number) => `${days} ${days === 1 ? line.unit.replace(/s$/, "") : line.unit}`;
  switch (line.state) {
    case "met":
      return `met on ${line.doneOn}`;
    case "missed":
      return line.days === 0 ? `missed: done ${line.doneOn}, a non-working day after the due date` : `missed by ${n(line.days)} (done ${line.doneOn})`;
    case "due":
      return line.days === 0 ? "due today" : `due in ${n(line.days)}`;
    case "overdue":
      return line.days === 0 ? `overdue since ${line.due} (no working day since)` : `overdue by ${n(line.days)}`;
  }
}
