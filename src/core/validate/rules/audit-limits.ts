// The framework plans up to five multi-agency audits a year, at most two of
// them deep dives; more is a warning that capacity is being overcommitted.
import { financialYearOf } from "../../dates/financial-year.js";
import type { Audit, Located } from "../../model/records.js";
import { listSome, ordinal } from "../../text/lists.js";
import type { Rule, RuleContext } from "../rule-context.js";

export const auditsPerYear: Rule = (ctx) => {
  const { maxAuditsPerYear, maxDeepDivesPerYear } = ctx.store.timescales;
  const byYear = new Map<string, Located<Audit>[]>();
  for (const r of ctx.store.audits) {
    const date = dateOf(r);
    if (!date || r.record.status === "cancelled") continue;
    const year = financialYearOf(date).label;
    const list = byYear.get(year);
    if (list) list.push(r);
    else byYear.set(year, [r]);
  }
  for (const [year, audits] of [...byYear].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Date order, so the audit that goes over the limit is the one reported.
    const inOrder = audits.sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.file.localeCompare(b.file));
    if (inOrder.length > maxAuditsPerYear) {
      overLimit(ctx, inOrder, maxAuditsPerYear, year, "audit", "maxAuditsPerYear", (a) => (a.record.dates.held ? "/dates/held" : "/dates/planned"));
    }
    const deepDives = inOrder.filter((a) => a.record.type === "deep-dive");
    if (deepDives.length > maxDeepDivesPerYear) overLimit(ctx, deepDives, maxDeepDivesPerYear, year, "deep dive", "maxDeepDivesPerYear", () => "/type");
  }
};

function dateOf(a: Located<Audit>): string {
  return a.record.dates.held ?? a.record.dates.planned ?? "";
}

function overLimit(ctx: RuleContext, audits: Located<Audit>[], max: number, year: string, what: string, setting: string, pointer: (a: Located<Audit>) => string): void {
  const first = audits[max]!;
  const at = pointer(first);
  const path = at.slice(1).replace(/\//g, ".");
  ctx.report(first, at, "audits-per-year",
    `${path}: this is the ${ordinal(max + 1)} ${what} of ${year} (${audits.length} in all: ${listSome(audits.map((a) => a.record.id), 8)}); the framework plans at most ${max} ${what}s a year, so move one to another year or raise timescales.${setting} in records/partnership.yaml`,
    "warning");
}
