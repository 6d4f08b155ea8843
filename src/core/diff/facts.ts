// Facts as of a date that a change can newly make true: an action overdue, a
// deadline missed. Compared between BASE and HEAD, only what HEAD newly makes
// true is reported.
import { computeDeadlines, DEADLINE_LABELS } from "../facts/deadlines.js";
import { overdueStatus, existedOn } from "../facts/overdue.js";
import type { Action, Located } from "../model/records.js";
import type { RecordStore } from "../model/store.js";

export interface OverdueFact {
  action: Located<Action>;
  daysOverdue: number;
}

/** Actions overdue as of `asOf`, by the actions rule (src/core/facts/overdue.ts): open and due before the date. */
export function overdueActions(store: RecordStore, asOf: string): Map<string, OverdueFact> {
  const out = new Map<string, OverdueFact>();
  for (const action of store.actions) {
    if (!existedOn(action.record, asOf) || out.has(action.record.id)) continue;
    const status = overdueStatus(action.record, asOf);
    if (status.state === "overdue") out.set(action.record.id, { action, daysOverdue: status.daysOverdue ?? 0 });
  }
  return out;
}

export interface DeadlineFact {
  record: string;
  file: string;
  label: string;
  /** What was due, in words, with how the due date was worked out. */
  deadline: string;
  due: string;
}

/**
 * Deadlines missed as of `asOf`: met late, or still not met after the due
 * date (src/core/facts/deadlines.ts: Working Together's working-day
 * timescales and the framework's local rhythms), by record and deadline.
 */
export function missedDeadlines(store: RecordStore, asOf: string): Map<string, DeadlineFact> {
  const out = new Map<string, DeadlineFact>();
  for (const line of computeDeadlines(store, { asOf }).lines) {
    if (line.state !== "missed" && line.state !== "overdue") continue;
    const key = `${line.record}\0${line.kind}\0${line.from}`;
    if (!out.has(key)) out.set(key, { record: line.record, file: line.file, label: line.label, deadline: `${DEADLINE_LABELS[line.kind]}: ${line.basis}`, due: line.due });
  }
  return out;
}
