// Reviews: rapid reviews held and decided, LCSPRs through their lifecycle,
// older kinds of review. An LCSPR counts once as an LCSPR and as many cases
// as the rapid reviews it covers (a thematic review of two cases: 1 and 2).
import { kindInfo } from "../../model/kinds.js";
import type { Located, PracticeReview, RapidReview } from "../../model/records.js";
import type { RecordStore } from "../../model/store.js";
import type { NotCountedLog } from "./not-counted.js";
import { byDateThenId, byEnd, compareText, inPeriod } from "./period.js";
import type { HeldRapidReview } from "./rapid-reviews.js";
import type {
  CountedList, LcsprItem, LcsprList, OlderReview, PublishedItem, RapidReviewsRollup, ReviewsRollup, RollupPeriod,
} from "./types.js";

const SIGNED_OFF_OR_LATER = new Set(["signed-off", "presented", "published"]);
const PRESENTED_OR_LATER = new Set(["presented", "published"]);

export function reviewsRollup(store: RecordStore, held: readonly HeldRapidReview[], period: RollupPeriod, log: NotCountedLog): ReviewsRollup {
  return {
    rapidReviews: rapidReviewsFigures(held),
    lcsprs: lcsprFigures(store, period, log),
    olderKinds: olderKinds(store.practiceReviews, period),
  };
}

function rapidReviewsFigures(held: readonly HeldRapidReview[]): RapidReviewsRollup {
  const items = held.map((h) => h.item);
  const decided = (outcome: string): CountedList => {
    const list = items.filter((i) => i.decision === outcome).map(({ id, file, name, date, dateField }) => ({ id, file, name, date, dateField }));
    return { count: list.length, items: list };
  };
  const lcsprIds = [...new Set(items.flatMap((i) => (i.lcspr ? [i.lcspr] : [])))].sort(compareText);
  return {
    held: { count: items.length, items },
    placedByAware: items.filter((i) => i.dateField === "dates.aware").map((i) => i.id),
    decisions: { lcspr: decided("lcspr"), noLcspr: decided("no-lcspr"), other: decided("other"), undecided: decided("undecided") },
    lcsprsFromDecisions: { count: lcsprIds.length, ids: lcsprIds },
  };
}

/** The rapid reviews an LCSPR covers, linked from either side (its rapidReviews list, or a review's decision.lcspr). */
function coveredRapidReviews(rapidReviews: readonly Located<RapidReview>[]): (lcspr: PracticeReview) => string[] {
  const byLcspr = new Map<string, Set<string>>();
  for (const { record } of rapidReviews) {
    const target = record.decision?.outcome === "lcspr" ? record.decision.lcspr : undefined;
    if (!target) continue;
    const set = byLcspr.get(target) ?? new Set<string>();
    set.add(record.id);
    byLcspr.set(target, set);
  }
  return (lcspr) => [...new Set([...(lcspr.rapidReviews ?? []), ...(byLcspr.get(lcspr.id) ?? [])])].sort(compareText);
}

function lcsprFigures(store: RecordStore, period: RollupPeriod, log: NotCountedLog): ReviewsRollup["lcsprs"] {
  const covered = coveredRapidReviews(store.rapidReviews);
  const item = (located: Located<PracticeReview>, date: string, dateField: string): LcsprItem => {
    const r = located.record;
    const rapidReviews = covered(r);
    return {
      id: r.id, file: located.file, name: r.pseudonym, date, dateField,
      thematic: r.thematic === true,
      // A review is about at least one case even when no rapid review is linked.
      cases: Math.max(1, rapidReviews.length),
      rapidReviews,
      status: r.status,
      publication: r.publication?.status ?? null,
    };
  };
  const commissioned: LcsprItem[] = [];
  const signedOff: LcsprItem[] = [];
  const presented: LcsprItem[] = [];
  const published: PublishedItem[] = [];
  const delayed: LcsprItem[] = [];
  const withheld: LcsprItem[] = [];
  const pending: LcsprItem[] = [];

  for (const located of store.lcsprs) {
    const r = located.record;
    const d = r.dates ?? {};
    // Commissioned: the commissioning date, else the date the decision to hold it was made.
    const commissionedOn = d.commissioned ?? d.decision;
    if (commissionedOn === undefined) {
      log.add(located, "reviews.lcsprs.commissioned", "dates.commissioned, dates.decision", "every LCSPR was commissioned, but neither date is recorded");
    } else if (inPeriod(commissionedOn, period)) {
      commissioned.push(item(located, commissionedOn, d.commissioned !== undefined ? "dates.commissioned" : "dates.decision"));
    }

    if (d.signedOff !== undefined) {
      if (inPeriod(d.signedOff, period)) signedOff.push(item(located, d.signedOff, "dates.signedOff"));
    } else if (SIGNED_OFF_OR_LATER.has(r.status)) {
      log.add(located, "reviews.lcsprs.signedOff", "dates.signedOff", `status is ${r.status} but no sign-off date is recorded`);
    }

    if (d.presented !== undefined) {
      if (inPeriod(d.presented, period)) presented.push(item(located, d.presented, "dates.presented"));
    } else if (PRESENTED_OR_LATER.has(r.status)) {
      log.add(located, "reviews.lcsprs.presented", "dates.presented", `status is ${r.status} but no date presented is recorded`);
    }

    // Published: the first time the report was made public, locally or
    // anonymised on the national repository (the 2021/22 report counts two
    // LCSPRs withheld locally but deposited nationally as published). Placing
    // it by the first date keeps each LCSPR published once across periods.
    const first = firstPublication(r);
    const saysPublished = r.status === "published" || r.publication?.status === "published";
    if (first === undefined && saysPublished) {
      log.add(located, "reviews.lcsprs.published", "dates.published, dates.nationalRepository", "recorded as published but no publication date is recorded");
    } else if (first !== undefined && inPeriod(first.date, period)) {
      published.push({ ...item(located, first.date, first.field), via: first.via });
    }

    const atEnd = publicationAtEnd(r, period);
    if (atEnd) ({ delayed, withheld, pending })[atEnd].push(item(located, d.signedOff!, "dates.signedOff"));
  }
  return {
    commissioned: lcsprList(commissioned),
    signedOff: lcsprList(signedOff),
    presented: lcsprList(presented),
    published: {
      ...lcsprList(published),
      local: published.filter((p) => p.via === "local").length,
      national: published.filter((p) => p.via === "national").length,
    },
    delayed: lcsprList(delayed),
    withheld: lcsprList(withheld),
    pending: lcsprList(pending),
  };
}

