// An action on its own: first where it comes from (the record, and the
// recommendation, standard or question it answers), then what, who, which
// group monitors it and when it is due.
import { idFrom, nextNumberedId } from "../ids.js";
import { getPath } from "../paths.js";
import type { Answers, Choice, Plan, Scope } from "../types.js";
import { actionCore, fixed, idQuestion } from "./common.js";
import { REVIEW_KINDS } from "../../model/kinds.js";

const KINDS_FOR: Record<string, (kind: string) => boolean> = {
  review: (k) => REVIEW_KINDS.has(k),
  audit: (k) => k === "audit",
  s11: (k) => k === "s11-return",
  "six-steps": (k) => k === "six-steps",
};

const type = (s: Scope) => getPath(s.item, "source.type") as string | undefined;
const sourceRecord = (s: Scope): Answers | undefined => {
  const id = getPath(s.item, "source.record");
  return typeof id === "string" ? (s.ctx.store.get(id)?.record as Answers | undefined) : undefined;
};

function recordChoices(s: Scope): Choice[] {
  const fits = KINDS_FOR[type(s) ?? ""];
  if (!fits) return [];
  return s.ctx.store.records
    .filter((r) => fits(r.record.kind))
    .map((r) => {
      const rec = r.record as unknown as Answers;
      return { value: r.record.id, label: String(rec.pseudonym ?? rec.title ?? r.record.id) + (rec.pseudonym || rec.title ? ` (${r.record.id})` : "") };
    });
}

export const actionPlan: Plan = {
  kind: "action",
  questions: [
    {
      key: "source.type",
      type: "select",
      required: true,
      choices: fixed(
        ["review", "A review (rapid review, LCSPR or older kind)"], ["audit", "A multi-agency audit"], ["s11", "A Section 11 return"],
        ["six-steps", "The six-steps self-assessment"], ["cdop", "The Child Death Overview Panel"], ["board", "The Board action tracker"],
        ["development-plan", "The Partnership Development Plan"], ["dashboard", "A performance-dashboard escalation"],
      ),
    },
    { key: "source.record", type: "select", required: true, when: (s) => Boolean(KINDS_FOR[type(s) ?? ""]), choices: recordChoices },
    {
      key: "source.recommendation",
      type: "select",
      when: (s) => (type(s) === "review" || type(s) === "audit") && Array.isArray(sourceRecord(s)?.recommendations),
      empty: "(none: not answering one recommendation)",
      choices: (s) => ((sourceRecord(s)?.recommendations as Array<{ id: string; text: string }> | undefined) ?? []).map((r) => ({ value: r.id, label: `${r.id}: ${r.text}` })),
    },
    {
      key: "source.standard",
      type: "select",
      required: true,
      when: (s) => type(s) === "s11",
      // Amber and red first: they are the ones that need action plans.
      choices: (s) => ((sourceRecord(s)?.ratings as Array<{ standard: string; rating: string }> | undefined) ?? [])
        .map((r, i) => ({ r, i }))
        .sort((a, b) => Number(a.r.rating === "green") - Number(b.r.rating === "green") || a.i - b.i)
        .map(({ r }) => ({ value: r.standard, label: `${r.standard} (${r.rating})` })),
    },
    {
      key: "source.item",
      type: "select",
      required: true,
      when: (s) => type(s) === "six-steps",
      choices: (s) => ((sourceRecord(s)?.items as Array<{ id: string; question: string; rating: string }> | undefined) ?? [])
        .map((i) => ({ value: i.id, label: `${i.id} (${i.rating}): ${i.question}` })),
    },
    { key: "source.reference", type: "text", when: (s) => !KINDS_FOR[type(s) ?? ""] },
    ...actionCore({ leadAgency: (s) => (getPath(sourceRecord(s) ?? {}, "agency") as string | undefined) }),
    {
      key: "status",
      type: "select",
      required: true,
      default: () => "not-started",
      choices: fixed(["not-started", "Not started"], ["in-progress", "In progress"], ["complete", "Complete"], ["cancelled", "Cancelled"]),
    },
    { key: "completed", type: "date", required: true, past: true, when: (s) => s.item.status === "complete", after: ["created"] },
    { key: "cancellation.date", type: "date", required: true, past: true, when: (s) => s.item.status === "cancelled", after: ["created"] },
    { key: "cancellation.reason", type: "text", required: true, when: (s) => s.item.status === "cancelled" },
    idQuestion((s) => {
      const record = getPath(s.item, "source.record");
      const base = typeof record === "string" ? idFrom("act", record) : idFrom("act", type(s), String(s.item.created ?? s.ctx.asOf).slice(0, 4));
      return nextNumberedId(base, new Set([...s.ctx.store.byId.keys(), ...s.ctx.takenIds]));
    }),
  ],
};
