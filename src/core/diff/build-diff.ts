// BASE and HEAD, each loaded from texts by loadStore, become one DiffView:
// what the change means for the partnership, in sorted, repeatable order.
import type { Finding } from "../findings.js";
import type { RecordStore } from "../model/store.js";
import type { LoadResult } from "../validate/load-store.js";
import { actionsCompleted, dueMoves, publicationChanges, statusChanges } from "./changes.js";
import { missedDeadlines, overdueActions } from "./facts.js";
import { matchRecords, type RecordPair } from "./match.js";
import type { DiffView, FindingChange, MissedDeadline, OverdueAction, RecordChange } from "./model.js";
import { ragChanges } from "./rag.js";
import { byIdThenFile, refOf } from "./titles.js";
import { changedFields } from "./values.js";

export interface DiffOptions {
  base: string;
  head: string;
  asOf: string;
}

export function buildDiff(base: LoadResult, head: LoadResult, options: DiffOptions): DiffView {
  const matched = matchRecords(base.store.records, head.store.records);
  const pairs = [...matched.pairs].sort((a, b) => byIdThenFile({ id: a.head.record.id, file: a.head.file }, { id: b.head.record.id, file: b.head.file }));
  const headIdOf = new Map(pairs.map((p) => [p.base.record.id, p.head.record.id]));
  const changed = pairs.flatMap((p) => recordChange(p, head.store));
  const headFiles = new Set(head.store.records.map((r) => r.file));
  const brokenAtHead = new Set(head.findings.filter((f) => !headFiles.has(f.file)).map((f) => f.file));
  const rag = ragChanges(base.store, head.store, brokenAtHead);
  const newOverdue = newlyOverdue(base.store, head.store, options.asOf, headIdOf);
  const newMissed = newlyMissed(base.store, head.store, options.asOf, headIdOf);
  const introduced = introducedFindings(base.findings, head.findings, pairs);
  const removed = matched.removed.filter((r) => !brokenAtHead.has(r.file));
  const noLongerValid = matched.removed.filter((r) => brokenAtHead.has(r.file));
  const resolved = Math.max(0, base.findings.length - (head.findings.length - introduced.length));
  const sorted = <T extends { id: string; file: string }>(list: T[]) => list.sort(byIdThenFile);
  return {
    base: options.base,
    head: options.head,
    asOf: options.asOf,
    summary: {
      added: matched.added.length,
      removed: removed.length,
      noLongerValid: noLongerValid.length,
      changed: changed.length,
      renamed: changed.filter((c) => c.renamedFrom).length,
      idChanged: changed.filter((c) => c.idChangedFrom).length,
      ragWorse: rag.filter((r) => r.direction === "worse").length,
      ragBetter: rag.filter((r) => r.direction === "better").length,
      newOverdue: newOverdue.length,
      newMissedDeadlines: newMissed.length,
      findingsIntroduced: introduced.length,
      findingsResolved: resolved,
    },
    added: sorted(matched.added.map((r) => refOf(r, head.store))),
    removed: sorted(removed.map((r) => refOf(r, base.store))),
    noLongerValid: sorted(noLongerValid.map((r) => refOf(r, base.store))),
    changed,
    statusChanges: sorted(statusChanges(pairs, head.store)),
    ragChanges: rag,
    dueMoves: sorted(dueMoves(pairs, head.store)),
    actionsCompleted: sorted(actionsCompleted(pairs, matched.added, head.store)),
    publication: publicationChanges(pairs, matched.added, head.store).sort((a, b) => byIdThenFile(a, b) || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0)),
    newOverdue,
    newMissedDeadlines: newMissed,
    findingsIntroduced: introduced,
    findingsResolved: resolved,
  };
}

function recordChange(p: RecordPair, head: RecordStore): RecordChange[] {
  const fields = changedFields(p.base.record, p.head.record).filter((f) => !(p.idChangedFrom && f === "id"));
  if (!fields.length && !p.renamedFrom && !p.idChangedFrom) return [];
  const change: RecordChange = { ...refOf(p.head, head), fields };
  if (p.renamedFrom) change.renamedFrom = p.renamedFrom;
  if (p.idChangedFrom) change.idChangedFrom = p.idChangedFrom;
  return [change];
}

function newlyOverdue(base: RecordStore, head: RecordStore, asOf: string, headIdOf: ReadonlyMap<string, string>): OverdueAction[] {
  const before = new Set([...overdueActions(base, asOf).keys()].map((id) => headIdOf.get(id) ?? id));
  return [...overdueActions(head, asOf).values()]
    .filter((f) => !before.has(f.action.record.id))
    .map((f) => ({ ...refOf(f.action, head), due: f.action.record.due, daysOverdue: f.daysOverdue, leadAgency: head.agencyName(f.action.record.leadAgency) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || byIdThenFile(a, b));
}

function newlyMissed(base: RecordStore, head: RecordStore, asOf: string, headIdOf: ReadonlyMap<string, string>): MissedDeadline[] {
  const rekey = (key: string) => {
    const [id = "", ...rest] = key.split("\0");
    return [headIdOf.get(id) ?? id, ...rest].join("\0");
  };
  const before = new Set([...missedDeadlines(base, asOf).keys()].map(rekey));
  return [...missedDeadlines(head, asOf).entries()]
    .filter(([key]) => !before.has(key))
    .map(([, f]) => ({ id: f.record, kind: head.get(f.record)?.record.kind ?? "", title: f.label, file: f.file, deadline: f.deadline, due: f.due }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : byIdThenFile(a, b)));
}

/** Findings at HEAD that BASE did not have; line numbers move with edits, so they are not part of the match. */
function introducedFindings(base: readonly Finding[], head: readonly Finding[], pairs: readonly RecordPair[]): FindingChange[] {
  const headFileOf = new Map(pairs.map((p) => [p.base.file, p.head.file]));
  const key = (file: string, f: Finding) => `${file}\0${f.rule}\0${f.severity}\0${f.message}`;
  const before = new Map<string, number>();
  for (const f of base) {
    const k = key(headFileOf.get(f.file) ?? f.file, f);
    before.set(k, (before.get(k) ?? 0) + 1);
  }
  const introduced: FindingChange[] = [];
  for (const f of head) {
    const k = key(f.file, f);
    const left = before.get(k) ?? 0;
    if (left > 0) before.set(k, left - 1);
    else introduced.push({ file: f.file, line: f.line, rule: f.rule, severity: f.severity, message: f.message });
  }
  return introduced;
}
