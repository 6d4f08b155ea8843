// The view a one-page learning briefing is rendered from: one shape for
// every kind (rapid review, LCSPR and older kinds, audit, S11 cycle) so
// templates share partials; kind-specific parts are null for other kinds.
import type { IsoDate } from "../../dates/calendar.js";
import { PRACTICE_REVIEW_KINDS } from "../../model/kinds.js";
import type { Audit, Briefing, LifRecord, Located, PracticeReview, RapidReview, S11Cycle, S11Return } from "../../model/records.js";
import { ordinalWord } from "../format.js";
import {
  kindLabel, labels, learningTexts, nullify, PRACTICE_STATUS, PUBLICATION_STATUS, RAPID_STATUS, RecordViews, termLabel, type RenderInput,
} from "./common.js";

export const BRIEFING_KINDS = ["rapid-review", ...PRACTICE_REVIEW_KINDS, "audit", "s11-cycle"] as const;

/** The template a kind renders with; a store may add `briefing/<kind>` to specialise one kind. */
export function briefingTemplateNames(kind: string): string[] {
  if (kind === "rapid-review" || kind === "audit" || kind === "s11-cycle") return [`briefing/${kind}`];
  return [`briefing/${kind}`, "briefing/practice-review"];
}

interface Fact {
  label: string;
  value: string;
}

export interface BriefingView {
  audience: string;
  isPublic: boolean;
  partnership: { name: string; shortName: string };
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  restricted: boolean;
  restriction: string | null;
  /** Why only part of the review is shown, in words. */
  restrictionText: string | null;
  status: string;
  publication: { status: string; label: string; expected: IsoDate | null; reason: string | null; url: string | null } | null;
  dates: Array<{ label: string; date: IsoDate }>;
  facts: Fact[];
  summary: string | null;
  circumstances: string | null;
  notes: string | null;
  keyLearning: string[];
  doDifferently: string[];
  questions: string[];
  links: Array<{ title: string; url: string }>;
  briefingPublishedOn: IsoDate | null;
  recommendations: Array<{ id: string; text: string; for: string | null }>;
  decision: { outcome: string; text: string } | null;
  audit: {
    type: string;
    rationale: string | null;
    themesTested: string[];
    cases: number;
    grades: Array<{ label: string; count: number }>;
    caseSummaries: Array<{ ref: string; grade: string; summary: string }>;
    changes: string[];
    lettersOfRecognition: number | null;
    cancellation: string | null;
  } | null;
  s11: {
    standards: Array<{ id: string; title: string; green: number; amber: number; red: number; notRated: number }>;
    agenciesAsked: number;
    returnsIn: number;
    jointWith: string[];
  } | null;
  /** The audience-filtered record itself, for store templates that show more. */
  record: LifRecord;
}

export function briefingView(located: Located, input: RenderInput): { view: BriefingView; views: RecordViews } {
  const views = new RecordViews(input);
  const record = views.show(located);
  const restricted = views.isRestricted(located.record);
  const p = input.store.partnership?.record;
  const base = {
    audience: input.audience,
    isPublic: input.audience === "public",
    partnership: { name: p?.name ?? "", shortName: p?.shortName ?? p?.name ?? "" },
    id: record.id,
    kind: record.kind,
    kindLabel: kindLabel(record.kind),
    restricted,
    restriction: restricted ? (views.restriction(located.record) ?? null) : null,
    restrictionText: restricted ? restrictionText(located.record.kind, views.restriction(located.record)!) : null,
    notes: record.notes ?? null,
    decision: null,
    audit: null,
    s11: null,
    record,
  };
  const briefing = (record as { briefing?: Briefing }).briefing;
  const common = {
    keyLearning: learningTexts((record as { keyLearning?: RapidReview["keyLearning"] }).keyLearning),
    doDifferently: briefing?.doDifferently ?? [],
    questions: briefing?.questions ?? [],
    links: briefing?.links ?? [],
    briefingPublishedOn: briefing?.publishedOn ?? null,
    recommendations: ((record as { recommendations?: RapidReview["recommendations"] }).recommendations ?? []).map((r) => ({
      id: r.id, text: r.text, for: r.for ? input.store.agencyName(r.for) : null,
    })),
  };
  let view: BriefingView;
  if (record.kind === "rapid-review") view = { ...base, ...common, ...rapidReviewPart(record, input) };
  else if (PRACTICE_REVIEW_KINDS.has(record.kind)) view = { ...base, ...common, ...practiceReviewPart(record as PracticeReview, input) };
  else if (record.kind === "audit") view = { ...base, ...common, ...auditPart(record, input) };
  else if (record.kind === "s11-cycle") view = { ...base, ...common, ...s11Part(record, input, views) };
  else throw new Error(`no briefing for a ${record.kind} record`);
  return { view: nullify(view), views };
}

