// Questions and choices that several kinds share: vocabularies from the
// partnership file, the children of a review, recommendations, the actions
// an amber or red rating needs, and the record's id.
import { freeId, isId, MAX_ID } from "../ids.js";
import type { Answers, Choice, PlanContext, Question, Scope } from "../types.js";

const terms = (list: ReadonlyArray<{ id: string; label?: string; name?: string; title?: string }> | undefined): Choice[] =>
  (list ?? []).map((t) => ({ value: t.id, label: t.label ?? t.name ?? t.title ?? t.id }));

export const choices = {
  agencies: (s: Scope) => terms(s.ctx.partnership.agencies),
  agenciesAndPartnership: (s: Scope) => [
    ...terms(s.ctx.partnership.agencies),
    { value: "partnership", label: `${s.ctx.partnership.shortName ?? "Partnership"} business unit (partnership)` },
  ],
  groups: (s: Scope) => terms(s.ctx.partnership.groups),
  themes: (s: Scope) => terms(s.ctx.partnership.vocabularies.learningThemes),
  abuseTypes: (s: Scope) => terms(s.ctx.partnership.vocabularies.abuseTypes),
  ageBands: (s: Scope) => terms(s.ctx.partnership.vocabularies.ageBands),
  priorities: (s: Scope) => terms(s.ctx.partnership.priorities),
  roles: (s: Scope) => terms(s.ctx.partnership.vocabularies.roles),
  scales: (s: Scope) => terms(s.ctx.partnership.vocabularies.auditGradeScales),
};

export const fixed = (...values: Array<[string, string]>) => (): Choice[] => values.map(([value, label]) => ({ value, label }));

export const RAG = fixed(
  ["green", "Green: fully meets the standard, embedded in front-line practice"],
  ["amber", "Amber: meets the standard, further action needed for best practice"],
  ["red", "Red: urgent action required to meet the standard"],
);

export const SEX = fixed(["female", "Female"], ["male", "Male"], ["not-recorded", "Not recorded"]);

/** The record's id, proposed from what was answered; it must be free. */
export function idQuestion(propose: (s: Scope) => string | undefined): Question {
  return {
    key: "id",
    type: "text",
    required: true,
    help: "The record's id: lower case and hyphens; the file is named <id>.yaml. Press Enter to take the proposal.",
    default: (s) => {
      const base = propose(s);
      if (!base) return undefined;
      const taken = new Set([...s.ctx.store.byId.keys(), ...s.ctx.takenIds]);
      return freeId(base, taken);
    },
    pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: `an id: lower-case letters, digits and single hyphens, at most ${MAX_ID} characters` },
    check: (value, s) => {
      if (!isId(value)) return `is longer than ${MAX_ID} characters`;
      const other = s.ctx.store.get(value);
      if (other || s.ctx.takenIds.has(value)) return `${value} is already used${other ? ` by ${other.file}` : ""}; every id must be unique`;
      return undefined;
    },
  };
}

export function childrenQuestion(min: number): Question {
  return {
    key: "children",
    type: "repeat",
    noun: "child",
    min,
    compact: ["ageBand", "sex"],
    itemLabel: (_item, i) => `Child ${i + 1}`,
    items: [
      { key: "ageBand", type: "select", required: true, choices: choices.ageBands },
      { key: "sex", type: "select", required: true, choices: SEX },
    ],
  };
}

export interface Extra {
  required?: boolean;
  min?: number;
  when?: (s: Scope) => boolean;
  default?: (s: Scope) => unknown;
}

const vocabMulti = (key: string, pick: (s: Scope) => Choice[], extra: Extra = {}): Question => ({ key, type: "multi", choices: pick, ...extra });

export const themesQuestion = (extra: Extra = {}) => vocabMulti("themes", choices.themes, extra);
export const abuseTypesQuestion = (extra: Extra = {}) => vocabMulti("abuseTypes", choices.abuseTypes, extra);
export const prioritiesQuestion = (extra: Extra = {}) => vocabMulti("priorities", choices.priorities, extra);
export const agenciesQuestion = (extra: Extra = {}) => vocabMulti("agencies", choices.agencies, extra);

/** What an action needs beyond where it comes from: asked for standalone actions and for follow-ups alike. */
export function actionCore(defaults: { leadAgency?: (s: Scope) => string | undefined; created?: (s: Scope) => string | undefined }): Question[] {
  return [
    { key: "description", type: "text", required: true },
    { key: "leadAgency", type: "select", required: true, choices: choices.agenciesAndPartnership, default: defaults.leadAgency },
    {
      key: "owner",
      type: "select",
      required: true,
      otherText: true,
      choices: choices.roles,
      help: "The owner's role (never a person's name): choose one, or type another role.",
    },
    { key: "group", type: "select", required: true, choices: choices.groups, default: defaultGroup },
    { key: "created", type: "date", required: true, past: true, default: defaults.created ?? ((s) => s.ctx.asOf) },
    { key: "due", type: "date", required: true, after: ["created"] },
  ];
}

/** The group most actions are monitored by, when the partnership has it. */
function defaultGroup(s: Scope): string | undefined {
  const ids = s.ctx.partnership.groups.map((g) => g.id);
  const wanted = s.ctx.kind === "s11-return" || s.ctx.kind === "audit" ? "qa-subgroup" : s.ctx.kind === "six-steps" ? "planning-group" : "case-review-group";
  return ids.includes(wanted) ? wanted : undefined;
}

/**
 * Follow-up actions written as their own files beside the record: for an
 * amber or red Section 11 standard, a recommendation, a six-steps question.
 */
export function followUpActions(noun: string, min: number, label: (item: Answers, i: number, s: Scope) => string, leadAgency?: (s: Scope) => string | undefined): Question {
  return {
    key: "actions",
    type: "repeat",
    noun,
    min,
    itemLabel: label,
    message: `Actions (${noun})`,
    help: "Each becomes an action file in records/actions/, created with this record.",
    items: actionCore({ leadAgency, created: createdFromRoot }),
  };
}

function createdFromRoot(s: Scope): string {
  const r = s.root as { submitted?: string; assessed?: string; dates?: Record<string, string> };
  const candidates = [r.submitted, r.assessed, r.dates?.signedOff, r.dates?.held, r.dates?.sentToPanel];
  const date = candidates.find((d) => typeof d === "string");
  return date && date <= s.ctx.asOf ? date : s.ctx.asOf;
}

export function recommendationsQuestion(withActions: "required" | "optional" | "none", sourceNoun: string): Question {
  const items: Question[] = [
    { key: "id", type: "text", required: true, default: (s) => `r${Number(/\[(\d+)\]$/.exec(s.path)?.[1] ?? 0) + 1}` },
    { key: "text", type: "text", required: true },
    { key: "for", type: "select", choices: choices.agenciesAndPartnership, empty: "(no one agency)" },
  ];
  if (withActions !== "none") {
    items.push(followUpActions(`action for this recommendation of the ${sourceNoun}`, withActions === "required" ? 1 : 0,
      (item, i) => `Action ${i + 1} for recommendation ${String(item.id ?? "")}`.trim(),
      (s) => (typeof s.parent?.for === "string" ? s.parent.for : undefined)));
  }
  return { key: "recommendations", type: "repeat", noun: "recommendation", items, itemLabel: (_item, i) => `Recommendation ${i + 1}` };
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

export type { PlanContext };
