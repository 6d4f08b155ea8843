// The view the annual report is rendered from. Every figure in it comes from
// computeRollup (the same numbers `lif rollup` prints): people edit the
// words in templates, never the figures. The records add only words: key
// learning, what changed, publication status, each filtered for the audience.
import { numberWord, ordinalWord } from "../format.js";
import type { IsoDate } from "../../dates/calendar.js";
import type { FinancialYear } from "../../dates/financial-year.js";
import { computeRollup } from "../../facts/rollup/compute.js";
import type { ActionItem, RollupView } from "../../facts/rollup/types.js";
import type { Audit, LearningItem, PracticeReview, RapidReview } from "../../model/records.js";
import { auditTypeLabel } from "./briefing.js";
import { kindLabel, learningTexts, nullify, PRACTICE_STATUS, PUBLICATION_STATUS, RecordViews, type RenderInput } from "./common.js";

/** The sections of the report, in order; each is templates/annual-report/<name>.hbs. */
export const REPORT_SECTIONS = ["key-figures", "reviews", "case-review-analysis", "audits", "section-11", "actions"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface ReportOptions {
  year: FinancialYear;
  asOf: IsoDate;
}

interface ReviewEntry {
  id: string;
  pseudonym: string;
  kindLabel: string;
  thematic: boolean;
  restricted: boolean;
  status: string;
  publication: string | null;
  publicationStatus: string | null;
  publicationReason: string | null;
  publicationExpected: IsoDate | null;
  url: string | null;
  keyLearning: string[];
  rapidReviews: string[];
}

export function annualReportView(input: RenderInput, options: ReportOptions): { view: Record<string, unknown>; views: RecordViews } {
  const views = new RecordViews(input);
  const { store } = input;
  const fy = options.year;
  const figures = computeRollup(store, { from: fy.from, to: fy.to, asOf: options.asOf, basis: "financial-year" });
  const p = store.partnership?.record;
  const sinceStart = computeRollup(store, {
    from: p?.startedOn ?? fy.from, to: fy.to, asOf: options.asOf, basis: "since-start",
    groups: ["reviews", "children", "abuse-types", "themes"],
  });
  const reviews = figures.reviews!;
  const pseudonymOf = (id: string) => store.get<PracticeReview | RapidReview>(id)?.record.pseudonym ?? id;

  const entry = (id: string): ReviewEntry | null => {
    const located = store.get<PracticeReview | RapidReview>(id);
    if (!located) return null;
    const shown = views.show(located);
    const restricted = views.isRestricted(located.record);
    const pr = shown.kind === "rapid-review" ? undefined : (shown as PracticeReview);
    const pub = pr?.publication;
    return {
      id,
      pseudonym: shown.pseudonym,
      kindLabel: kindLabel(shown.kind),
      thematic: pr?.thematic === true,
      restricted,
      status: pr ? (PRACTICE_STATUS[pr.status] ?? pr.status) : "",
      publication: pub ? (PUBLICATION_STATUS[pub.status] ?? pub.status) : null,
      publicationStatus: pub?.status ?? null,
      // The template ends the sentence; a reason written as a sentence would end it twice.
      publicationReason: restricted || !pub?.reason ? null : pub.reason.replace(/[.\s]+$/, ""),
      publicationExpected: restricted ? null : (pub?.expected ?? null),
      url: pub?.url ?? null,
      keyLearning: learningTexts(shown.keyLearning as LearningItem[] | undefined),
      rapidReviews: (pr?.rapidReviews ?? []).map(pseudonymOf),
    };
  };
  const entries = (ids: readonly string[]) => ids.map(entry).filter((e): e is ReviewEntry => e !== null);

  const audits = figures.audits!;
  const auditEntry = (id: string) => {
    const located = store.get<Audit>(id);
    if (!located) return null;
    const a = views.show(located);
    return {
      id, title: a.title, type: auditTypeLabel(a.type), held: a.dates?.held ?? null, cases: a.cases?.length ?? 0,
      keyLearning: learningTexts(a.keyLearning), changes: a.changes ?? [], summary: a.summary ?? null,
    };
  };
  for (const c of audits.cancelled.items) {
    const located = store.get<Audit>(c.id);
    if (located) views.show(located);
  }

  // Of an action, a template can write only what the rollup's lists hold of it.
  const actions = figures.actions!;
  const listed = new Map<string, Set<string>>();
  for (const list of Object.values(actions.lists)) {
    for (const item of list) {
      const located = store.get(item.id);
      if (!located) continue;
      let paths = listed.get(item.id);
      if (!paths) listed.set(item.id, (paths = new Set()));
      for (const [key, from] of ITEM_FIELDS) {
        const path = typeof from === "function" ? from(item) : from;
        if (path === null || paths.has(path)) continue;
        paths.add(path);
        views.writes(located, path, item[key]);
      }
    }
  }
  const overdueByAgency = actions.byLeadAgency.filter((a) => a.overdueAtEnd > 0).map((a) => ({
    agency: a.agency,
    agencyName: a.agencyName,
    count: a.overdueAtEnd,
    items: actions.lists.overdueAtEnd.filter((i) => i.leadAgency === a.agency),
  }));

  const s11 = figures.s11!;
  const cycle = s11.cycle ? store.get(s11.cycle.id) : undefined;
  if (cycle) views.show(cycle);

  const priorities = (p?.priorities ?? []).filter((pr) => pr.from <= fy.to && pr.to >= fy.from).map((pr) => pr.title);
  const noLcspr = entries(reviews.rapidReviews.decisions.noLcspr.items.map((i) => i.id));
  const view = {
    audience: input.audience,
    isPublic: input.audience === "public",
    partnership: { name: p?.name ?? "", shortName: p?.shortName ?? p?.name ?? "", area: p?.area ?? null, startedOn: p?.startedOn ?? null },
    year: { label: fy.label, from: fy.from, to: fy.to },
    asOf: options.asOf,
    periodEnd: figures.period.end,
    priorities,
    analysis: ageAnalysis(sinceStart),
    figures,
    sinceStart,
    reviews: {
      // "Thematic Review based on two cases": the report names how many cases a thematic review covers.
      progressedTo: reviews.rapidReviews.lcsprsFromDecisions.ids.map((id) => {
        const r = store.get<PracticeReview>(id)?.record;
        const cases = r?.thematic ? (r.rapidReviews?.length ?? 0) : 0;
        return cases > 1 ? `${pseudonymOf(id)} based on ${numberWord(cases)} cases` : pseudonymOf(id);
      }),
      noLcspr,
      noLcsprWithLearning: noLcspr.filter((e) => e.keyLearning.length > 0),
      signedOff: entries(reviews.lcsprs.signedOff.items.map((i) => i.id)),
      published: entries(reviews.lcsprs.published.items.map((i) => i.id)),
      olderKinds: reviews.olderKinds.map((o) => ({
        ...entry(o.id)!, kind: o.kindLabel, events: o.events.map((e) => ({ label: EVENT_LABELS[e.field] ?? e.field, date: e.date })),
      })),
    },
    audits: {
      held: audits.held.items.map((i) => auditEntry(i.id)).filter((a) => a !== null),
      cancelled: audits.cancelled.items,
      grades: audits.grades,
    },
    s11: {
      ...s11,
      cycleName: s11.cycle ? `${s11.cycle.title}${s11.cycle.cycleNumber ? ` (the ${ordinalWord(s11.cycle.cycleNumber)} cycle)` : ""}` : null,
      ragTotals: [
        { label: "Green", count: s11.totals.green },
        { label: "Amber", count: s11.totals.amber },
        { label: "Red", count: s11.totals.red },
        { label: "Not rated", count: s11.totals.notRated },
      ],
      changeRows: [
        { label: "Better", count: s11.changeTotals.better },
        { label: "The same", count: s11.changeTotals.same },
        { label: "Worse", count: s11.changeTotals.worse },
        { label: "New (no rating last cycle)", count: s11.changeTotals.new },
      ],
      matrixRows: s11.matrix.map((row) => ({ agencyName: row.agencyName, cells: row.cells })),
      actions: actions.bySource.find((s) => s.source === "s11") ?? null,
    },
    actions: { ...actions, overdueByAgency },
  };
  return { view: nullify(view), views };
}

type ActionItemField = string | ((item: ActionItem) => string) | null;

/** Which field of the action each text of a rollup list item is (null: not the record's text). */
const ACTION_ITEM_FIELDS: { [K in keyof ActionItem]-?: ActionItemField } = {
  id: "/id",
  file: null,
  name: "/description",
  date: (item) => `/${item.dateField.replace(".", "/")}`,
  dateField: null,
  leadAgency: "/leadAgency",
  sourceType: "/source/type",
  due: "/due",
};
const ITEM_FIELDS = Object.entries(ACTION_ITEM_FIELDS) as Array<[keyof ActionItem, ActionItemField]>;

const EVENT_LABELS: Record<string, string> = {
  "dates.decision": "Decision", "dates.commissioned": "Commissioned", "dates.draftAgreed": "Draft agreed", "dates.signedOff": "Signed off",
  "dates.presented": "Presented at Board", "dates.sentToPanel": "Final report to the Panel", "dates.published": "Published",
  "dates.nationalRepository": "Deposited in the national repository",
};

/** Which age band the rollup counts most children in (the first on a tie), and the two youngest combined. */
function ageAnalysis(sinceStart: RollupView) {
  const bands = sinceStart.children?.byAgeBand ?? [];
  const top = bands.reduce<(typeof bands)[number] | undefined>((best, b) => (b.count > (best?.count ?? 0) ? b : best), undefined);
  const second = bands[1];
  return {
    topAgeBand: top ?? null,
    youngestTwo: second && bands[0] ? { first: bands[0].label, second: second.label, cumulativePercent: second.cumulativePercent } : null,
  };
}
