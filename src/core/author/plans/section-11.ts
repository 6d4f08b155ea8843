// Section 11: a cycle (its standards and the agencies asked), an agency's
// return (a RAG rating per standard; every amber or red rating comes with an
// action plan, written as action files with the return), and the lead
// partners' six-steps self-assessment.
import type { S11Cycle, SixSteps } from "../../model/records.js";
import { idFrom } from "../ids.js";
import type { Answers, Plan, Scope } from "../types.js";
import { choices, followUpActions, idQuestion, RAG } from "./common.js";

/** The eight standards of the East Sussex framework, proposed for a first cycle. */
export const DEFAULT_STANDARDS: ReadonlyArray<{ id: string; title: string }> = [
  { id: "s1", title: "Senior management commitment" },
  { id: "s2", title: "Clear line of accountability" },
  { id: "s3", title: "Service development informed by the views of children and families" },
  { id: "s4", title: "Staff training" },
  { id: "s5", title: "Safer recruitment and allegations management" },
  { id: "s6", title: "Effective inter-agency working" },
  { id: "s7", title: "Information sharing and data management" },
  { id: "s8", title: "Recognition and response to risk" },
];

function latestCycle(s: Scope): S11Cycle | undefined {
  return [...s.ctx.store.s11Cycles].map((c) => c.record).sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)).pop();
}

const cycleOf = (s: Scope): S11Cycle | undefined => {
  const id = s.root.cycle;
  const found = typeof id === "string" ? s.ctx.store.get(id)?.record : undefined;
  return found?.kind === "s11-cycle" ? found : undefined;
};

const notGreen = (s: Scope) => s.item.rating === "amber" || s.item.rating === "red";

export const s11CyclePlan: Plan = {
  kind: "s11-cycle",
  questions: [
    { key: "year", type: "integer", min: 2004, max: 2100, required: true, default: (s) => Number(s.ctx.asOf.slice(0, 4)) },
    { key: "cycleNumber", type: "integer", min: 1, max: 100, default: (s) => (latestCycle(s)?.cycleNumber ?? 0) + 1 || undefined },
    { key: "title", type: "text", default: (s) => `Section 11 self-evaluation ${String(s.item.year ?? "")}`.trim() },
    { key: "jointWith", type: "texts" },
    {
      key: "previousCycle",
      type: "select",
      default: (s) => latestCycle(s)?.id,
      empty: "(none: this is the first cycle in the records)",
      choices: (s) => s.ctx.store.s11Cycles.map((c) => ({ value: c.record.id, label: c.record.title ?? c.record.id })),
    },
    { key: "dates.launched", type: "date" },
    { key: "dates.returnsDue", type: "date", after: ["dates.launched"] },
    { key: "dates.challengePanel", type: "date", after: ["dates.launched"] },
    { key: "dates.reportToBoard", type: "date", after: ["dates.returnsDue", "dates.launched"] },
    {
      key: "standards",
      type: "repeat",
      noun: "standard",
      min: 1,
      required: true,
      default: (s): Answers[] => {
        const prev = s.ctx.store.get(String(s.item.previousCycle ?? ""))?.record as S11Cycle | undefined;
        return (prev?.kind === "s11-cycle" ? prev.standards : DEFAULT_STANDARDS).map((st) => ({ ...st }));
      },
      compact: ["id", "title"],
      itemLabel: (_item, i) => `Standard ${i + 1}`,
      itemSummary: (st) => `${String(st.id)}: ${String(st.title)}`,
      items: [
        { key: "id", type: "text", required: true, default: (s) => `s${Number(/\[(\d+)\]$/.exec(s.path)?.[1] ?? 0) + 1}` },
        { key: "title", type: "text", required: true },
        { key: "wording", type: "text" },
      ],
    },
    {
      key: "agencies",
      type: "multi",
      required: true,
      choices: choices.agencies,
      default: (s) => s.ctx.partnership.agencies.map((a) => a.id),
    },
    { key: "summary", type: "text" },
    idQuestion((s) => idFrom("s11", String(s.item.year ?? ""))),
  ],
};