function restrictionText(kind: string, restriction: string): string {
  const whose = kind === "rapid-review" ? "the local review it led to" : "this review";
  const why = restriction === "delayed" ? `Publication of ${whose} is delayed.` : `${whose.charAt(0).toUpperCase()}${whose.slice(1)} is not published locally.`;
  return `${why} Only its status and the learning agreed for publication are shown here.`;
}

type Part = Omit<BriefingView, "audience" | "isPublic" | "partnership" | "id" | "kind" | "kindLabel" | "restricted" | "restriction" | "restrictionText" | "notes" | "record"
  | "keyLearning" | "doDifferently" | "questions" | "links" | "briefingPublishedOn" | "recommendations" | "decision" | "audit" | "s11"> & Partial<BriefingView>;

function dated(entries: Array<[string, IsoDate | undefined]>): Array<{ label: string; date: IsoDate }> {
  return entries.filter((e): e is [string, IsoDate] => e[1] !== undefined).map(([label, date]) => ({ label, date }));
}

function vocab(input: RenderInput) {
  return input.store.partnership?.record.vocabularies;
}

function childFacts(children: RapidReview["children"] | undefined, input: RenderInput): Fact[] {
  if (!children?.length) return [];
  const bands = labels(vocab(input)?.ageBands, children.map((c) => c.ageBand));
  const counts = new Map<string, number>();
  for (const b of bands) counts.set(b, (counts.get(b) ?? 0) + 1);
  const text = [...counts].map(([band, n]) => (n === 1 ? band : `${band}: ${n}`)).join("; ");
  return [{ label: "Children", value: `${children.length} (${text})` }];
}

function termFacts(record: { abuseTypes?: string[]; themes?: string[]; agencies?: string[] }, input: RenderInput): Fact[] {
  const facts: Fact[] = [];
  if (record.abuseTypes?.length) facts.push({ label: "Primary abuse or neglect", value: labels(vocab(input)?.abuseTypes, record.abuseTypes).join("; ") });
  if (record.themes?.length) facts.push({ label: "Learning themes", value: labels(vocab(input)?.learningThemes, record.themes).join("; ") });
  if (record.agencies?.length) facts.push({ label: "Agencies involved", value: record.agencies.map((a) => input.store.agencyName(a)).join("; ") });
  return facts;
}

function rapidReviewPart(r: RapidReview, input: RenderInput): Part {
  const lcspr = r.decision?.lcspr ? input.store.get<PracticeReview>(r.decision.lcspr)?.record.pseudonym : undefined;
  const decision = r.decision
    ? r.decision.outcome === "lcspr"
      ? { outcome: "lcspr", text: `Progressed to a Local Child Safeguarding Practice Review${lcspr ? ` (${lcspr})` : ""}.` }
      : r.decision.outcome === "no-lcspr"
        ? { outcome: "no-lcspr", text: "Did not lead to a local review: learning is shared through this briefing, and single-agency actions are monitored by the Case Review Group." }
        : { outcome: "other", text: "Learning is taken forward in another way." }
    : null;
  return {
    title: r.pseudonym,
    status: RAPID_STATUS[r.status] ?? r.status,
    publication: null,
    dates: dated([["Partnership aware", r.dates?.aware], ["Panel notified", r.dates?.panelNotified], ["Rapid review meeting", r.dates?.meeting], ["Sent to the Panel", r.dates?.sentToPanel], ["Decision", r.dates?.decision]]),
    facts: [...childFacts(r.children, input), ...termFacts(r, input)],
    summary: r.summary ?? null,
    circumstances: r.circumstances ?? null,
    decision,
  };
}

