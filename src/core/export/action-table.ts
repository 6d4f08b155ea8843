// One row per action, with whether it is overdue as of the export's date
// (the actions rule: src/core/facts/overdue.ts).
import { existedOn, overdueStatus } from "../facts/overdue.js";
import type { Action, Located } from "../model/records.js";
import type { RecordStore } from "../model/store.js";
import { joinList, type Labels } from "./joins.js";
import { bool, buildTable, date, internal, num, text, type ColumnDef, type ExportTable } from "./model.js";

export function actionTable(store: RecordStore, labels: Labels, asOf: string, includeInternal: boolean): ExportTable {
  type A = Located<Action>;
  const state = (a: A) => (existedOn(a.record, asOf) ? overdueStatus(a.record, asOf) : undefined);
  const last = <T>(list: readonly T[] | undefined) => (list?.length ? list[list.length - 1] : undefined);
  const defs: ColumnDef<A>[] = [
    text("id", "Id", (a) => a.record.id),
    text("sourceType", "Source type", (a) => a.record.source.type),
    text("sourceRecord", "Source record", (a) => a.record.source.record),
    text("recommendation", "Recommendation", (a) => a.record.source.recommendation),
    text("standard", "S11 standard", (a) => a.record.source.standard),
    text("item", "Six-steps question", (a) => a.record.source.item),
    text("reference", "Tracker reference", (a) => a.record.source.reference),
    text("description", "Action", (a) => a.record.description),
    text("leadAgencyId", "Lead agency id", (a) => a.record.leadAgency),
    text("leadAgency", "Lead agency", (a) => labels.agency(a.record.leadAgency)),
    text("owner", "Owner", (a) => a.record.owner),
    text("group", "Monitoring group", (a) => labels.group(a.record.group)),
    date("created", "Created", (a) => a.record.created),
    date("due", "Due", (a) => a.record.due),
    date("firstDue", "First due", (a) => a.record.dueHistory?.[0]?.due ?? a.record.due),
    num("dueMoves", "Times due date moved", (a) => a.record.dueHistory?.length ?? 0),
    text("dueHistory", "Earlier due dates", (a) => joinList(a.record.dueHistory?.map((h) => `${h.due} (changed ${h.changed}${h.reason ? `: ${h.reason}` : ""})`))),
    text("status", "Status", (a) => a.record.status),
    date("asOf", "Overdue as of", () => asOf),
    bool("overdue", "Overdue", (a) => state(a)?.state === "overdue"),
    num("daysOverdue", "Days overdue", (a) => state(a)?.daysOverdue),
    date("completed", "Completed", (a) => a.record.completed),
    date("cancelled", "Cancelled on", (a) => a.record.cancellation?.date),
    text("cancellationReason", "Cancellation reason", (a) => a.record.cancellation?.reason),
    date("lastUpdate", "Last update", (a) => last(a.record.progress)?.date),
    text("progress", "Progress updates", (a) => joinList(a.record.progress?.map((p) => `${p.date}${p.status ? ` [${p.status}]` : ""}: ${p.note}`))),
    num("impactCount", "Impact evidence", (a) => a.record.impact?.length ?? 0),
    text("impact", "Evidence of impact", (a) => joinList(a.record.impact?.map((i) => `${i.date}: ${i.text}`))),
    internal(text("notes", "Notes (internal)", (a) => a.record.notes)),
    text("file", "File", (a) => a.file),
  ];
  return buildTable("actions", "Actions", defs, store.actions, includeInternal);
}
