// Every recommendation of an LCSPR or an audit needs at least one action,
// otherwise it is never monitored. Completing an LCSPR action needs evidence
// of impact (the two-year review asks each agency for it).
import type { Located } from "../../model/records.js";
import type { Rule, RuleContext } from "../rule-context.js";

function answeredRecommendations(ctx: RuleContext, id: string): Set<unknown> {
  const answered = new Set<unknown>((ctx.store.actionsBySource.get(id) ?? []).map((a) => a.record.source.recommendation));
  // Actions that failed their schema are reported in their own files.
  for (const a of ctx.brokenActionsBySource.get(id) ?? []) answered.add(a.recommendation);
  return answered;
}

export const recommendationsHaveActions: Rule = (ctx) => {
  const check = (r: Located, recommendations: Array<{ id: string }> | undefined) => {
    if (!recommendations?.length) return;
    const answered = answeredRecommendations(ctx, r.record.id);
    recommendations.forEach((rec, i) => {
      if (answered.has(rec.id)) return;
      ctx.report(r, `/recommendations/${i}/id`, "recommendation-action",
        `recommendations[${i}]: recommendation ${rec.id} has no action; add an action with source: {type: ${r.record.kind === "audit" ? "audit" : "review"}, record: ${r.record.id}, recommendation: ${rec.id}}`);
    });
  };
  for (const r of ctx.store.practiceReviews) if (r.record.kind === "lcspr") check(r, r.record.recommendations);
  for (const r of ctx.store.audits) if (r.record.status !== "cancelled") check(r, r.record.recommendations);
};

export const lcsprActionsShowImpact: Rule = (ctx) => {
  for (const a of ctx.store.actions) {
    const action = a.record;
    if (action.status !== "complete" || action.impact?.length || !action.source.record) continue;
    if (ctx.store.get(action.source.record)?.record.kind !== "lcspr") continue;
    ctx.report(a, "/status", "lcspr-impact", "status: complete, but an action from an LCSPR needs evidence of impact; add impact: [{date, text}] saying what changed", "warning");
  }
};
