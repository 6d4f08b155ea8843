// The rollup view: the figures of a period computed from the records. The
// JSON output of `lif rollup` is exactly this object, and the renderer
// (annual report) reads it, so it is a contract: change it only additively.
// schemas/rollup.schema.json describes the same JSON; keep them in step.
//
// Conventions:
// - every figure that counts records comes with the records it counted
//   (`items`), so a person can check the number against the files;
// - percentages are whole numbers rounded half up, each share stated as it
//   comes (shares need not add up to 100), null when there is nothing to share;
// - "at period end" figures (open, overdue, delayed, withheld, S11) are taken
//   at `period.end`, the earlier of the period's last day and --as-of;
// - records that lack the date a figure needs are listed in `notCounted`.
import type { IsoDate } from "../../dates/calendar.js";
import type {
  ActionSourceType, AuditType, DecisionOutcome, PracticeReviewKind, PracticeReviewStatus, PublicationStatus, Rag, Sex,
} from "../../model/records.js";

export const ROLLUP_VIEW_VERSION = 1;

/** The groups of figures, in output order; `--only` picks among them. */
export const ROLLUP_GROUPS = ["reviews", "children", "abuse-types", "themes", "audits", "s11", "actions"] as const;
export type RollupGroup = (typeof ROLLUP_GROUPS)[number];

export interface RollupView {
  /** Version of this view's shape (bumped only for incompatible changes). */
  version: typeof ROLLUP_VIEW_VERSION;
  partnership: { id: string; name: string; shortName: string | null; startedOn: IsoDate } | null;
  period: RollupPeriod;
  /** The groups computed, in output order. Groups not asked for are absent. */
  groups: RollupGroup[];
  reviews?: ReviewsRollup;
  children?: ChildrenRollup;
  abuseTypes?: TermCountsRollup;
  themes?: TermCountsRollup;
  audits?: AuditsRollup;
  s11?: S11Rollup;
  actions?: ActionsRollup;
  /** Records a figure could not place because a date it needs is missing, sorted by figure then id. */
  notCounted: NotCounted[];
}

export type PeriodBasis = "financial-year" | "dates" | "since-start";

export interface RollupPeriod {
  /** First day of the period (inclusive). */
  from: IsoDate;
  /** Last day of the period (inclusive). */
  to: IsoDate;
  /** The date the rollup was computed for (--as-of, default today). */
  asOf: IsoDate;
  /** The day "at period end" figures are taken on: the earlier of `to` and `asOf`. */
  end: IsoDate;
  basis: PeriodBasis;
  /** "2021/22" when the period is exactly one financial year, else null. */
  financialYear: string | null;
  /** How the period reads in a heading: "2021/22", or "2019-10-01 to 2022-03-31". */
  label: string;
}

/** A record a figure counted, with the date that placed it in the period. */
export interface CountedRecord {
  id: string;
  /** Store-relative file of the record. */
  file: string;
  /** The pseudonym of a review, the title of an audit, the description of an action. */
  name: string;
  /** The date that placed the record in the period. */
  date: IsoDate;
  /** Which field that date came from, for example "dates.meeting". */
  dateField: string;
}

export interface CountedList {
  count: number;
  items: CountedRecord[];
}

export interface NotCounted {
  id: string;
  file: string;
  kind: string;
  /** The figure the record was left out of, for example "reviews.lcsprs.signedOff". */
  figure: string;
  /** The field(s) missing, for example "dates.signedOff". */
  missing: string;
  /** Why the record should have been in the figure, in words. */
  reason: string;
}

// ----- Reviews -----

export interface ReviewsRollup {
  rapidReviews: RapidReviewsRollup;
  lcsprs: LcsprsRollup;
  /** Reviews of older kinds (SCR, multi-agency, partnership, single-agency) with a date in the period or still unpublished at period end. */
  olderKinds: OlderReview[];
}

export interface RapidReviewItem extends CountedRecord {
  /** The decision outcome, or "undecided". */
  decision: DecisionOutcome | "undecided";
  /** The LCSPR the review progressed to, when it did. */
  lcspr: string | null;
}

