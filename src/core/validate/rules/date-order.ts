// Dates follow the lifecycle: a step cannot happen before the one it follows.
import { itemPointer, readablePath } from "../../findings.js";
import { listSome } from "../../text/lists.js";
import type { Action, Located, PracticeReview } from "../../model/records.js";
import { PRACTICE_REVIEW_KINDS } from "../../model/kinds.js";
import type { RecordRule, ReportContext } from "../rule-context.js";

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

const label = (key: string) => LABELS[key] ?? key;

/** One wrong order: `early` should be on or before `late`, but is after it. */
interface Conflict {
  early: string;
  late: string;
}

// Every review, audit and cycle is checked: nothing is allocated until a
// pair of dates is out of order.
function conflictsOf(dates: Record<string, string | undefined>, chains: readonly Chain[]): Conflict[] {
  let conflicts: Conflict[] | undefined;
  let seen: Set<string> | undefined;
  for (const chain of chains) {
    for (let i = 0; i < chain.length; i++) {
      const early = chain[i]!;
      const a = dates[early];
      if (!a) continue;
      for (let j = i + 1; j < chain.length; j++) {
        const late = chain[j]!;
        const b = dates[late];
        if (!b || a <= b) continue;
        const pair = `${early}>${late}`;
        seen ??= new Set();
        if (seen.has(pair)) continue;
        seen.add(pair);
        (conflicts ??= []).push({ early, late });
      }
    }
  }
  return conflicts ?? [];
}

/**
 * Blames the date that disagrees with the most others (a signedOff typed a
 * year late is after presentation and publication; they are right, it is
 * wrong), on a tie the later step, and says what it disagrees with.
 */
function checkChains(ctx: ReportContext, r: Located, dates: Record<string, string | undefined> | undefined, chains: readonly Chain[]): void {
  if (!dates) return;
  let open = conflictsOf(dates, chains);
  if (!open.length) return;
  const order = [...new Set(chains.flat())];
  while (open.length) {
    const count = new Map<string, number>();
    for (const c of open) for (const k of [c.early, c.late]) count.set(k, (count.get(k) ?? 0) + 1);
    const blamed = [...count].sort((x, y) => y[1] - x[1] || order.indexOf(y[0]) - order.indexOf(x[0]))[0]![0];
    const mine = open.filter((c) => c.early === blamed || c.late === blamed);
    ctx.report(r, `/dates/${blamed}`, "date-order", describe(blamed, dates, mine));
    open = open.filter((c) => c.early !== blamed && c.late !== blamed);
  }
}

function describe(key: string, dates: Record<string, string | undefined>, conflicts: readonly Conflict[]): string {
  const after = conflicts.filter((c) => c.early === key).map((c) => c.late);
  const before = conflicts.filter((c) => c.late === key).map((c) => c.early);
  const show = (keys: string[]) => listSome(keys.map((k) => `dates.${k} ${dates[k]}`)).replace(/, (?=[^,]*$)/, " and ");
  const parts: string[] = [];
  if (before.length) parts.push(`is before ${show(before)}; ${label(key)} cannot come before ${before.map(label).join(" or ")}`);
  if (after.length) parts.push(`is after ${show(after)}; ${label(key)} must come before ${after.map(label).join(" and ")}`);
  return `dates.${key} ${dates[key]} ${parts.join(", and ")} (correct whichever date is wrong)`;
}

export const lifecycleDateOrder: RecordRule = (r, ctx) => {
  const record = r.record;
  switch (record.kind) {
    case "rapid-review":
      return checkChains(ctx, r, record.dates, CHAINS["rapid-review"]!);
    case "audit":
      return checkChains(ctx, r, record.dates, CHAINS.audit!);
    case "s11-cycle":
      return checkChains(ctx, r, record.dates, CHAINS["s11-cycle"]!);
    case "action":
      return checkActionDates(ctx, r as Located<Action>);
  }
  if (!PRACTICE_REVIEW_KINDS.has(record.kind)) return;
  const review = record as PracticeReview;
  checkChains(ctx, r, review.dates, CHAINS.practice!);
  const held = review.actionPlanReview?.heldOn;
  const signed = review.dates.signedOff;
  if (held && signed && held < signed) {
    ctx.report(r, "/actionPlanReview/heldOn", "date-order", `actionPlanReview.heldOn ${held} is before dates.signedOff ${signed}; the action plan is reviewed after sign-off`);
  }
};

function checkActionDates(ctx: ReportContext, r: Located<Action>): void {
  const a = r.record;
  notBeforeCreated(ctx, r, a.completed, "/completed");
  notBeforeCreated(ctx, r, a.due, "/due", "warning");
  notBeforeCreated(ctx, r, a.cancellation?.date, "/cancellation/date");
  const progress = a.progress ?? [];
  for (let i = 0; i < progress.length; i++) notBeforeCreated(ctx, r, progress[i]!.date, "/progress", "warning", i, "/date");
  const history = a.dueHistory ?? [];
  for (let i = 0; i < history.length; i++) notBeforeCreated(ctx, r, history[i]!.changed, "/dueHistory", "warning", i, "/changed");
  for (let i = 1; i < progress.length; i++) {
    const p = progress[i]!;
    const prev = progress[i - 1]!;
    if (p.date < prev.date) {
      ctx.report(r, `/progress/${i}/date`, "date-order", `progress[${i}].date ${p.date} is before the update above it (${prev.date}); keep updates oldest first`, "warning");
    }
  }
}

/**
 * Reports an action's `date` before its created date, at `base`, or at
 * `base/index/tail` for an item of a list: the pointer and its readable
 * path are only made for a report.
 */
function notBeforeCreated(ctx: ReportContext, r: Located<Action>, date: string | undefined, base: string, severity: "error" | "warning" = "error", index?: number, tail = ""): void {
  const created = r.record.created;
  if (!date || date >= created) return;
  const pointer = itemPointer(base, index, tail);
  ctx.report(r, pointer, "date-order", `${readablePath(pointer)} ${date} is before created ${created}; nothing can happen to an action before it was agreed`, severity);
}
