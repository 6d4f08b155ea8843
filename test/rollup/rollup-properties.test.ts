// Invariants of computeRollup over small random stores: every breakdown adds
// up to the figure it breaks down, and for every additive figure the rollups
// of two adjacent periods add up to the rollup of their union.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plusDays } from "../../src/core/dates/calendar.js";
import { computeRollup } from "../../src/core/facts/rollup/compute.js";
import type { ActionFigures, RollupView } from "../../src/core/facts/rollup/types.js";
import { date, store } from "./rollup-arbitraries.js";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const FIGURES: Array<keyof ActionFigures> = ["opened", "completed", "completedOnTime", "completedLate", "cancelled", "openAtEnd", "overdueAtEnd"];

/** A period inside the generated dates, with --as-of somewhere around it. */
const period = fc.tuple(date, date, fc.option(date, { nil: undefined })).map(([a, b, asOf]) => ({
  from: a < b ? a : b, to: a < b ? b : a, ...(asOf ? { asOf } : {}),
}));

function checkBreakdowns(v: RollupView): void {
  const r = v.reviews!;
  const d = r.rapidReviews.decisions;
  expect(d.lcspr.count + d.noLcspr.count + d.other.count + d.undecided.count).toBe(r.rapidReviews.held.count);
  expect(r.rapidReviews.held.items).toHaveLength(r.rapidReviews.held.count);
  for (const list of [r.lcsprs.commissioned, r.lcsprs.signedOff, r.lcsprs.presented, r.lcsprs.published, r.lcsprs.delayed, r.lcsprs.withheld, r.lcsprs.pending]) {
    expect(list.items).toHaveLength(list.count);
    expect(sum(list.items.map((i) => i.cases))).toBe(list.cases);
    expect(list.cases).toBeGreaterThanOrEqual(list.count);
  }
  expect(r.lcsprs.published.local + r.lcsprs.published.national).toBe(r.lcsprs.published.count);

  const c = v.children!;
  expect(c.reviews).toBe(r.rapidReviews.held.count);
  expect(sum(c.bySex.map((s) => s.count))).toBe(c.total);
  expect(sum(c.byAgeBand.map((b) => b.count))).toBe(c.total);
  expect(c.byAgeBand.at(-1)?.cumulativeCount ?? 0).toBe(c.total);

  for (const t of [v.abuseTypes!, v.themes!]) {
    expect(t.reviews).toBe(r.rapidReviews.held.count);
    expect(sum(t.counts.map((x) => x.count))).toBe(t.mentions);
    for (const x of t.counts) expect(x.reviews).toHaveLength(x.count);
    expect(t.topThree.length).toBeGreaterThanOrEqual(Math.min(3, t.counts.length));
  }

  const a = v.audits!;
  expect(sum(a.held.byType.map((x) => x.count))).toBe(a.held.count);
  expect(sum(a.cancelled.reasons.map((x) => x.count))).toBe(a.cancelled.count);
  expect(sum(a.held.items.map((x) => x.cases))).toBe(a.casesAudited);
  expect(sum(a.grades.map((g) => g.total))).toBe(a.casesAudited);
  for (const g of a.grades) expect(sum(g.grades.map((x) => x.count))).toBe(g.total);

  const s = v.s11!;
  const cells = s.matrix.length * s.standards.length;
  const all = (t: { green: number; amber: number; red: number; notRated: number }) => t.green + t.amber + t.red + t.notRated;
  expect(all(s.totals)).toBe(cells);
  for (const key of ["green", "amber", "red", "notRated"] as const) {
    expect(sum(s.totalsByStandard.map((t) => t[key]))).toBe(s.totals[key]);
    expect(sum(s.totalsByAgency.map((t) => t[key]))).toBe(s.totals[key]);
  }
  expect(sum(Object.values(s.changeTotals))).toBe(s.changes.length);
  expect(s.changes).toHaveLength(s.totals.green + s.totals.amber + s.totals.red);

  const x = v.actions!;
  expect(x.completedOnTime + x.completedLate).toBe(x.completed);
  for (const f of FIGURES) {
    expect(sum(x.byLeadAgency.map((row) => row[f]))).toBe(x[f]);
    expect(sum(x.bySource.map((row) => row[f]))).toBe(x[f]);
  }
  expect(x.lists.opened).toHaveLength(x.opened);
  expect(x.lists.completed).toHaveLength(x.completed);
  expect(x.lists.cancelled).toHaveLength(x.cancelled);
  expect(x.lists.openAtEnd).toHaveLength(x.openAtEnd);
  expect(x.lists.overdueAtEnd).toHaveLength(x.overdueAtEnd);
  expect(x.overdueAtEnd).toBeLessThanOrEqual(x.openAtEnd);
}