/**
 * Publication status at period end, for an LCSPR signed off by then: delayed,
 * withheld (locally), or pending when not yet made public by then. Records
 * keep the current publication status only, so that is what is reported.
 */
function publicationAtEnd(r: PracticeReview, period: RollupPeriod): "delayed" | "withheld" | "pending" | undefined {
  if (!byEnd(r.dates?.signedOff, period)) return undefined;
  const status = r.publication?.status;
  if (status === "delayed") return "delayed";
  if (status === "withheld-locally") return "withheld";
  const first = firstPublication(r);
  // Recorded as published without a date: not counted as published, nor as pending.
  if (first === undefined) return status === "published" || r.status === "published" ? undefined : "pending";
  return byEnd(first.date, period) ? undefined : "pending";
}

function firstPublication(r: PracticeReview): { date: string; field: string; via: "local" | "national" } | undefined {
  const local = r.dates?.published;
  const national = r.dates?.nationalRepository;
  if (local !== undefined && (national === undefined || local <= national)) return { date: local, field: "dates.published", via: "local" };
  if (national !== undefined) return { date: national, field: "dates.nationalRepository", via: "national" };
  return undefined;
}

function lcsprList<T extends LcsprItem>(items: T[]): LcsprList & { items: T[] } {
  const sorted = [...items].sort(byDateThenId);
  return { count: sorted.length, cases: sorted.reduce((sum, i) => sum + i.cases, 0), items: sorted };
}

const REVIEW_DATE_FIELDS = ["decision", "commissioned", "draftAgreed", "signedOff", "presented", "sentToPanel", "published", "nationalRepository"] as const;

/**
 * Older kinds (SCR, multi-agency, partnership and single-agency reviews) are
 * listed, not counted: those with a dated event in the period, and those
 * still unpublished at period end (an SCR awaiting the end of criminal
 * proceedings stays on the report's list until it is published).
 */
function olderKinds(reviews: readonly Located<PracticeReview>[], period: RollupPeriod): OlderReview[] {
  const out: OlderReview[] = [];
  for (const { file, record: r } of reviews) {
    if (r.kind === "lcspr") continue;
    const dates = REVIEW_DATE_FIELDS.flatMap((f) => (r.dates?.[f] ? [{ field: `dates.${f}`, date: r.dates[f]! }] : []));
    const events = dates.filter((e) => inPeriod(e.date, period)).sort((a, b) => compareText(a.date, b.date) || compareText(a.field, b.field));
    const publishedBy = r.dates?.published ?? r.dates?.nationalRepository;
    const unpublished = publishedBy !== undefined
      ? publishedBy > period.end
      : r.status !== "published" && r.publication?.status !== "published";
    const started = dates.length === 0 || dates.some((e) => e.date <= period.end);
    if (events.length === 0 && !(unpublished && started)) continue;
    out.push({
      id: r.id, file, kind: r.kind, kindLabel: kindInfo(r.kind)?.label ?? r.kind, pseudonym: r.pseudonym,
      status: r.status, publication: r.publication?.status ?? null, events,
    });
  }
  return out.sort((a, b) => compareText(a.kind, b.kind) || compareText(a.id, b.id));
}
