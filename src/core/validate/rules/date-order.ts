// Dates follow the lifecycle: a step cannot happen before the one it follows.
import type { Located } from "../../model/records.js";
import type { Rule, RuleContext } from "../rule-context.js";

type Chain = readonly string[];

const CHAINS: Record<string, readonly Chain[]> = {
  "rapid-review": [["incident", "aware", "panelNotified"], ["aware", "meeting", "sentToPanel"], ["aware", "decision"]],
  practice: [["decision", "commissioned", "draftAgreed", "signedOff", "presented", "published"], ["sentToPanel", "published"], ["signedOff", "nationalRepository"]],
  audit: [["held", "reportSignedOff", "presented"]],
  "s11-cycle": [["launched", "returnsDue", "reportToBoard"], ["launched", "challengePanel"]],
};

const LABELS: Record<string, string> = {
  incident: "the incident", aware: "becoming aware", panelNotified: "Panel notification", meeting: "the rapid review meeting",
  sentToPanel: "sending to the Panel", decision: "the decision", commissioned: "commissioning", draftAgreed: "the draft agreed",
  signedOff: "sign-off", presented: "presentation", published: "publication", nationalRepository: "the national repository deposit",
  held: "the audit", reportSignedOff: "the report's sign-off", launched: "launch", returnsDue: "returns due",
  reportToBoard: "the report to Board", challengePanel: "the challenge panel",
};

function checkChains(ctx: RuleContext, r: Located, dates: Record<string, string | undefined> | undefined, chains: readonly Chain[]): void {
  if (!dates) return;
  const reported = new Set<string>();
  for (const chain of chains) {
    let prevKey: string | undefined;
    for (const key of chain) {
      const value = dates[key];
      if (!value) continue;
      const prev = prevKey ? dates[prevKey] : undefined;
      if (prevKey && prev && value < prev && !reported.has(key)) {
        reported.add(key);
        ctx.report(r, `/dates/${key}`, "date-order", `dates.${key} ${value} is before dates.${prevKey} ${prev}; ${LABELS[key] ?? key} cannot come before ${LABELS[prevKey] ?? prevKey}`);
      }
      prevKey = key;
    }
  }
}

export const lifecycleDateOrder: Rule = (ctx) => {
  for (const r of ctx.store.rapidReviews) checkChains(ctx, r, r.record.dates, CHAINS["rapid-review"]!);
  for (const r of ctx.store.practiceReviews) {
    checkChains(ctx, r, r.record.dates, CHAINS.practice!);
    const held = r.record.actionPlanReview?.heldOn;
    const signed = r.record.dates.signedOff;
    if (held && signed && held < signed) {
      ctx.report(r, "/actionPlanReview/heldOn", "date-order", `action plan review ${held} is before sign-off ${signed}`);
    }
  }
  for (const r of ctx.store.audits) checkChains(ctx, r, r.record.dates, CHAINS.audit!);
  for (const r of ctx.store.s11Cycles) checkChains(ctx, r, r.record.dates, CHAINS["s11-cycle"]!);
  for (const r of ctx.store.actions) checkActionDates(ctx, r);
};

function checkActionDates(ctx: RuleContext, r: Located): void {
  if (r.record.kind !== "action") return;
  const a = r.record;
  const before = (pointer: string, date: string | undefined, what: string, severity: "error" | "warning" = "error") => {
    if (date && date < a.created) ctx.report(r, pointer, "date-order", `${what} ${date} is before the action was created (${a.created})`, severity);
  };
  before("/completed", a.completed, "completed");
  before("/due", a.due, "due date", "warning");
  before("/cancellation/date", a.cancellation?.date, "cancelled");
  a.progress?.forEach((p, i) => before(`/progress/${i}/date`, p.date, "progress update", "warning"));
  a.dueHistory?.forEach((h, i) => before(`/dueHistory/${i}/changed`, h.changed, "due date change", "warning"));
  a.progress?.forEach((p, i) => {
    const prev = a.progress?.[i - 1];
    if (prev && p.date < prev.date) ctx.report(r, `/progress/${i}/date`, "date-order", `progress update ${p.date} comes after one dated ${prev.date}; keep updates oldest first`, "warning");
  });
}
