// One row per audit, and one per audited case (the grade is for the whole
// multi-agency response to that case).
import { financialYearOf } from "../dates/financial-year.js";
import type { Audit, Located } from "../model/records.js";
import type { RecordStore } from "../model/store.js";
import { joinList, learning, recommendations, type Labels } from "./joins.js";
import { briefingDefs } from "./briefing-columns.js";
import { bool, buildTable, date, internal, num, text, type ColumnDef, type ExportTable } from "./model.js";

type A = Located<Audit>;

function auditYear(a: Audit): string | undefined {
  const when = a.dates.held ?? a.dates.planned ?? a.cancellation?.date;
  return when ? financialYearOf(when).label : undefined;
}

export function auditTable(store: RecordStore, labels: Labels, includeInternal: boolean): ExportTable {
  const defs: ColumnDef<A>[] = [
    text("id", "Id", (r) => r.record.id),
    text("title", "Title", (r) => r.record.title),
    text("type", "Type", (r) => r.record.type),
    text("status", "Status", (r) => r.record.status),
    text("financialYear", "Financial year", (r) => auditYear(r.record)),
    date("planned", "Planned for", (r) => r.record.dates.planned),
    date("held", "Held", (r) => r.record.dates.held),
    date("reportSignedOff", "Report signed off", (r) => r.record.dates.reportSignedOff),
    date("presented", "Presented", (r) => r.record.dates.presented),
    date("cancelled", "Cancelled on", (r) => r.record.cancellation?.date),
    text("cancellationReason", "Cancellation reason", (r) => r.record.cancellation?.reason),
    text("rationale", "Rationale", (r) => r.record.rationale),
    text("themesTested", "Themes tested", (r) => joinList(r.record.themesTested)),
    text("themes", "Learning themes", (r) => joinList(r.record.themes?.map((id) => labels.term("learningThemes", id)))),
    text("priorities", "Priorities", (r) => joinList(r.record.priorities?.map(labels.priority))),
    text("agencies", "Agencies involved", (r) => joinList(r.record.agencies?.map(labels.agency))),
    bool("practitioners", "Practitioners took part", (r) => r.record.participants?.practitioners),
    bool("childrenTookPart", "Children took part", (r) => r.record.participants?.children),
    bool("parents", "Parents took part", (r) => r.record.participants?.parents),
    text("gradeScale", "Grade scale", (r) => (r.record.gradeScale ? labels.gradeScale(r.record.gradeScale) : undefined)),
    num("cases", "Cases audited", (r) => r.record.cases?.length ?? 0),
    text("keyLearning", "Key learning", (r) => learning(r.record.keyLearning)),
    text("recommendations", "Recommendations", (r) => recommendations(r.record.recommendations, labels)),
    num("actions", "Actions", (r) => store.actionsBySource.get(r.record.id)?.length ?? 0),
    text("changes", "What changed", (r) => joinList(r.record.changes)),
    num("lettersOfRecognition", "Letters of recognition", (r) => r.record.lettersOfRecognition),
    text("summary", "Summary", (r) => r.record.summary),
    ...briefingDefs<A>((r) => r.record.briefing),
    internal(text("notes", "Notes (internal)", (r) => r.record.notes)),
    text("file", "File", (r) => r.file),
  ];
  return buildTable("audits", "Audits", defs, store.audits, includeInternal);
}

interface CaseRow {
  audit: A;
  ref: string;
  grade: string;
  ageBand?: string;
  summary?: string;
}

export function auditCaseTable(store: RecordStore, labels: Labels, includeInternal: boolean): ExportTable {
  const rows: CaseRow[] = store.audits.flatMap((audit) => (audit.record.cases ?? []).map((c) => ({ audit, ...c })));
  const defs: ColumnDef<CaseRow>[] = [
    text("audit", "Audit", (r) => r.audit.record.id),
    text("auditTitle", "Audit title", (r) => r.audit.record.title),
    text("auditType", "Audit type", (r) => r.audit.record.type),
    date("held", "Held", (r) => r.audit.record.dates.held),
    text("financialYear", "Financial year", (r) => auditYear(r.audit.record)),
    text("gradeScale", "Grade scale", (r) => (r.audit.record.gradeScale ? labels.gradeScale(r.audit.record.gradeScale) : undefined)),
    text("case", "Case", (r) => r.ref),
    text("grade", "Grade", (r) => labels.grade(r.audit.record.gradeScale, r.grade)),
    text("ageBand", "Age band", (r) => (r.ageBand ? labels.term("ageBands", r.ageBand) : undefined)),
    internal(text("summary", "Case summary (internal)", (r) => r.summary)),
    text("file", "File", (r) => r.audit.file),
  ];
  return buildTable("audit-cases", "Audited cases", defs, rows, includeInternal);
}