function practiceReviewPart(r: PracticeReview, input: RenderInput): Part {
  const pub = r.publication;
  const cases = (r.rapidReviews ?? []).map((id) => input.store.get<RapidReview>(id)?.record.pseudonym ?? id);
  const facts: Fact[] = [];
  if (r.thematic) facts.push({ label: "Thematic review", value: cases.length ? `covering ${cases.length} cases` : "covering several cases" });
  else if (cases.length) facts.push({ label: "From the rapid review", value: cases.join(", ") });
  if (r.agency) facts.push({ label: "Agency", value: input.store.agencyName(r.agency) });
  if (r.author) facts.push({ label: "Reviewer", value: r.author });
  return {
    title: r.pseudonym,
    status: PRACTICE_STATUS[r.status] ?? r.status,
    publication: pub ? { status: pub.status, label: PUBLICATION_STATUS[pub.status] ?? pub.status, expected: pub.expected ?? null, reason: pub.reason ?? null, url: pub.url ?? null } : null,
    dates: dated([["Decision", r.dates?.decision], ["Commissioned", r.dates?.commissioned], ["Draft agreed", r.dates?.draftAgreed], ["Signed off", r.dates?.signedOff], ["Presented at Board", r.dates?.presented], ["Published", r.dates?.published], ["National repository", r.dates?.nationalRepository]]),
    facts: [...facts, ...childFacts(r.children, input), ...termFacts(r, input)],
    summary: r.summary ?? null,
    circumstances: r.circumstances ?? null,
  };
}

const AUDIT_TYPES: Record<string, string> = { "regular": "Regular case file audit", "thematic": "Thematic audit", "deep-dive": "Deep dive audit" };
const AUDIT_STATUS: Record<string, string> = { planned: "Planned", "in-progress": "In progress", completed: "Completed", cancelled: "Cancelled" };

export function auditTypeLabel(type: string): string {
  return AUDIT_TYPES[type] ?? type;
}

function auditPart(a: Audit, input: RenderInput): Part {
  const scales = vocab(input)?.auditGradeScales ?? [];
  const scale = scales.find((s) => s.id === a.gradeScale) ?? scales[0];
  const counts = new Map<string, number>();
  for (const c of a.cases ?? []) counts.set(c.grade, (counts.get(c.grade) ?? 0) + 1);
  const order = scale ? scale.grades.map((g) => g.id) : [];
  const grades = [...order.filter((g) => counts.has(g)), ...[...counts.keys()].filter((g) => !order.includes(g)).sort()]
    .map((g) => ({ label: termLabel(scale?.grades, g), count: counts.get(g)! }));
  return {
    title: a.title,
    status: AUDIT_STATUS[a.status] ?? a.status,
    publication: null,
    dates: dated([["Planned", a.dates?.planned], ["Held", a.dates?.held], ["Report signed off", a.dates?.reportSignedOff], ["Presented", a.dates?.presented]]),
    facts: termFacts(a, input),
    summary: a.summary ?? null,
    circumstances: null,
    audit: {
      type: auditTypeLabel(a.type),
      rationale: a.rationale ?? null,
      themesTested: a.themesTested ?? [],
      cases: a.cases?.length ?? 0,
      grades,
      caseSummaries: (a.cases ?? []).filter((c) => c.summary !== undefined).map((c) => ({ ref: c.ref, grade: termLabel(scale?.grades, c.grade), summary: c.summary! })),
      changes: a.changes ?? [],
      lettersOfRecognition: a.lettersOfRecognition ?? null,
      cancellation: a.cancellation?.reason ?? null,
    },
  };
}

function s11Part(c: S11Cycle, input: RenderInput, views: RecordViews): Part {
  const returns: S11Return[] = input.store.s11Returns.filter((r) => r.record.cycle === c.id).map((r) => views.show(r));
  const standards = c.standards.map((s) => {
    const t = { id: s.id, title: s.title, green: 0, amber: 0, red: 0, notRated: 0 };
    for (const agency of c.agencies) {
      const rating = returns.find((r) => r.agency === agency)?.ratings.find((x) => x.standard === s.id)?.rating;
      if (rating) t[rating]++;
      else t.notRated++;
    }
    return t;
  });
  return {
    title: c.title ?? `Section 11 self-evaluation ${c.year}`,
    status: returns.length ? `${returns.length} of ${c.agencies.length} agencies returned` : "Returns awaited",
    publication: null,
    dates: dated([["Launched", c.dates?.launched], ["Returns due", c.dates?.returnsDue], ["Challenge panel", c.dates?.challengePanel], ["Report to Board", c.dates?.reportToBoard]]),
    facts: c.cycleNumber ? [{ label: "Cycle", value: `the ${ordinalWord(c.cycleNumber)} cycle` }] : [],
    summary: c.summary ?? null,
    circumstances: null,
    s11: {
      standards,
      agenciesAsked: c.agencies.length,
      returnsIn: new Set(returns.map((r) => r.agency).filter((a) => c.agencies.includes(a))).size,
      jointWith: c.jointWith ?? [],
    },
  };
}

