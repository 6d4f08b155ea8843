// A status must agree with the dates and reasons that prove it: published
// needs a publication date, delayed or withheld needs a reason, complete
// needs a completion date, cancelled needs why.
import { PRACTICE_REVIEW_KINDS } from "../../model/kinds.js";
import type { Located, PracticeReview } from "../../model/records.js";
import type { RecordRule, ReportContext } from "../rule-context.js";

const LIFECYCLE = ["commissioned", "in-progress", "draft-agreed", "signed-off", "presented", "published"] as const;
const NEEDS_DATE: Array<[number, keyof PracticeReview["dates"]]> = [[3, "signedOff"], [4, "presented"], [5, "published"]];

export const reviewStatus: RecordRule = (r, ctx) => {
  if (PRACTICE_REVIEW_KINDS.has(r.record.kind)) practiceReviewStatus(ctx, r as Located<PracticeReview>);
  if (r.record.kind === "rapid-review") {
    const rr = r.record;
    const because = `status is ${rr.status}`;
    if ((rr.status === "meeting-held" || rr.status === "sent-to-panel" || rr.status === "decided") && !rr.dates.meeting) {
      missing(ctx, r, "/dates", "meeting", because, "the date of the rapid review meeting");
    }
    if ((rr.status === "sent-to-panel" || rr.status === "decided") && !rr.dates.sentToPanel) {
      missing(ctx, r, "/dates", "sentToPanel", because, "the date the rapid review went to the Panel");
    }
    if (rr.status === "decided") {
      if (!rr.decision) missing(ctx, r, "/status", "decision", because, "the outcome: decision: {outcome: lcspr | no-lcspr | other}");
      if (!rr.dates.decision) missing(ctx, r, "/dates", "decision", because, "the date of the decision");
    }
    if (rr.decision?.outcome === "lcspr" && !rr.decision.lcspr) {
      missing(ctx, r, "/decision", "lcspr", "decision.outcome is lcspr", "the id of the LCSPR it progressed to");
    }
    if (rr.decision && rr.decision.outcome !== "lcspr" && rr.decision.lcspr) {
      ctx.report(r, "/decision/lcspr", "status-dates", `decision.lcspr names an LCSPR but decision.outcome is ${rr.decision.outcome}; set outcome: lcspr or remove decision.lcspr`);
    }
  }
};

function practiceReviewStatus(ctx: ReportContext, r: Located<PracticeReview>): void {
  const review = r.record;
  const rank = LIFECYCLE.indexOf(review.status);
  const pub = review.publication;
  for (const [needed, key] of NEEDS_DATE) {
    if (rank >= needed && !review.dates[key]) missing(ctx, r, "/dates", key, `status is ${review.status}`, `the date of ${key === "signedOff" ? "sign-off" : key === "presented" ? "presentation at Board" : "publication"}`);
  }
  if (review.status === "published" && pub && pub.status !== "published") {
    ctx.report(r, "/publication/status", "status-dates", `publication.status is ${pub.status} but status is published; make them agree`);
  }
  // Reported once: the lifecycle check above already asks for it when status is published.
  if (pub?.status === "published" && !review.dates.published && review.status !== "published") {
    missing(ctx, r, "/dates", "published", "publication.status is published", "the date of publication");
  }
  if (review.dates.published && pub && pub.status !== "published") {
    ctx.report(r, "/dates/published", "status-dates", `dates.published is set but publication.status is ${pub.status}; set it to published or remove the date`);
  }
  if ((pub?.status === "delayed" || pub?.status === "withheld-locally") && !pub.reason) {
    missing(ctx, r, "/publication", "reason", `publication.status is ${pub.status}`, "why, for example ongoing criminal proceedings");
  }
  if (review.kind === "lcspr" && !review.rapidReviews?.length && !review.thematic) {
    ctx.report(r, "", "lcspr-rapid-review", "rapidReviews: an LCSPR should name the rapid review it arose from (rapidReviews: [rr-…])", "warning", "key");
  }
  if (review.thematic && (review.rapidReviews?.length ?? 0) < 2) {
    ctx.report(r, "/thematic", "lcspr-rapid-review", "thematic: a thematic review covers several cases; list each case's rapid review in rapidReviews", "warning");
  }
}

export const auditStatus: RecordRule = (r, ctx) => {
  if (r.record.kind === "audit") {
    const a = r.record;
    if (a.status === "completed" && !a.dates.held) missing(ctx, r, "/dates", "held", "status is completed", "the date the audit was held");
    if (a.status === "cancelled" && !a.cancellation) {
      missing(ctx, r, "/status", "cancellation", "status is cancelled", "the reason, which the annual report shows: cancellation: {reason: …}");
    }
    if (a.status !== "cancelled" && a.cancellation) ctx.report(r, "/cancellation", "status-dates", `cancellation is given but status is ${a.status}; set status: cancelled or remove it`);
    if (a.status === "cancelled" && !a.dates.planned) {
      missing(ctx, r, "/dates", "planned", "the audit is cancelled", "the planned date, which places it in its year", "warning");
    }
  }
};

export const actionStatus: RecordRule = (r, ctx) => {
  if (r.record.kind === "action") {
    const a = r.record;
    if (a.status === "complete" && !a.completed) missing(ctx, r, "/status", "completed", "status is complete", "the date it was completed: completed: YYYY-MM-DD");
    if (a.status !== "complete" && a.completed) ctx.report(r, "/completed", "status-dates", `completed is set but status is ${a.status}; set status: complete or remove the date`);
    if (a.status === "cancelled" && !a.cancellation) missing(ctx, r, "/status", "cancellation", "status is cancelled", "when and why: cancellation: {date: YYYY-MM-DD, reason: …}");
    if (a.status !== "cancelled" && a.cancellation) ctx.report(r, "/cancellation", "status-dates", `cancellation is given but status is ${a.status}; set status: cancelled or remove it`);
  }
};

/**
 * `key` is missing. `at` is where to point: the mapping that should hold it
 * ("/dates"), or for a top-level key the field that demands it ("/status").
 */
function missing(ctx: ReportContext, r: Located, at: string, key: string, because: string, needs: string, severity: "error" | "warning" = "error"): void {
  const parent = at === "/dates" || at === "/decision" || at === "/publication" ? `${at.slice(1)}.` : "";
  ctx.report(r, at, "status-dates", `missing ${parent}${key}: ${because}, so add ${needs}`, severity, "key");
}
