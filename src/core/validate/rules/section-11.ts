// Section 11: every amber or red rating must come with an action plan, i.e. at
// least one action with a due date that names the return and the standard
// (Learning and Improvement Framework: "areas for development and timescales").
import type { Located, S11Cycle } from "../../model/records.js";
import { didYouMean } from "../../text/nearest.js";
import type { Rule } from "../rule-context.js";

export const s11Returns: Rule = (ctx) => {
  const cycles = new Map(ctx.store.s11Cycles.map((c) => [c.record.id, c] as const));
  const returnsByCycleAgency = new Map<string, string>();
  for (const r of ctx.store.s11Returns) {
    const ret = r.record;
    const cycle = cycles.get(ret.cycle);
    const key = `${ret.cycle}\u0000${ret.agency}`;
    const other = returnsByCycleAgency.get(key);
    if (other) ctx.report(r, "/agency", "s11-duplicate-return", `${ret.agency} already has a return for ${ret.cycle} in ${other}`);
    else returnsByCycleAgency.set(key, r.file);
    if (cycle) checkAgainstCycle(ctx, r, cycle);
    const planned = ctx.store.actionsBySource.get(ret.id) ?? [];
    ret.ratings.forEach((rating, i) => {
      if (rating.rating === "green") return;
      const hasPlan = planned.some((a) => a.record.source.type === "s11" && a.record.source.standard === rating.standard && a.record.due);
      if (!hasPlan) {
        ctx.report(r, `/ratings/${i}/rating`, "s11-action-missing",
          `${rating.rating} rating for standard ${rating.standard} has no action plan; add an action with source: {type: s11, record: ${ret.id}, standard: ${rating.standard}} and a due date`);
      }
    });
  }
};

function checkAgainstCycle(ctx: Parameters<Rule>[0], r: Located, cycle: Located<S11Cycle>): void {
  if (r.record.kind !== "s11-return") return;
  const ret = r.record;
  const standards = cycle.record.standards.map((s) => s.id);
  const seen = new Set<string>();
  ret.ratings.forEach((rating, i) => {
    if (!standards.includes(rating.standard)) {
      const guess = didYouMean(rating.standard, standards);
      ctx.report(r, `/ratings/${i}/standard`, "s11-standard", `"${rating.standard}" is not a standard of ${cycle.record.id}${guess ? `; ${guess}` : ` (expected one of: ${standards.join(", ")})`}`);
    }
    if (seen.has(rating.standard)) ctx.report(r, `/ratings/${i}/standard`, "s11-standard", `standard ${rating.standard} is rated twice`);
    seen.add(rating.standard);
  });
  const unrated = standards.filter((s) => !seen.has(s));
  if (unrated.length) ctx.report(r, "/ratings", "s11-standard", `no rating for standard${unrated.length > 1 ? "s" : ""} ${unrated.join(", ")} of ${cycle.record.id}`, "warning");
  if (!cycle.record.agencies.includes(ret.agency)) {
    ctx.report(r, "/agency", "s11-agency", `${ret.agency} is not among the agencies asked in ${cycle.record.id}; add it to that cycle's agencies`, "warning");
  }
}

export const sixStepsPlans: Rule = (ctx) => {
  for (const r of ctx.store.sixSteps) {
    const planned = ctx.store.actionsBySource.get(r.record.id) ?? [];
    r.record.items.forEach((item, i) => {
      if (item.rating === "green") return;
      if (!planned.some((a) => a.record.source.item === item.id)) {
        ctx.report(r, `/items/${i}/rating`, "six-steps-plan", `${item.rating} rating for ${item.id} is not in the Partnership Development Plan; add an action with source: {type: six-steps, record: ${r.record.id}, item: ${item.id}}`, "warning");
      }
    });
  }
};
