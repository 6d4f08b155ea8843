// Every reference resolves to a record of the right kind, and the two sides
// of a link agree (a rapid review that progressed to an LCSPR is listed by it).
import { PRACTICE_REVIEW_KINDS, REVIEW_KINDS } from "../../model/kinds.js";
import type { Located } from "../../model/records.js";
import { readablePath } from "../../findings.js";
import { article, listSome } from "../../text/lists.js";
import { didYouMean } from "../../text/nearest.js";
import type { Rule, RuleContext } from "../rule-context.js";

/**
 * True when `id` names a readable record of one of `kinds`. A record whose
 * file could not be parsed exists but its kind is unknown: its own finding
 * says what is wrong, so nothing more is reported here.
 */
function resolves(ctx: RuleContext, from: Located, pointer: string, id: string, kinds: ReadonlySet<string>, what: string): boolean {
  const target = ctx.allIds.get(id);
  if (!target) {
    const guess = ctx.suggestId(id, kinds);
    ctx.report(from, pointer, "ref-unresolved", `${readablePath(pointer)}: no record has the id "${id}"${guess ? `; ${guess}` : ""} (expected the id of ${what})`);
    return false;
  }
  if (target.kind === undefined) return false;
  if (!kinds.has(target.kind)) {
    ctx.report(from, pointer, "ref-kind", `${readablePath(pointer)}: "${id}" is ${article(target.kind)} ${target.kind} (${target.file}), but this must be the id of ${what}`);
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
  // Each LCSPR's list as a set, built once: a thematic review may list many.
  const listedBy = new Map<string, ReadonlySet<string>>();
  for (const rr of ctx.store.rapidReviews) {
    const lcsprId = rr.record.decision?.lcspr;
    if (!lcsprId || !resolves(ctx, rr, "/decision/lcspr", lcsprId, LCSPR, "an LCSPR")) continue;
    const lcspr = ctx.store.get(lcsprId);
    if (!lcspr || !PRACTICE_REVIEW_KINDS.has(lcspr.record.kind)) continue;
    let listed = listedBy.get(lcsprId);
    if (!listed) listedBy.set(lcsprId, (listed = new Set((lcspr.record as { rapidReviews?: string[] }).rapidReviews ?? [])));
    if (!listed.has(rr.record.id)) {
      ctx.report(rr, "/decision/lcspr", "ref-mismatch",
        `decision.lcspr: progressed to "${lcsprId}", but that LCSPR's rapidReviews does not list "${rr.record.id}"; add it there (${lcspr.file})`);
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
  const details = new DetailIndex();
  for (const action of ctx.store.actions) {
    const source = action.record.source;
    const expected = SOURCE_KINDS[source.type];
    if (expected && !source.record) {
      ctx.report(action, "/source", "source-record", `source: type "${source.type}" needs source.record: the id of ${expected.what}`, "error", "key");
      continue;
    }
    if (!source.record) continue;
    if (!expected) {
      resolvesAnything(ctx, action, source.record);
      continue;
    }
    if (!resolves(ctx, action, "/source/record", source.record, expected.kinds, expected.what)) continue;
    checkSourceDetail(ctx, action, details);
  }
};

function resolvesAnything(ctx: RuleContext, action: Located, id: string): void {
  if (!ctx.allIds.has(id)) {
    const guess = ctx.suggestId(id, undefined);
    ctx.report(action, "/source/record", "ref-unresolved", `source.record: no record has the id "${id}"${guess ? `; ${guess}` : ""}`);
  }
}

type DetailKind = "recommendations" | "standards" | "items";

/**
 * The recommendation, standard and question ids of each source record, as
 * sets built once per record, and only the kind asked for: most records
 * are asked only for their recommendations.
 */
class DetailIndex {
  private readonly cache = new Map<string, Partial<Record<DetailKind, ReadonlySet<string>>>>();
  of(target: Located, kind: DetailKind): ReadonlySet<string> {
    let entry = this.cache.get(target.record.id);
    if (!entry) this.cache.set(target.record.id, (entry = {}));
    return (entry[kind] ??= idsOf(target, kind));
  }
}

function idsOf(target: Located, kind: DetailKind): ReadonlySet<string> {
  const t = target.record as { recommendations?: Array<{ id: string }>; ratings?: Array<{ standard: string }>; items?: Array<{ id: string }> };
  if (kind === "recommendations") return new Set((t.recommendations ?? []).map((r) => r.id));
  if (kind === "standards") return new Set((t.ratings ?? []).map((r) => r.standard));
  return new Set((t.items ?? []).map((i) => i.id));
}

function oneOf(ids: ReadonlySet<string>): string {
  return ids.size ? ` (it has: ${listSome(ids)})` : " (it has none)";
}

function checkSourceDetail(ctx: RuleContext, action: Located, details: DetailIndex): void {
  if (action.record.kind !== "action") return;
  const source = action.record.source;
  const target = ctx.store.get(source.record!);
  if (!target) return; // failed its own schema: reported there
  if (source.recommendation) {
    const recommendations = details.of(target, "recommendations");
    if (!recommendations.has(source.recommendation)) {
      const guess = didYouMean(source.recommendation, recommendations);
      ctx.report(action, "/source/recommendation", "ref-recommendation",
        `source.recommendation: ${target.record.id} has no recommendation "${source.recommendation}"${guess ? `; ${guess}` : ""}${oneOf(recommendations)}`);
    }
  }
  if (source.type === "s11") {
    const standards = details.of(target, "standards");
    if (!source.standard) {
      ctx.report(action, "/source", "source-standard", "source: an action from a Section 11 return needs source.standard: the standard of the amber or red rating it answers", "error", "key");
    } else if (!standards.has(source.standard)) {
      ctx.report(action, "/source/standard", "ref-standard", `source.standard: ${target.record.id} has no rating for standard "${source.standard}"${oneOf(standards)}`);
    }
  }
  if (source.type === "six-steps") {
    const items = details.of(target, "items");
    if (!source.item) {
      ctx.report(action, "/source", "source-item", "source: an action from a six-steps self-assessment needs source.item: the question it answers", "error", "key");
    } else if (!items.has(source.item)) {
      const guess = didYouMean(source.item, items);
      ctx.report(action, "/source/item", "ref-item", `source.item: ${target.record.id} has no question "${source.item}"${guess ? `; ${guess}` : ""}${oneOf(items)}`);
    }
  }
}
