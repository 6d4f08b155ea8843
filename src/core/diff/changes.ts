// The changes a reviewer must not miss, per matched record: status moves, due
// dates moved (and how often), actions completed with or without evidence of
// impact, reports and briefings published.
import type { Action, LifRecord, Located, PracticeReview } from "../model/records.js";
import { PRACTICE_REVIEW_KINDS } from "../model/kinds.js";
import type { RecordStore } from "../model/store.js";
import type { RecordPair } from "./match.js";
import type { ActionCompleted, DueMove, PublicationChange, StatusChange } from "./model.js";
import { refOf } from "./titles.js";

function statusOf(record: LifRecord): string | undefined {
  return "status" in record ? record.status : undefined;
}

/** Status moves, except actions becoming complete: those have their own list, with the evidence question. */
export function statusChanges(pairs: readonly RecordPair[], head: RecordStore): StatusChange[] {
  return pairs.flatMap(({ base, head: h }) => {
    const from = statusOf(base.record);
    const to = statusOf(h.record);
    if (from === undefined || to === undefined || from === to) return [];
    if (h.record.kind === "action" && to === "complete") return [];
    return [{ ...refOf(h, head), from, to }];
  });
}

export function dueMoves(pairs: readonly RecordPair[], head: RecordStore): DueMove[] {
  return pairs.flatMap(({ base, head: h }) => {
    if (base.record.kind !== "action" || h.record.kind !== "action" || base.record.due === h.record.due) return [];
    const from = base.record.due;
    const to = h.record.due;
    const history = h.record.dueHistory ?? [];
    const recorded = history.some((entry) => entry.due === from);
    const last = [...history].reverse().find((entry) => entry.due === from);
    const move: DueMove = { ...refOf(h, head), from, to, direction: to > from ? "later" : "earlier", timesMoved: recorded ? history.length : history.length + 1 };
    if (last?.reason) move.reason = last.reason;
    return [move];
  });
}

/** Completed between BASE and HEAD, or added already complete. */
export function actionsCompleted(pairs: readonly RecordPair[], added: readonly Located[], head: RecordStore): ActionCompleted[] {
  const newlyComplete = [
    ...pairs.filter((p) => p.head.record.kind === "action" && (p.head.record as Action).status === "complete" && statusOf(p.base.record) !== "complete").map((p) => p.head),
    ...added.filter((a) => a.record.kind === "action" && a.record.status === "complete"),
  ] as Located<Action>[];
  return newlyComplete.map((a) => {
    const done: ActionCompleted = { ...refOf(a, head), hasImpactEvidence: (a.record.impact ?? []).length > 0, fromLcspr: isFromLcspr(a.record, head) };
    if (a.record.completed) done.completed = a.record.completed;
    return done;
  });
}

function isFromLcspr(action: Action, store: RecordStore): boolean {
  return action.source.type === "review" && store.get(action.source.record ?? "")?.record.kind === "lcspr";
}

/** Reports whose publication status changed or that were published; briefings newly published. */
export function publicationChanges(pairs: readonly RecordPair[], added: readonly Located[], head: RecordStore): PublicationChange[] {
  const both: Array<{ base?: Located; head: Located }> = [...pairs, ...added.map((h) => ({ head: h }))];
  return both.flatMap(({ base, head: h }) => [...reportChange(base, h, head), ...briefingChange(base, h, head)]);
}

function reportChange(base: Located | undefined, h: Located, store: RecordStore): PublicationChange[] {
  if (!PRACTICE_REVIEW_KINDS.has(h.record.kind)) return [];
  const after = h.record as PracticeReview;
  const before = base && PRACTICE_REVIEW_KINDS.has(base.record.kind) ? (base.record as PracticeReview) : undefined;
  const from = before?.publication?.status ?? (before?.status === "published" ? "published" : undefined);
  const to = after.publication?.status ?? (after.status === "published" ? "published" : undefined);
  const newlyDated = Boolean(after.dates.published) && after.dates.published !== before?.dates.published;
  if (from === to && !newlyDated) return [];
  if (!before && to === undefined) return [];
  const change: PublicationChange = { ...refOf(h, store), what: "report" };
  if (from) change.from = from;
  if (to) change.to = to;
  if (after.dates.published) change.published = after.dates.published;
  if (after.publication?.reason && to !== from) change.reason = after.publication.reason;
  return [change];
}

function briefingChange(base: Located | undefined, h: Located, store: RecordStore): PublicationChange[] {
  const after = briefingDate(h.record);
  if (!after || after === (base ? briefingDate(base.record) : undefined)) return [];
  return [{ ...refOf(h, store), what: "briefing", to: "published", published: after }];
}

function briefingDate(record: LifRecord): string | undefined {
  return "briefing" in record ? record.briefing?.publishedOn : undefined;
}