export const s11ReturnPlan: Plan = {
  kind: "s11-return",
  questions: [
    {
      key: "cycle",
      type: "select",
      required: true,
      default: (s) => latestCycle(s)?.id,
      help: "The Section 11 cycle (create it first with lif new s11-cycle).",
      choices: (s) => s.ctx.store.s11Cycles.map((c) => ({ value: c.record.id, label: c.record.title ?? c.record.id })),
    },
    {
      key: "agency",
      type: "select",
      required: true,
      choices: (s) => {
        const cycle = cycleOf(s);
        const returned = new Set(s.ctx.store.s11Returns.filter((r) => r.record.cycle === cycle?.id).map((r) => r.record.agency));
        const asked = cycle ? new Set(cycle.agencies) : undefined;
        return choices.agencies(s).filter((a) => !returned.has(a.value) && (!asked || asked.has(a.value)));
      },
    },
    { key: "submitted", type: "date", past: true },
    {
      key: "ratings",
      type: "repeat",
      noun: "rating",
      required: true,
      compact: ["standard", "rating"],
      seed: (s) => cycleOf(s)?.standards.map((st) => ({ standard: st.id })),
      itemLabel: (item, _i, s) => {
        const st = cycleOf(s)?.standards.find((x) => x.id === item.standard);
        return `Standard ${String(item.standard ?? "")}${st ? `: ${st.title}` : ""}`;
      },
      items: [
        {
          key: "standard",
          type: "select",
          required: true,
          choices: (s) => (cycleOf(s)?.standards ?? []).map((st) => ({ value: st.id, label: st.title })),
        },
        { key: "rating", type: "select", required: true, choices: RAG },
        { key: "evidence", type: "text" },
        { key: "areasForDevelopment", type: "text", when: notGreen },
        {
          ...followUpActions("action for this amber or red standard", 1, (_item, i) => `Action ${i + 1} of the action plan`, (s) => s.root.agency as string | undefined),
          when: notGreen,
        },
      ],
    },
    { key: "challengePanel.sampled", type: "confirm", omitFalse: true },
    idQuestion((s) => idFrom(String(s.item.cycle ?? "s11"), String(s.item.agency ?? ""))),
  ],
};

function latestSixSteps(s: Scope): SixSteps | undefined {
  return [...s.ctx.store.sixSteps].map((r) => r.record).sort((a, b) => a.assessed.localeCompare(b.assessed)).pop();
}

export const sixStepsPlan: Plan = {
  kind: "six-steps",
  questions: [
    { key: "assessed", type: "date", required: true, past: true },
    {
      key: "items",
      type: "repeat",
      noun: "question",
      required: true,
      min: 1,
      seed: (s) => latestSixSteps(s)?.items.map((i) => ({ id: i.id, step: i.step, question: i.question })),
      itemLabel: (item, i) => `Question ${String(item.id ?? i + 1)}${item.question ? `: ${String(item.question)}` : ""}`,
      items: [
        { key: "id", type: "text", required: true, default: (s) => `q${Number(/\[(\d+)\]$/.exec(s.path)?.[1] ?? 0) + 1}` },
        { key: "step", type: "integer", min: 1, max: 6, required: true },
        { key: "question", type: "text", required: true },
        { key: "rating", type: "select", required: true, choices: RAG },
        { key: "notes", type: "text" },
        {
          ...followUpActions("action for the Partnership Development Plan", 0, (_item, i) => `Development plan action ${i + 1}`, () => "partnership"),
          when: notGreen,
        },
      ],
    },
    idQuestion((s) => idFrom("six-steps", typeof s.item.assessed === "string" ? s.item.assessed.slice(0, 4) : undefined)),
  ],
};
