// Every export table of a store, in sheet order, or the one asked for.
import type { RecordStore } from "../model/store.js";
import { actionTable } from "./action-table.js";
import { auditCaseTable, auditTable } from "./audit-tables.js";
import { labelsOf } from "./joins.js";
import { EXPORT_KINDS, type ExportKind, type ExportTable } from "./model.js";
import { practiceReviewTable, rapidReviewTable } from "./review-tables.js";
import { s11CycleTable, s11RatingTable, sixStepsTable } from "./s11-tables.js";

export interface ExportOptions {
  asOf: string;
  kinds?: readonly ExportKind[];
  includeInternal: boolean;
}

export function buildExportTables(store: RecordStore, options: ExportOptions): ExportTable[] {
  const labels = labelsOf(store);
  const internal = options.includeInternal;
  const builders: Record<ExportKind, () => ExportTable> = {
    "rapid-reviews": () => rapidReviewTable(store, labels, internal),
    "practice-reviews": () => practiceReviewTable(store, labels, internal),
    audits: () => auditTable(store, labels, internal),
    "audit-cases": () => auditCaseTable(store, labels, internal),
    "s11-cycles": () => s11CycleTable(store, labels, internal),
    "s11-ratings": () => s11RatingTable(store, labels, internal),
    "six-steps": () => sixStepsTable(store, internal),
    actions: () => actionTable(store, labels, options.asOf, internal),
  };
  const wanted = options.kinds ?? EXPORT_KINDS;
  return EXPORT_KINDS.filter((k) => wanted.includes(k)).map((k) => builders[k]());
}