export interface RapidReviewsRollup {
  /** Rapid reviews held in the period: placed by dates.meeting, or dates.aware when no meeting date is recorded. */
  held: { count: number; items: RapidReviewItem[] };
  /** Ids of the held reviews placed by dates.aware because no meeting date is recorded. */
  placedByAware: string[];
  /** The decisions on the held reviews; the four counts add up to held.count. */
  decisions: {
    lcspr: CountedList;
    noLcspr: CountedList;
    other: CountedList;
    undecided: CountedList;
  };
  /** Distinct LCSPRs the held reviews progressed to (a thematic LCSPR over two reviews counts once). */
  lcsprsFromDecisions: { count: number; ids: string[] };
}

export interface LcsprItem extends CountedRecord {
  thematic: boolean;
  /** Cases the LCSPR covers: the rapid reviews linked to it either way, at least 1. */
  cases: number;
  rapidReviews: string[];
  status: PracticeReviewStatus;
  publication: PublicationStatus | null;
}

export interface LcsprList {
  /** LCSPRs (each counts once). */
  count: number;
  /** Cases those LCSPRs cover (a thematic LCSPR over two rapid reviews counts twice). */
  cases: number;
  items: LcsprItem[];
}

export interface PublishedItem extends LcsprItem {
  /** local: first published on the partnership's site; national: first (or only) deposited on the national repository. */
  via: "local" | "national";
}

export interface LcsprsRollup {
  /** Placed by dates.commissioned, else dates.decision. */
  commissioned: LcsprList;
  /** Placed by dates.signedOff. */
  signedOff: LcsprList;
  /** Placed by dates.presented. */
  presented: LcsprList;
  /** Placed by the first of dates.published and dates.nationalRepository; local + national = count. */
  published: { count: number; cases: number; local: number; national: number; items: PublishedItem[] };
  /** Signed off by period end, publication status delayed (current status: records keep no history of it). */
  delayed: LcsprList;
  /** Signed off by period end, publication status withheld-locally. */
  withheld: LcsprList;
  /** Signed off by period end, publication status pending (or none) and not yet published by period end. */
  pending: LcsprList;
}

export interface OlderReview {
  id: string;
  file: string;
  kind: Exclude<PracticeReviewKind, "lcspr">;
  /** How people name the kind, for example "serious case review". */
  kindLabel: string;
  pseudonym: string;
  status: PracticeReviewStatus;
  publication: PublicationStatus | null;
  /** The dated events of the review that fall in the period, in date order. */
  events: Array<{ field: string; date: IsoDate }>;
}

// ----- Children -----

export interface Share {
  count: number;
  /** Whole percent of the total, rounded half up (6 of 25 is 24); null when the total is 0. */
  percent: number | null;
}

export interface ChildrenRollup {
  /** Rapid reviews held in the period whose children are counted. */
  reviews: number;
  /** Children across those rapid reviews. */
  total: number;
  /** female, male, not-recorded; counts add up to total. */
  bySex: Array<Share & { sex: Sex; label: string }>;
  /** Age bands in the partnership's order (bands outside the vocabulary last); counts add up to total. */
  byAgeBand: Array<Share & { id: string; label: string; inVocabulary: boolean; cumulativeCount: number; cumulativePercent: number | null }>;
  /** The sum of the stated age-band percentages (may be 99 or 101: shares are not forced to 100). */
  percentSum: number | null;
}

// ----- Abuse types and learning themes -----

export interface TermCount {
  id: string;
  /** The vocabulary label, or the id when the term is not in the vocabulary. */
  label: string;
  inVocabulary: boolean;
  count: number;
  /** Competition rank by count (1, 2, 2, 4). */
  rank: number;
  /** The rapid reviews that recorded the term. */
  reviews: string[];
}

export interface TermCountsRollup {
  /** Rapid reviews held in the period (the report's analysis counts rapid reviews). */
  reviews: number;
  /** The sum of the counts: a review with two terms counts once for each. */
  mentions: number;
  /** Terms recorded at least once, by count descending then label. */
  counts: TermCount[];
  /** The three most common, with every term tied at third place included. */
  topThree: TermCount[];
  /** Held rapid reviews that recorded no term of this kind. */
  reviewsWithNone: string[];
}

