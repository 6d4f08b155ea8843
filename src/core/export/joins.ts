// Lists become one readable cell, items joined with "; " (a spreadsheet cell
// holds one value), ids shown as the partnership's own labels.
import type { Child, LearningItem, Recommendation } from "../model/records.js";
import { labelOf } from "../model/names.js";
import type { RecordStore } from "../model/store.js";

export const SEPARATOR = "; ";

export function joinList(items: readonly (string | undefined)[] | undefined): string | undefined {
  const kept = (items ?? []).filter((i): i is string => Boolean(i));
  return kept.length ? kept.join(SEPARATOR) : undefined;
}

export interface Labels {
  agency(id: string): string;
  group(id: string): string;
  term(vocabulary: "learningThemes" | "abuseTypes" | "ageBands" | "roles", id: string): string;
  priority(id: string): string;
  grade(scale: string | undefined, id: string): string;
  gradeScale(id: string): string;
}

export function labelsOf(store: RecordStore): Labels {
  const p = store.partnership?.record;
  return {
    agency: (id) => store.agencyName(id),
    group: (id) => labelOf(p?.groups, id),
    term: (vocabulary, id) => labelOf(p?.vocabularies[vocabulary], id),
    priority: (id) => labelOf(p?.priorities, id),
    grade: (scale, id) => labelOf(p?.vocabularies.auditGradeScales.find((s) => s.id === scale)?.grades, id),
    gradeScale: (id) => labelOf(p?.vocabularies.auditGradeScales, id),
  };
}

export function learning(items: readonly LearningItem[] | undefined): string | undefined {
  return joinList(items?.map((i) => (typeof i === "string" ? i : i.publishable ? `${i.text} (publishable)` : i.text)));
}

export function recommendations(items: readonly Recommendation[] | undefined, labels: Labels): string | undefined {
  return joinList(items?.map((r) => `${r.id}: ${r.text}${r.for ? ` (for ${labels.agency(r.for)})` : ""}`));
}

export function children(items: readonly Child[] | undefined, labels: Labels): string | undefined {
  return joinList(items?.map((c) => `${labels.term("ageBands", c.ageBand)} ${c.sex}`));
}
