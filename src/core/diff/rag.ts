// RAG ratings compared per agency and standard (Section 11) and per question
// (six steps). Amber → red is a worsening; a new amber or red rating matters
// because it needs an action plan (Working Together: Section 11 duties).
import type { Rag } from "../model/records.js";
import { RAG_SEVERITY, s11CycleTitle, sixStepsTitle } from "../model/names.js";
import type { RecordStore } from "../model/store.js";
import type { RagChange, RagDirection, RatedItem } from "./model.js";

interface Rated extends RatedItem {
  rating: Rag;
}

function ratingsOf(store: RecordStore): Map<string, Rated> {
  const out = new Map<string, Rated>();
  for (const { file, record } of store.s11Returns) {
    const cycle = store.get(record.cycle)?.record;
    const standards = cycle?.kind === "s11-cycle" ? cycle.standards : [];
    const contextTitle = cycle?.kind === "s11-cycle" ? s11CycleTitle(cycle) : record.cycle;
    for (const r of record.ratings) {
      const standardTitle = standards.find((s) => s.id === r.standard)?.title ?? r.standard;
      const key = `s11\0${record.cycle}\0${record.agency}\0${r.standard}`;
      if (!out.has(key)) out.set(key, { context: record.cycle, contextTitle, agency: record.agency, agencyName: store.agencyName(record.agency), standard: r.standard, standardTitle, rating: r.rating, file });
    }
  }
  for (const { file, record } of store.sixSteps) {
    for (const item of record.items) {
      const key = `six\0${record.id}\0${item.id}`;
      if (!out.has(key)) out.set(key, { context: record.id, contextTitle: sixStepsTitle(record), agency: "lead-partners", agencyName: "Lead safeguarding partners", standard: item.id, standardTitle: item.question, rating: item.rating, file });
    }
  }
  return out;
}

/** `unknownAtHead`: files that fail validation at HEAD; their ratings are unknown there, not removed. */
export function ragChanges(base: RecordStore, head: RecordStore, unknownAtHead: ReadonlySet<string> = new Set()): RagChange[] {
  const before = new Map([...ratingsOf(base)].filter(([, r]) => !unknownAtHead.has(r.file)));
  const after = ratingsOf(head);
  const changes: RagChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])]) {
    const b = before.get(key);
    const a = after.get(key);
    const direction = directionOf(b?.rating, a?.rating);
    if (!direction) continue;
    const shown = (a ?? b)!;
    const change: RagChange = { context: shown.context, contextTitle: shown.contextTitle, agency: shown.agency, agencyName: shown.agencyName, standard: shown.standard, standardTitle: shown.standardTitle, direction, file: shown.file };
    if (b) change.from = b.rating;
    if (a) change.to = a.rating;
    changes.push(change);
  }
  return changes.sort(compareRag);
}

function directionOf(from: Rag | undefined, to: Rag | undefined): RagDirection | undefined {
  if (from && to) return RAG_SEVERITY[to] > RAG_SEVERITY[from] ? "worse" : RAG_SEVERITY[to] < RAG_SEVERITY[from] ? "better" : undefined;
  if (to) return to === "green" ? undefined : "new";
  return from ? "removed" : undefined;
}

function compareRag(a: RagChange, b: RagChange): number {
  return cmp(a.context, b.context) || cmp(a.agencyName, b.agencyName) || a.standard.localeCompare(b.standard, "en", { numeric: true });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