/** Every additive figure of a view, flattened to name → number. */
function additive(v: RollupView): Map<string, number> {
  const out = new Map<string, number>();
  const put = (key: string, n: number) => out.set(key, (out.get(key) ?? 0) + n);
  const r = v.reviews!;
  put("rapid.held", r.rapidReviews.held.count);
  for (const [k, list] of Object.entries(r.rapidReviews.decisions)) put(`rapid.decision.${k}`, list.count);
  for (const k of ["commissioned", "signedOff", "presented", "published"] as const) {
    put(`lcspr.${k}`, r.lcsprs[k].count);
    put(`lcspr.${k}.cases`, r.lcsprs[k].cases);
  }
  put("lcspr.published.local", r.lcsprs.published.local);
  put("lcspr.published.national", r.lcsprs.published.national);
  const c = v.children!;
  put("children.total", c.total);
  for (const s of c.bySex) put(`children.sex.${s.sex}`, s.count);
  for (const b of c.byAgeBand) put(`children.band.${b.id}`, b.count);
  for (const [name, t] of [["abuse", v.abuseTypes!], ["theme", v.themes!]] as const) {
    put(`${name}.mentions`, t.mentions);
    for (const x of t.counts) put(`${name}.${x.id}`, x.count);
  }
  const a = v.audits!;
  put("audits.held", a.held.count);
  for (const t of a.held.byType) put(`audits.type.${t.type}`, t.count);
  put("audits.cancelled", a.cancelled.count);
  for (const reason of a.cancelled.reasons) put(`audits.reason.${reason.reason}`, reason.count);
  put("audits.cases", a.casesAudited);
  for (const g of a.grades) for (const x of g.grades) put(`audits.grade.${g.scale}.${x.id}`, x.count);
  const x = v.actions!;
  const flows: Array<keyof ActionFigures> = ["opened", "completed", "completedOnTime", "completedLate", "cancelled"];
  for (const f of flows) {
    put(`actions.${f}`, x[f]);
    for (const row of x.byLeadAgency) put(`actions.agency.${row.agency}.${f}`, row[f]);
    for (const row of x.bySource) put(`actions.source.${row.source}.${f}`, row[f]);
  }
  for (const [k, n] of out) if (n === 0) out.delete(k);
  return out;
}

describe("rollup invariants (property tests)", () => {
  it("the totals of every breakdown equal the count they break down", () => {
    fc.assert(fc.property(store, period, (s, p) => {
      checkBreakdowns(computeRollup(s, p));
    }), { numRuns: 100 });
  });

  it("rollups of two adjacent periods add up to the rollup of their union, for every additive figure", () => {
    const split = fc.tuple(date, date, date).map((ds) => [...ds].sort()).filter(([a, b, c]) => a! <= b! && b! < c!);
    fc.assert(fc.property(store, split, (s, [from, mid, to]) => {
      const first = additive(computeRollup(s, { from: from!, to: mid! }));
      const second = additive(computeRollup(s, { from: plusDays(mid!, 1), to: to! }));
      const union = additive(computeRollup(s, { from: from!, to: to! }));
      const added = new Map(first);
      for (const [k, n] of second) added.set(k, (added.get(k) ?? 0) + n);
      expect(Object.fromEntries([...added].sort())).toEqual(Object.fromEntries([...union].sort()));
    }), { numRuns: 100 });
  });

  it("gives the same view for the same store and options (no hidden state)", () => {
    fc.assert(fc.property(store, period, (s, p) => {
      expect(JSON.stringify(computeRollup(s, p))).toBe(JSON.stringify(computeRollup(s, p)));
    }), { numRuns: 30 });
  });
});
