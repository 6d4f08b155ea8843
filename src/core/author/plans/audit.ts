// A multi-agency case file audit: what and why, where it is (a cancelled
// audit needs its reason: the annual report shows it), then, once held, the
// cases and their grades, learning and recommendations.
import { idFrom } from "../ids.js";
import { getPath } from "../paths.js";
import type { Plan, Scope } from "../types.js";
import { agenciesQuestion, choices, fixed, idQuestion, prioritiesQuestion, recommendationsQuestion, text, themesQuestion } from "./common.js";

const status = (s: Scope) => s.item.status;
const done = (s: Scope) => status(s) === "completed";
const held = (s: Scope) => status(s) === "completed" || status(s) === "in-progress";

function grades(s: Scope) {
  const scaleId = (s.root.gradeScale as string | undefined) ?? s.ctx.partnership.vocabularies.auditGradeScales[0]?.id;
  const scale = s.ctx.partnership.vocabularies.auditGradeScales.find((g) => g.id === scaleId);
  return (scale?.grades ?? []).map((g) => ({ value: g.id, label: g.label }));
}

export const auditPlan: Plan = {
  kind: "audit",
  questions: [
    { key: "title", type: "text", required: true },
    {
      key: "type",
      type: "select",
      required: true,
      choices: fixed(["regular", "Regular: part of the child protection process"], ["thematic", "Thematic: cases with a theme"], ["deep-dive", "Deep dive: practitioners, children and parents take part"]),
    },
    {
      key: "status",
      type: "select",
      required: true,
      default: () => "planned",
      choices: fixed(["planned", "Planned"], ["in-progress", "In progress"], ["completed", "Completed"], ["cancelled", "Cancelled"]),
    },
    { key: "dates.planned", type: "date", required: (s) => status(s) === "planned" || status(s) === "cancelled" },
    { key: "dates.held", type: "date", past: true, required: done, when: held },
    { key: "dates.reportSignedOff", type: "date", past: true, when: done, after: ["dates.held"] },
    { key: "dates.presented", type: "date", past: true, when: done, after: ["dates.reportSignedOff", "dates.held"] },
    { key: "cancellation.reason", type: "text", required: true, when: (s) => status(s) === "cancelled" },
    { key: "cancellation.date", type: "date", past: true, when: (s) => status(s) === "cancelled" },
    { key: "rationale", type: "text" },
    { key: "themesTested", type: "texts" },
    themesQuestion(),
    prioritiesQuestion(),
    agenciesQuestion(),
    { key: "participants.practitioners", type: "confirm", omitFalse: true, when: (s) => s.item.type === "deep-dive" && held(s) },
    { key: "participants.children", type: "confirm", omitFalse: true, when: (s) => s.item.type === "deep-dive" && held(s) },
    { key: "participants.parents", type: "confirm", omitFalse: true, when: (s) => s.item.type === "deep-dive" && held(s) },
    { key: "gradeScale", type: "select", when: done, default: (s) => s.ctx.partnership.vocabularies.auditGradeScales[0]?.id, choices: choices.scales },
    {
      key: "cases",
      type: "repeat",
      noun: "case",
      when: done,
      compact: ["ref", "grade", "ageBand"],
      itemLabel: (_item, i) => `Case ${i + 1}`,
      items: [
        { key: "ref", type: "text", required: true, default: (s) => `case-${Number(/\[(\d+)\]$/.exec(s.path)?.[1] ?? 0) + 1}` },
        { key: "grade", type: "select", required: true, choices: grades },
        { key: "ageBand", type: "select", choices: choices.ageBands, empty: "(not recorded)" },
      ],
    },
    { key: "keyLearning", type: "texts", when: done },
    { ...recommendationsQuestion("required", "audit"), when: done },
    { key: "changes", type: "texts", when: done },
    { key: "lettersOfRecognition", type: "integer", min: 0, max: 1000, when: done },
    { key: "summary", type: "text", when: done },
    idQuestion((s) => {
      const date = (getPath(s.item, "dates.held") ?? getPath(s.item, "dates.planned") ?? s.ctx.asOf) as string;
      return idFrom("audit", date.slice(0, 7), text(s.item.title)?.split(/\s+/).slice(0, 5).join(" "));
    }),
  ],
};
