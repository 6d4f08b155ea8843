// Lists become one readable cell, items joined with "; " (a spreadsheet cell
// holds one value), ids shown as the partnership's own labels.
import type { Briefing, Child, LearningItem, Link, Recommendation } from "../model/records.js";
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
  const find = (list: ReadonlyArray<{ id: string; label?: string; name?: string; title?: string }> | undefined, id: string) => {
    const hit = list?.find((t) => t.id === id);
    return hit?.label ?? hit?.name ?? hit?.title ?? id;
  };
  return {
    agency: (id) => store.agencyName(id),
    group: (id) => find(p?.groups, id),
    term: (vocabulary, id) => find(p?.vocabularies[vocabulary], id),
    priority: (id) => find(p?.priorities, id),
    grade: (scale, id) => find(p?.vocabularies.auditGradeScales.find((s) => s.id === scale)?.grades, id),
    gradeScale: (id) => find(p?.vocabularies.auditGradeScales, id),
  };
}

export function learning(items: readonly LearningItem[] | undefined): string | undefined {
  return joinList(items?.map((i) => (typeof i === "string" ? i : i.publishable ? `${i.text} (publishable)` : i.text)));
}

export function recommendations(items: readonly Recommendation[] | undefined, labels: Labels): string | undefined {
  return joinList(items?.map((r) => `${r.id}: ${r.text}${r.for ? ` (for ${labels.agency(r.for)})` : ""}`));
}

export function links(items: readonly Link[] | undefined): string | undefined {
  return joinList(items?.map((l) => `${l.title} <${l.url}>`));
}

export function children(items: readonly Child[] | undefined, labels: Labels): string | undefined {
  return joinList(items?.map((c) => `${labels.term("ageBands", c.ageBand)} ${c.sex}`));
}

export function briefingColumns<T>(get: (item: T) => Briefing | undefined) {
  return {
    doDifferently: (item: T) => joinList(get(item)?.doDifferently),
    questions: (item: T) => joinList(get(item)?.questions),
    links: (item: T) => links(get(item)?.links),
    publishedOn: (item: T) => get(item)?.publishedOn,
  };
}
