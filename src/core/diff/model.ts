// The view of a change between two revisions of a store, in domain terms. The
// Markdown comment, the terminal view and --format json all show this object.
import type { Severity } from "../findings.js";
import type { Rag } from "../model/records.js";

export interface RecordRef {
  id: string;
  kind: string;
  /** How people name it: a pseudonym, an audit title, an action's description (shortened). */
  title: string;
  file: string;
}

export interface RecordChange extends RecordRef {
  /** Readable paths of what changed, e.g. "dates.signedOff", "progress (1 added)". */
  fields: string[];
  /** The file moved (same id, another path). */
  renamedFrom?: string;
  /** The id changed (same file, or same content apart from the id). */
  idChangedFrom?: string;
}

export interface StatusChange extends RecordRef {
  from: string;
  to: string;
}

export type RagDirection = "worse" | "better" | "new" | "removed";

/** Where a rating sits: a cycle (or six-steps record), an agency and a standard (or question). */
export interface RatedItem {
  /** S11 cycle id, or the six-steps record id. */
  context: string;
  contextTitle: string;
  agency: string;
  agencyName: string;
  /** S11 standard id or six-steps question id. */
  standard: string;
  standardTitle: string;
  file: string;
}

export interface RagChange extends RatedItem {
  from?: Rag;
  to?: Rag;
  direction: RagDirection;
}

export interface DueMove extends RecordRef {
  from: string;
  to: string;
  direction: "later" | "earlier";
  /** How many times this action's due date has moved in all (dueHistory at HEAD, at least this move). */
  timesMoved: number;
  reason?: string;
}

export interface ActionCompleted extends RecordRef {
  completed?: string;
  hasImpactEvidence: boolean;
  /** Impact evidence required because the action answers an LCSPR (Working Together: action plan review). */
  fromLcspr: boolean;
}

export interface PublicationChange extends RecordRef {
  /** The review's report, or a learning briefing (any record kind). */
  what: "report" | "briefing";
  from?: string;
  to?: string;
  published?: string;
  reason?: string;
}

export interface OverdueAction extends RecordRef {
  due: string;
  daysOverdue: number;
  leadAgency: string;
}

export interface MissedDeadline extends RecordRef {
  deadline: string;
  due: string;
}

export interface FindingChange {
  file: string;
  line: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface DiffView {
  base: string;
  head: string;
  asOf: string;
  summary: {
    added: number;
    removed: number;
    noLongerValid: number;
    changed: number;
    renamed: number;
    idChanged: number;
    ragWorse: number;
    ragBetter: number;
    newOverdue: number;
    newMissedDeadlines: number;
    findingsIntroduced: number;
    findingsResolved: number;
  };
  added: RecordRef[];
  removed: RecordRef[];
  /** Valid at BASE; at HEAD its file is still there but fails the schemas (see findingsIntroduced). */
  noLongerValid: RecordRef[];
  changed: RecordChange[];
  statusChanges: StatusChange[];
  ragChanges: RagChange[];
  dueMoves: DueMove[];
  actionsCompleted: ActionCompleted[];
  publication: PublicationChange[];
  newOverdue: OverdueAction[];
  newMissedDeadlines: MissedDeadline[];
  findingsIntroduced: FindingChange[];
  findingsResolved: number;
}
