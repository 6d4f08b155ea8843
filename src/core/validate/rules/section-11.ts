// Section 11: every amber or red rating must come with an action plan, i.e. at
// least one action with a due date that names the return and the standard
// (Learning and Improvement Framework: "areas for development and timescales").
import type { Located, S11Cycle } from "../../model/records.js";
import { listSome } from "../../text/lists.js";
import type { Rule, RuleContext } from "../rule-context.js";

interface CycleIndex {
  standards: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
}

export const s11Returns: Rule = (ctx) => {
  const cycles = new Map<string, { cycle: Located<S11Cycle>; index: CycleIndex }>();
  for (const c of ctx.store.s11Cycles) {
    cycles.set(c.record.id, { cycle: c, index: { standards: new Set(c.record.standards.map((s) => s.id)), agencies: new Set(c.record.agencies) } });
  }
  const returnsByCycleAgency = new Map<string, string>();
  for (const r of ctx.store.s11Returns) {
    const ret = r.record;
    const key = `${ret.cycle}\u0000${ret.agency}`;
    const other = returnsByCycleAgency.get(key);
    if (other) ctx.report(r, "/agency", "s11-duplicate-return", `agency: ${ret.agency} already has a return for ${ret.cycle} in ${other}; keep one return per agency and cycle`);
    else returnsByCycleAgency.set(key, r.file);
    const cycle = cycles.get(ret.cycle);
    if (cycle) checkAgainstCycle(ctx, r, cycle.cycle, cycle.index);
    checkActionPlans(ctx, r);
  }
};

function checkActionPlans(ctx: RuleContext, r: Located): void {
  if (r.record.kind !== "s11-return") return;
  const ret = r.record;
  const planned = new Set<unknown>();
  // A cancelled action is no plan: the rating still needs one that will be done.
  const cancelledOnly = new Set<unknown>();
  for (const a of ctx.store.actionsBySource.get(ret.id) ?? []) {
    if (a.record.source.type !== "s11" || !a.record.due) continue;
    if (a.record.status === "cancelled") cancelledOnly.add(a.record.source.standard);
    else planned.add(a.record.source.standard);
  }
  // An action that failed its schema is reported in its own file; counting it
  // here keeps one mistake from being reported twice.
  for (const a of ctx.brokenActionsBySource.get(ret.id) ?? []) planned.add(a.standard);
  ret.ratings.forEach((rating, i) => {
    if (rating.rating === "green" || planned.has(rating.standard)) return;
    const why = cancelledOnly.has(rating.standard) ? "has no action plan: its only actions are cancelled" : "has no action plan";
    ctx.report(r, `/ratings/${i}/rating`, "s11-action-missing",
      `ratings[${i}].rating: ${rating.rating} for standard ${rating.standard} ${why}; add an action with source: {type: s11, record: ${ret.id}, standard: ${rating.standard}} and a due date`);
  });
}

function checkAgainstCycle(ctx: RuleContext, r: Located, cycle: Located<S11Cycle>, index: CycleIndex): void {
  if (r.record.kind !== "s11-return") return;
  const ret = r.record;
  const seen = new Set<string>();
  ret.ratings.forEach((rating, i) => {
    if (!index.standards.has(rating.standard)) {
      ctx.report(r, `/ratings/${i}/standard`, "s11-standard",
        `ratings[${i}].standard: "${rating.standard}" is not a standard of ${cycle.record.id} (its standards are: ${listSome(index.standards)}); rate one of those, or add ${rating.standard} to the cycle's standards`);
    } else if (seen.has(rating.standard)) {
      ctx.report(r, `/ratings/${i}/standard`, "s11-standard", `ratings[${i}].standard: standard ${rating.standard} is rated twice; keep one rating per standard`);
    }
    seen.add(rating.standard);
  });
  const unrated = [...index.standards].filter((s) => !seen.has(s));
  if (unrated.length) {
    ctx.report(r, "/ratings", "s11-standard", `ratings: no rating for standard${unrated.length > 1 ? "s" : ""} ${listSome(unrated)} of ${cycle.record.id}; the cycle asks for one rating per standard`, "warning");
  }
  if (!index.agencies.has(ret.agency)) {
    ctx.report(r, "/agency", "s11-agency", `agency: ${ret.agency} is not among the agencies asked in ${cycle.record.id}; add it to that cycle's agencies`, "warning");
  }
}

export const sixStepsPlans: Rule = (ctx) => {
  for (const r of ctx.store.sixSteps) {
    const planned = new Set<unknown>((ctx.store.actionsBySource.get(r.record.id) ?? []).map((a) => a.record.source.item));
    for (const a of ctx.brokenActionsBySource.get(r.record.id) ?? []) planned.add(a.item);
    r.record.items.forEach((item, i) => {
      if (item.rating === "green" || planned.has(item.id)) return;
      ctx.report(r, `/items/${i}/rating`, "six-steps-plan",
        `items[${i}].rating: ${item.rating} for question ${item.id} is not in the Partnership Development Plan; add an action with source: {type: six-steps, record: ${r.record.id}, item: ${item.id}}`, "warning");
    });
  }
};
