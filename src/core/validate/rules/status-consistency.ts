// A status must agree with the dates and reasons that prove it: published
// needs a publication date, delayed or withheld needs a reason, complete
// needs a completion date, cancelled needs why.
import type { Located, PracticeReview } from "../../model/records.js";
import type { Rule, RuleContext } from "../rule-context.js";

const LIFECYCLE = ["commissioned", "in-progress", "draft-agreed", "signed-off", "presented", "published"] as const;
const NEEDS_DATE: Array<[number, keyof PracticeReview["dates"]]> = [[3, "signedOff"], [4, "presented"], [5, "published"]];

export const reviewStatus: Rule = (ctx) => {
  for (const r of ctx.store.rapidReviews) {
    const rr = r.record;
    if ((rr.status === "meeting-held" || rr.status === "sent-to-panel" || rr.status === "decided") && !rr.dates.meeting) {
      missing(ctx, r, "/dates", "meeting", `status is ${rr.status}`);
    }
    if ((rr.status === "sent-to-panel" || rr.status === "decided") && !rr.dates.sentToPanel) missing(ctx, r, "/dates", "sentToPanel", `status is ${rr.status}`);
    if (rr.status === "decided") {
      if (!rr.decision) missing(ctx, r, "", "decision", "status is decided");
      if (!rr.dates.decision) missing(ctx, r, "/dates", "decision", "status is decided");
    }
    if (rr.decision?.outcome === "lcspr" && !rr.decision.lcspr) missing(ctx, r, "/decision", "lcspr", "the outcome is lcspr (name the LCSPR's id)");
    if (rr.decision && rr.decision.outcome !== "lcspr" && rr.decision.lcspr) {
      ctx.report(r, "/decision/lcspr", "status-dates", `names an LCSPR but the outcome is ${rr.decision.outcome}; set outcome: lcspr or remove decision.lcspr`);
    }
  }
  for (const r of ctx.store.practiceReviews) practiceReviewStatus(ctx, r);
};

function practiceReviewStatus(ctx: RuleContext, r: Located<PracticeReview>): void {
  const review = r.record;
  const rank = LIFECYCLE.indexOf(review.status);
  for (const [needed, key] of NEEDS_DATE) {
    if (rank >= needed && !review.dates[key]) missing(ctx, r, "/dates", key, `status is ${review.status}`);
  }
  const pub = review.publication;
  if (review.status === "published" && pub && pub.status !== "published") {
    ctx.report(r, "/publication/status", "status-dates", `status is published but publication.status is ${pub.status}; make them agree`);
  }
  if (pub?.status === "published" && !review.dates.published) missing(ctx, r, "/dates", "published", "publication.status is published");
  if (review.dates.published && pub && pub.status !== "published") {
    ctx.report(r, "/dates/published", "status-dates", `has a publication date but publication.status is ${pub.status}; set it to published or remove the date`);
  }
  if ((pub?.status === "delayed" || pub?.status === "withheld-locally") && !pub.reason) {
    missing(ctx, r, "/publication", "reason", `publication is ${pub.status} (say why, for example ongoing criminal proceedings)`);
  }
  if (review.kind === "lcspr" && !review.rapidReviews?.length && !review.thematic) {
    ctx.report(r, "", "lcspr-rapid-review", "an LCSPR should name the rapid review it arose from in rapidReviews", "warning", "key");
  }
  if (review.thematic && (review.rapidReviews?.length ?? 0) < 2) {
    ctx.report(r, "/thematic", "lcspr-rapid-review", "a thematic review covers several cases; list each case's rapid review in rapidReviews", "warning");
  }
}

export const auditStatus: Rule = (ctx) => {
  for (const r of ctx.store.audits) {
    const a = r.record;
    if (a.status === "completed" && !a.dates.held) missing(ctx, r, "/dates", "held", "status is completed");
    if (a.status === "cancelled" && !a.cancellation) missing(ctx, r, "", "cancellation", "status is cancelled (give the reason: it shows in the annual report)");
    if (a.status !== "cancelled" && a.cancellation) ctx.report(r, "/cancellation", "status-dates", `has a cancellation but status is ${a.status}; set status: cancelled or remove it`);
    if (a.status === "cancelled" && !a.dates.planned) missing(ctx, r, "/dates", "planned", "the audit is cancelled (the planned date places it in its year)", "warning");
  }
};

export const actionStatus: Rule = (ctx) => {
  for (const r of ctx.store.actions) {
    const a = r.record;
    if (a.status === "complete" && !a.completed) missing(ctx, r, "", "completed", "status is complete");
    if (a.status !== "complete" && a.completed) ctx.report(r, "/completed", "status-dates", `has a completion date but status is ${a.status}; set status: complete or remove it`);
    if (a.status === "cancelled" && !a.cancellation) missing(ctx, r, "", "cancellation", "status is cancelled");
    if (a.status !== "cancelled" && a.cancellation) ctx.report(r, "/cancellation", "status-dates", `has a cancellation but status is ${a.status}`);
  }
};

function missing(ctx: RuleContext, r: Located, parent: string, key: string, because: string, severity: "error" | "warning" = "error"): void {
  const where = parent ? `${parent.slice(1).replace(/\//g, ".")}.` : "";
  ctx.report(r, parent, "status-dates", `missing ${where}${key}: ${because}`, severity, "key");
}
