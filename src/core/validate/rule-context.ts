// What every cross-record rule sees: the store of schema-valid records, the
// ids of every record (valid or not, so one broken file does not make all
// its references dangle), and one way to report.
import type { Severity } from "../findings.js";
import type { Located } from "../model/records.js";
import type { RecordStore } from "../model/store.js";

export interface RuleReport {
  file: string;
  pointer: string;
  at?: "key" | "value";
  rule: string;
  severity: Severity;
  message: string;
}

/** An id seen in the store; `kind` is unknown when its file could not be read or parsed. */
export interface KnownId {
  kind?: string;
  file: string;
}

/** Every id of the store, each once with the file that declares it (a Map of them will do). */
export interface KnownIdIndex extends Iterable<[id: string, known: KnownId]> {
  get(id: string): KnownId | undefined;
  has(id: string): boolean;
}

/** What a record that failed its schema still says about the record it answers. */
export interface BrokenActionSource {
  file: string;
  recommendation?: unknown;
  standard?: unknown;
  item?: unknown;
}

/** What a rule about one record on its own needs: a way to report. */
export interface ReportContext {
  report(where: Located | string, pointer: string, rule: string, message: string, severity?: Severity, at?: "key" | "value"): void;
}

export interface RuleContext extends ReportContext {
  store: RecordStore;
  /** Every id in the store, including records that failed the schema or could not be parsed. */
  allIds: KnownIdIndex;
  /**
   * Actions that failed their schema, by the id in their source.record. They are
   * already reported; rules that look for "an action answering X" count them so
   * that one mistake is not reported twice.
   */
  brokenActionsBySource: ReadonlyMap<string, readonly BrokenActionSource[]>;
  /** "did you mean" for a dangling reference, among ids of the given kinds. */
  suggestId(id: string, kinds: ReadonlySet<string> | undefined): string;
}

/** A rule across the records of the store, run once they are all checked. */
export type Rule = (ctx: RuleContext) => void;

/**
 * A rule about one record on its own (its dates, its status, its file's
 * name): run on the whole record as its file is checked (checkFile), in
 * whichever thread checks it, and not again across the store.
 */
export type RecordRule = (r: Located, ctx: ReportContext) => void;
