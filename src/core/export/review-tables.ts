// One row per rapid review and per practice review (LCSPR and older kinds).
import { financialYearOf } from "../dates/financial-year.js";
import type { Located, PracticeReview, RapidReview } from "../model/records.js";
import type { RecordStore } from "../model/store.js";
import { children, joinList, learning, recommendations, type Labels } from "./joins.js";
import { briefingDefs } from "./briefing-columns.js";
import { bool, buildTable, date, internal, num, text, type ColumnDef, type ExportTable } from "./model.js";

/** The children and what happened to them, the same columns on both sheets. */
function caseDefs<R extends Located<RapidReview | PracticeReview>>(labels: Labels): ColumnDef<R>[] {
  return [
    num("childrenCount", "Children", (r) => r.record.children?.length),
    text("children", "Children (age band, sex)", (r) => children(r.record.children, labels)),
    text("abuseTypes", "Primary abuse types", (r) => joinList(r.record.abuseTypes?.map((id) => labels.term("abuseTypes", id)))),
    text("themes", "Learning themes", (r) => joinList(r.record.themes?.map((id) => labels.term("learningThemes", id)))),
    text("priorities", "Priorities", (r) => joinList(r.record.priorities?.map(labels.priority))),
    text("agencies", "Agencies involved", (r) => joinList(r.record.agencies?.map(labels.agency))),
  ];
}

/** What the review found and the actions it led to. */
function findingsDefs<R extends Located<RapidReview | PracticeReview>>(store: RecordStore, labels: Labels): ColumnDef<R>[] {
  return [
    text("summary", "Summary", (r) => r.record.summary),
    internal(text("circumstances", "Circumstances (internal)", (r) => r.record.circumstances)),
    text("keyLearning", "Key learning", (r) => learning(r.record.keyLearning)),
    text("recommendations", "Recommendations", (r) => recommendations(r.record.recommendations, labels)),
    num("actions", "Actions", (r) => store.actionsBySource.get(r.record.id)?.length ?? 0),
  ];
}

export function rapidReviewTable(store: RecordStore, labels: Labels, includeInternal: boolean): ExportTable {
  type R = Located<RapidReview>;
  const defs: ColumnDef<R>[] = [
    text("id", "Id", (r) => r.record.id),
    text("pseudonym", "Pseudonym", (r) => r.record.pseudonym),
    text("status", "Status", (r) => r.record.status),
    text("financialYear", "Financial year (aware)", (r) => financialYearOf(r.record.dates.aware).label),
    date("incident", "Incident", (r) => r.record.dates.incident),
    date("aware", "Partnership aware", (r) => r.record.dates.aware),
    date("panelNotified", "Panel notified", (r) => r.record.dates.panelNotified),
    date("meeting", "Rapid review meeting", (r) => r.record.dates.meeting),
    date("sentToPanel", "Sent to Panel", (r) => r.record.dates.sentToPanel),
    date("decisionDate", "Decision date", (r) => r.record.dates.decision),
    ...caseDefs<R>(labels),
    text("decision", "Decision", (r) => r.record.decision?.outcome),
    text("lcspr", "LCSPR", (r) => r.record.decision?.lcspr),
    bool("panelAgreed", "Panel agreed", (r) => r.record.decision?.panelAgreed),
    text("decisionRationale", "Decision rationale", (r) => r.record.decision?.rationale),
    ...findingsDefs<R>(store, labels),
    ...briefingDefs<R>((r) => r.record.briefing),
    internal(text("notes", "Notes (internal)", (r) => r.record.notes)),
    text("file", "File", (r) => r.file),
  ];
  return buildTable("rapid-reviews", "Rapid reviews", defs, store.rapidReviews, includeInternal);
}

export function practiceReviewTable(store: RecordStore, labels: Labels, includeInternal: boolean): ExportTable {
  type R = Located<PracticeReview>;
  const d = (key: keyof PracticeReview["dates"], header: string) => date<R>(key, header, (r) => r.record.dates[key]);
  const defs: ColumnDef<R>[] = [
    text("id", "Id", (r) => r.record.id),
    text("kind", "Kind", (r) => r.record.kind),
    text("pseudonym", "Pseudonym", (r) => r.record.pseudonym),
    bool("thematic", "Thematic", (r) => r.record.thematic),
    text("rapidReviews", "Rapid reviews", (r) => joinList(r.record.rapidReviews)),
    text("agency", "Agency (single-agency review)", (r) => (r.record.agency ? labels.agency(r.record.agency) : undefined)),
    text("status", "Status", (r) => r.record.status),
    text("author", "Author", (r) => r.record.author),
    d("decision", "Decision"),
    d("commissioned", "Commissioned"),
    d("draftAgreed", "Draft agreed"),
    d("signedOff", "Signed off"),
    d("presented", "Presented at Board"),
    d("sentToPanel", "Final report to Panel"),
    d("published", "Published"),
    d("nationalRepository", "National repository"),
    text("publication", "Publication status", (r) => r.record.publication?.status),
    text("publicationReason", "Publication reason", (r) => r.record.publication?.reason),
    date("publicationExpected", "Publication expected", (r) => r.record.publication?.expected),
    text("publicationUrl", "Publication address", (r) => r.record.publication?.url),
    ...caseDefs<R>(labels),
    ...findingsDefs<R>(store, labels),
    date("actionPlanReview", "Action plan review held", (r) => r.record.actionPlanReview?.heldOn),
    text("actionPlanImpact", "Action plan review: impact", (r) => joinList(r.record.actionPlanReview?.impact?.map((i) => `${labels.agency(i.agency)}: ${i.text}`))),
    date("evidencingImpact", "Evidencing impact event", (r) => r.record.evidencingImpact?.date),
    text("evidencingImpactSummary", "Evidencing impact: summary", (r) => r.record.evidencingImpact?.summary),
    ...briefingDefs<R>((r) => r.record.briefing),
    internal(text("notes", "Notes (internal)", (r) => r.record.notes)),
    text("file", "File", (r) => r.file),
  ];
  return buildTable("practice-reviews", "Practice reviews", defs, store.practiceReviews, includeInternal);
}
