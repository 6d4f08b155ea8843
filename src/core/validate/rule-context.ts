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

export interface RuleContext {
  store: RecordStore;
  /** Every id in the store with its kind, including records that failed the schema. */
  allIds: ReadonlyMap<string, { kind: string; file: string }>;
  report(where: Located | string, pointer: string, rule: string, message: string, severity?: Severity, at?: "key" | "value"): void;
}

export type Rule = (ctx: RuleContext) => void;
