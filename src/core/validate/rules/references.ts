// Every reference resolves to a record of the right kind, and the two sides
// of a link agree (a rapid review that progressed to an LCSPR is listed by it).
import { PRACTICE_REVIEW_KINDS, REVIEW_KINDS } from "../../model/kinds.js";
import type { Located } from "../../model/records.js";
import { didYouMean } from "../../text/nearest.js";
import type { Rule, RuleContext } from "../rule-context.js";

function resolves(ctx: RuleContext, from: Located, pointer: string, id: string, kinds: ReadonlySet<string>, what: string): boolean {
  const target = ctx.allIds.get(id);
  if (!target) {
    const guess = didYouMean(id, ctx.allIds.keys());
    ctx.report(from, pointer, "ref-unresolved", `refers to "${id}", but no record has that id${guess ? `; ${guess}` : ""} (expected the id of ${what})`);
    return false;
  }
  if (!kinds.has(target.kind)) {
    ctx.report(from, pointer, "ref-kind", `refers to "${id}", which is a ${target.kind} (${target.file}); expected ${what}`);
    return false;
  }
  return true;
}

const RAPID = new Set(["rapid-review"]);
const LCSPR = new Set(["lcspr"]);
const S11_CYCLE = new Set(["s11-cycle"]);
const SOURCE_KINDS: Record<string, { kinds: ReadonlySet<string>; what: string }> = {
  review: { kinds: REVIEW_KINDS, what: "a review" },
  audit: { kinds: new Set(["audit"]), what: "an audit" },
  s11: { kinds: new Set(["s11-return"]), what: "a Section 11 return" },
  "six-steps": { kinds: new Set(["six-steps"]), what: "a six-steps self-assessment" },
};

export const reviewReferences: Rule = (ctx) => {
  for (const rr of ctx.store.rapidReviews) {
    const lcsprId = rr.record.decision?.lcspr;
    if (!lcsprId || !resolves(ctx, rr, "/decision/lcspr", lcsprId, LCSPR, "an LCSPR")) continue;
    const lcspr = ctx.store.get(lcsprId);
    if (lcspr && PRACTICE_REVIEW_KINDS.has(lcspr.record.kind)) {
      const listed = (lcspr.record as { rapidReviews?: string[] }).rapidReviews ?? [];
      if (!listed.includes(rr.record.id)) {
        ctx.report(rr, "/decision/lcspr", "ref-mismatch", `progressed to "${lcsprId}", but that LCSPR's rapidReviews does not list "${rr.record.id}"; add it there`);
      }
    }
  }
  for (const review of ctx.store.practiceReviews) {
    (review.record.rapidReviews ?? []).forEach((id, i) => {
      resolves(ctx, review, `/rapidReviews/${i}`, id, RAPID, "a rapid review");
    });
  }
};

export const s11References: Rule = (ctx) => {
  for (const ret of ctx.store.s11Returns) resolves(ctx, ret, "/cycle", ret.record.cycle, S11_CYCLE, "a Section 11 cycle");
  for (const cycle of ctx.store.s11Cycles) {
    const prev = cycle.record.previousCycle;
    if (prev) resolves(ctx, cycle, "/previousCycle", prev, S11_CYCLE, "a Section 11 cycle");
  }
};

export const actionSources: Rule = (ctx) => {
  for (const action of ctx.store.actions) {
    const source = action.record.source;
    const expected = SOURCE_KINDS[source.type];
    if (expected && !source.record) {
      ctx.report(action, "/source", "source-record", `source type "${source.type}" needs source.record: the id of ${expected.what}`, "error", "key");
      continue;
    }
    if (!source.record) continue;
    if (!expected) {
      resolvesAnything(ctx, action, source.record);
      continue;
    }
    if (!resolves(ctx, action, "/source/record", source.record, expected.kinds, expected.what)) continue;
    checkSourceDetail(ctx, action);
  }
};

function resolvesAnything(ctx: RuleContext, action: Located, id: string): void {
  if (!ctx.allIds.has(id)) {
    const guess = didYouMean(id, ctx.allIds.keys());
    ctx.report(action, "/source/record", "ref-unresolved", `refers to "${id}", but no record has that id${guess ? `; ${guess}` : ""}`);
  }
}

function checkSourceDetail(ctx: RuleContext, action: Located): void {
  if (action.record.kind !== "action") return;
  const source = action.record.source;
  const target = ctx.store.get(source.record!);
  if (!target) return; // failed its own schema: reported there
  const t = target.record as { recommendations?: Array<{ id: string }>; ratings?: Array<{ standard: string }>; items?: Array<{ id: string }> };
  if (source.recommendation) {
    const ids = (t.recommendations ?? []).map((r) => r.id);
    if (!ids.includes(source.recommendation)) {
      const guess = didYouMean(source.recommendation, ids);
      ctx.report(action, "/source/recommendation", "ref-recommendation",
        `"${source.recommendation}" is not a recommendation of ${target.record.id}${guess ? `; ${guess}` : ids.length ? ` (it has: ${ids.join(", ")})` : " (it has none)"}`);
    }
  }
  if (source.type === "s11") {
    if (!source.standard) {
      ctx.report(action, "/source", "source-standard", "an action from a Section 11 return needs source.standard: the standard of the amber or red rating it answers", "error", "key");
    } else if (!(t.ratings ?? []).some((r) => r.standard === source.standard)) {
      ctx.report(action, "/source/standard", "ref-standard", `"${source.standard}" is not rated in ${target.record.id}`);
    }
  }
  if (source.type === "six-steps") {
    const ids = (t.items ?? []).map((i) => i.id);
    if (!source.item) {
      ctx.report(action, "/source", "source-item", "an action from a six-steps self-assessment needs source.item: the question it answers", "error", "key");
    } else if (!ids.includes(source.item)) {
      ctx.report(action, "/source/item", "ref-item", `"${source.item}" is not a question of ${target.record.id}${didYouMean(source.item, ids) ? `; ${didYouMean(source.item, ids)}` : ""}`);
    }
  }
}
