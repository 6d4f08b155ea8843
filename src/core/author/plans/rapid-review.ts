// A rapid review, in the order the business manager meets it: who it is
// about, when the partnership became aware and what followed, the children,
// what was known, and the decision once made.
import { idFrom } from "../ids.js";
import { getPath } from "../paths.js";
import type { Plan, Scope } from "../types.js";
import { abuseTypesQuestion, agenciesQuestion, childrenQuestion, fixed, idQuestion, prioritiesQuestion, text, themesQuestion } from "./common.js";

const d = (s: Scope, key: string) => getPath(s.item, `dates.${key}`) as string | undefined;

const STATUSES = ["notified", "meeting-held", "sent-to-panel", "decided"];
/** How far along the review is: the dates a status needs are asked as required. */
const rank = (s: Scope) => STATUSES.indexOf(String(s.item.status));

const decided = (s: Scope) => s.item.status === "decided";
const outcome = (s: Scope) => getPath(s.item, "decision.outcome");

export const rapidReviewPlan: Plan = {
  kind: "rapid-review",
  questions: [
    { key: "pseudonym", type: "text", required: true, help: "For example 'Child 5' or 'Family DD'. Never a real name." },
    {
      key: "status",
      type: "select",
      required: true,
      default: () => "notified",
      choices: fixed(["notified", "Notified: the Panel has been told"], ["meeting-held", "Meeting held"], ["sent-to-panel", "Sent to the Panel"], ["decided", "Decided: the decision on a local review is made"]),
    },
    { key: "dates.incident", type: "date", past: true },
    { key: "dates.aware", type: "date", required: true, past: true, after: ["dates.incident"] },
    { key: "dates.panelNotified", type: "date", past: true, after: ["dates.aware"] },
    { key: "dates.meeting", type: "date", past: true, required: (s) => rank(s) >= 1, after: ["dates.aware"] },
    { key: "dates.sentToPanel", type: "date", past: true, required: (s) => rank(s) >= 2, after: ["dates.meeting", "dates.aware"] },
    { key: "dates.decision", type: "date", required: true, past: true, when: decided, after: ["dates.aware"] },
    {
      key: "decision.outcome",
      type: "select",
      required: true,
      when: decided,
      choices: fixed(["lcspr", "Progress to a Local Child Safeguarding Practice Review"], ["no-lcspr", "No local review: learning briefing and single-agency actions"], ["other", "Another kind of review or action"]),
    },
    {
      key: "decision.lcspr",
      type: "select",
      required: true,
      when: (s) => decided(s) && outcome(s) === "lcspr",
      help: "The LCSPR must exist first: record the review as sent-to-panel, run lif new lcspr, then record the decision.",
      choices: (s) => s.ctx.store.lcsprs.map((l) => ({ value: l.record.id, label: `${l.record.pseudonym} (${l.record.id})` })),
    },
    { key: "decision.panelAgreed", type: "confirm", when: decided },
    { key: "decision.rationale", type: "text", when: decided },
    childrenQuestion(1),
    abuseTypesQuestion({ required: true, min: 1 }),
    themesQuestion({ required: true, min: 1 }),
    prioritiesQuestion(),
    agenciesQuestion(),
    { key: "summary", type: "text" },
    { key: "keyLearning", type: "texts" },
    idQuestion((s) => {
      const aware = d(s, "aware");
      return idFrom("rr", aware?.slice(0, 7), text(s.item.pseudonym));
    }),
  ],
};

