// The framework plans up to five multi-agency audits a year, at most two of
// them deep dives; more is a warning that capacity is being overcommitted.
import { financialYearOf } from "../../dates/financial-year.js";
import type { Audit, Located } from "../../model/records.js";
import type { Rule } from "../rule-context.js";

export const auditsPerYear: Rule = (ctx) => {
  const { maxAuditsPerYear, maxDeepDivesPerYear } = ctx.store.timescales;
  const byYear = new Map<string, Located<Audit>[]>();
  for (const r of ctx.store.audits) {
    const date = r.record.dates.held ?? r.record.dates.planned;
    if (!date || r.record.status === "cancelled") continue;
    const year = financialYearOf(date).label;
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  for (const [year, audits] of [...byYear].sort()) {
    const deepDives = audits.filter((a) => a.record.type === "deep-dive");
    if (audits.length > maxAuditsPerYear) {
      ctx.report(audits[audits.length - 1]!, "/dates", "audits-per-year", `${audits.length} audits in ${year}; the framework plans at most ${maxAuditsPerYear} a year`, "warning");
    }
    if (deepDives.length > maxDeepDivesPerYear) {
      ctx.report(deepDives[deepDives.length - 1]!, "/type", "audits-per-year", `${deepDives.length} deep dives in ${year}; the framework plans at most ${maxDeepDivesPerYear} a year`, "warning");
    }
  }
};