// ----- Audits -----

export interface AuditItem extends CountedRecord {
  type: AuditType;
  cases: number;
}

export interface CancelledAuditItem extends CountedRecord {
  type: AuditType;
  reason: string;
}

export interface GradeCount extends Share {
  id: string;
  label: string;
  inScale: boolean;
}

export interface AuditsRollup {
  /** Audits held in the period (dates.held). */
  held: { count: number; byType: Array<{ type: AuditType; label: string; count: number }>; items: AuditItem[] };
  /** Audits cancelled, placed by dates.planned, else cancellation.date. */
  cancelled: { count: number; reasons: Array<{ reason: string; count: number }>; items: CancelledAuditItem[] };
  /** Cases audited in the held audits. */
  casesAudited: number;
  /** Grades of those cases per grade scale, in scale order; counts add up to the scale's total. */
  grades: Array<{ scale: string; label: string; total: number; grades: GradeCount[] }>;
}

// ----- Section 11 -----

export type RagChange = "better" | "same" | "worse" | "new";

export interface RagTotals {
  green: number;
  amber: number;
  red: number;
  /** Standards (or agencies) with no rating: return not in, or the standard left out. */
  notRated: number;
}

export interface S11CycleRef {
  id: string;
  file: string;
  title: string;
  year: number;
  cycleNumber: number | null;
  launched: IsoDate | null;
}

export interface S11Rollup {
  /** The cycle shown, or null when none was launched by period end. */
  cycle: S11CycleRef | null;
  /** flag: --cycle; latest-launched: the latest cycle launched by period end. */
  selectedBy: "flag" | "latest-launched";
  standards: Array<{ id: string; title: string }>;
  /** One row per agency asked, in the cycle's order; cells in standards order. */
  matrix: Array<{
    agency: string;
    agencyName: string;
    returnId: string | null;
    submitted: IsoDate | null;
    cells: Array<{ standard: string; rating: Rag | null }>;
  }>;
  totalsByStandard: Array<RagTotals & { standard: string; title: string }>;
  totalsByAgency: Array<RagTotals & { agency: string; agencyName: string }>;
  totals: RagTotals;
  /** Agencies asked with no return in the store. */
  returnsNotIn: Array<{ agency: string; agencyName: string }>;
  previousCycle: S11CycleRef | null;
  /** Each rated cell against the same agency and standard in the previous cycle. */
  changes: Array<{ agency: string; standard: string; previous: Rag | null; current: Rag; change: RagChange }>;
  changeTotals: Record<RagChange, number>;
}

// ----- Actions -----

export interface ActionFigures {
  /** Created in the period. */
  opened: number;
  /** Completed in the period. */
  completed: number;
  /** Completed in the period on or before the due date. */
  completedOnTime: number;
  /** Completed in the period after the due date. */
  completedLate: number;
  /** Cancelled in the period (cancellation.date). */
  cancelled: number;
  /** Created by period end and neither completed nor cancelled by then. */
  openAtEnd: number;
  /** Open at period end with the due date before it. */
  overdueAtEnd: number;
}

export interface ActionItem extends CountedRecord {
  leadAgency: string;
  sourceType: ActionSourceType;
  due: IsoDate;
}

export interface ActionsRollup extends ActionFigures {
  /**
   * Completion rate: of the actions due in the period and not cancelled by
   * period end, the share completed by period end (whole percent; null when
   * none fell due).
   */
  completionRate: { percent: number | null; completed: number; due: number };
  /** Of the actions completed in the period, the share completed on time. */
  onTimeRate: Share;
  lists: {
    opened: ActionItem[];
    completed: Array<ActionItem & { onTime: boolean }>;
    cancelled: ActionItem[];
    openAtEnd: ActionItem[];
    overdueAtEnd: Array<ActionItem & { daysOverdue: number }>;
  };
  /** The figures per lead agency (agency order of the partnership, others last); each column adds up to the total. */
  byLeadAgency: Array<ActionFigures & { agency: string; agencyName: string }>;
  /** The figures per source type; each column adds up to the total. */
  bySource: Array<ActionFigures & { source: ActionSourceType; label: string }>;
}
