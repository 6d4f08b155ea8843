// Section 11: one row per cycle, one per rating (return × standard), and one
// per six-steps question.
import type { Located, S11Cycle, S11Rating, S11Return, SixSteps } from "../model/records.js";
import type { RecordStore } from "../model/store.js";
import { joinList, learning, type Labels } from "./joins.js";
import { briefingDefs } from "./briefing-columns.js";
import { bool, buildTable, date, internal, num, text, type ColumnDef, type ExportTable } from "./model.js";

export function s11CycleTable(store: RecordStore, labels: Labels, includeInternal: boolean): ExportTable {
  type C = Located<S11Cycle>;
  const defs: ColumnDef<C>[] = [
    text("id", "Id", (r) => r.record.id),
    text("title", "Title", (r) => r.record.title),
    num("year", "Year", (r) => r.record.year),
    num("cycleNumber", "Cycle number", (r) => r.record.cycleNumber),
    text("jointWith", "Run jointly with", (r) => joinList(r.record.jointWith)),
    text("previousCycle", "Previous cycle", (r) => r.record.previousCycle),
    date("launched", "Launched", (r) => r.record.dates?.launched),
    date("returnsDue", "Returns due", (r) => r.record.dates?.returnsDue),
    date("challengePanel", "Challenge panel", (r) => r.record.dates?.challengePanel),
    date("reportToBoard", "Report to Board", (r) => r.record.dates?.reportToBoard),
    text("standards", "Standards", (r) => joinList(r.record.standards.map((s) => `${s.id}: ${s.title}`))),
    text("standardWording", "Standards: wording", (r) => joinList(r.record.standards.map((s) => (s.wording ? `${s.id}: ${s.wording}` : undefined)))),
    text("agencies", "Agencies asked", (r) => joinList(r.record.agencies.map(labels.agency))),
    num("returns", "Returns", (r) => store.s11Returns.filter((x) => x.record.cycle === r.record.id).length),
    text("summary", "Summary", (r) => r.record.summary),
    text("keyLearning", "Key learning", (r) => learning(r.record.keyLearning)),
    ...briefingDefs<C>((r) => r.record.briefing),
    internal(text("notes", "Notes (internal)", (r) => r.record.notes)),
    text("file", "File", (r) => r.file),
  ];
  return buildTable("s11-cycles", "S11 cycles", defs, store.s11Cycles, includeInternal);
}

interface RatingRow {
  ret: Located<S11Return>;
  rating: S11Rating;
  cycle: S11Cycle | undefined;
}

export function s11RatingTable(store: RecordStore, labels: Labels, includeInternal: boolean): ExportTable {
  const rows: RatingRow[] = store.s11Returns.flatMap((ret) => {
    const found = store.get(ret.record.cycle)?.record;
    const cycle = found?.kind === "s11-cycle" ? found : undefined;
    return ret.record.ratings.map((rating) => ({ ret, rating, cycle }));
  });
  const actionsFor = (r: RatingRow) =>
    joinList((store.actionsBySource.get(r.ret.record.id) ?? []).filter((a) => a.record.source.standard === r.rating.standard).map((a) => a.record.id).sort());
  const defs: ColumnDef<RatingRow>[] = [
    text("cycle", "Cycle", (r) => r.ret.record.cycle),
    num("cycleYear", "Cycle year", (r) => r.cycle?.year),
    text("return", "Return", (r) => r.ret.record.id),
    text("agencyId", "Agency id", (r) => r.ret.record.agency),
    text("agency", "Agency", (r) => labels.agency(r.ret.record.agency)),
    date("submitted", "Submitted", (r) => r.ret.record.submitted),
    text("standard", "Standard", (r) => r.rating.standard),
    text("standardTitle", "Standard title", (r) => r.cycle?.standards.find((s) => s.id === r.rating.standard)?.title),
    text("rating", "Rating", (r) => r.rating.rating),
    text("evidence", "Evidence", (r) => r.rating.evidence),
    text("areasForDevelopment", "Areas for development", (r) => r.rating.areasForDevelopment),
    text("actions", "Actions", actionsFor),
    bool("sampled", "Sampled for challenge panel", (r) => r.ret.record.challengePanel?.sampled),
    date("panelDate", "Challenge panel date", (r) => r.ret.record.challengePanel?.date),
    text("panelFeedback", "Challenge panel feedback", (r) => r.ret.record.challengePanel?.feedback),
    internal(text("notes", "Return notes (internal)", (r) => r.ret.record.notes)),
    text("file", "File", (r) => r.ret.file),
  ];
  return buildTable("s11-ratings", "S11 ratings", defs, rows, includeInternal);
}

interface StepRow {
  assessment: Located<SixSteps>;
  item: SixSteps["items"][number];
}

export function sixStepsTable(store: RecordStore, includeInternal: boolean): ExportTable {
  const rows: StepRow[] = store.sixSteps.flatMap((assessment) => assessment.record.items.map((item) => ({ assessment, item })));
  const defs: ColumnDef<StepRow>[] = [
    text("assessment", "Assessment", (r) => r.assessment.record.id),
    date("assessed", "Agreed on", (r) => r.assessment.record.assessed),
    text("question", "Question id", (r) => r.item.id),
    num("step", "Step", (r) => r.item.step),
    text("questionText", "Question", (r) => r.item.question),
    text("rating", "Rating", (r) => r.item.rating),
    text("itemNotes", "Discussion", (r) => r.item.notes),
    text("actions", "Actions", (r) => joinList((store.actionsBySource.get(r.assessment.record.id) ?? []).filter((a) => a.record.source.item === r.item.id).map((a) => a.record.id).sort())),
    internal(text("notes", "Assessment notes (internal)", (r) => r.assessment.record.notes)),
    text("file", "File", (r) => r.assessment.file),
  ];
  return buildTable("six-steps", "Six steps", defs, rows, includeInternal);
}
