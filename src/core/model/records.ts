// The record kinds, as the schemas in schemas/ define them. One record per
// file; `kind` tells which schema applies. Types mirror the schemas: a field
// optional here is optional there.
import type { IsoDate } from "../dates/calendar.js";

export type Rag = "green" | "amber" | "red";
export type Sex = "female" | "male" | "not-recorded";

export type LearningItem = string | { text: string; publishable?: boolean };

export interface Recommendation {
  id: string;
  text: string;
  for?: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface Child {
  ageBand: string;
  sex: Sex;
}

export interface Briefing {
  doDifferently?: string[];
  questions?: string[];
  links?: Link[];
  publishedOn?: IsoDate;
}

export interface ReviewedText {
  text: string;
  reason: string;
  reviewedOn?: IsoDate;
}

interface RecordBase {
  id: string;
  privacyReviewed?: ReviewedText[];
  notes?: string;
}

export interface Term {
  id: string;
  label: string;
}

export interface Timescales {
  panelNotificationWorkingDays: number;
  rapidReviewWorkingDays: number;
  finalReportBeforePublicationWorkingDays: number;
  lcsprCompletionMonths: number;
  actionPlanReviewMonths: number;
  s11CycleMonths: number;
  qaActionLogReviewMonths: number;
  maxAuditsPerYear: number;
  maxDeepDivesPerYear: number;
}

export interface Partnership extends RecordBase {
  kind: "partnership";
  name: string;
  shortName?: string;
  area?: string;
  startedOn: IsoDate;
  agencies: Array<{ id: string; name: string; shortName?: string; sector?: string; leadPartner?: boolean }>;
  groups: Array<{ id: string; name: string }>;
  priorities?: Array<{ id: string; title: string; from: IsoDate; to: IsoDate }>;
  vocabularies: {
    learningThemes: Term[];
    abuseTypes: Term[];
    ageBands: Term[];
    auditGradeScales: Array<{ id: string; label: string; grades: Term[] }>;
    roles?: Term[];
  };
  timescales?: Partial<Timescales>;
  qaActionLogReviews?: IsoDate[];
}

export type RapidReviewStatus = "notified" | "meeting-held" | "sent-to-panel" | "decided";
export type DecisionOutcome = "lcspr" | "no-lcspr" | "other";

export interface RapidReview extends RecordBase {
  kind: "rapid-review";
  pseudonym: string;
  status: RapidReviewStatus;
  dates: {
    incident?: IsoDate;
    aware: IsoDate;
    panelNotified?: IsoDate;
    meeting?: IsoDate;
    sentToPanel?: IsoDate;
    decision?: IsoDate;
  };
  children: Child[];
  abuseTypes: string[];
  themes: string[];
  priorities?: string[];
  agencies?: string[];
  decision?: { outcome: DecisionOutcome; lcspr?: string; panelAgreed?: boolean; rationale?: string };
  summary?: string;
  circumstances?: string;
  keyLearning?: LearningItem[];
  recommendations?: Recommendation[];
  briefing?: Briefing;
}

export type PracticeReviewKind = "lcspr" | "scr" | "multi-agency-review" | "partnership-review" | "single-agency-review";
export type PracticeReviewStatus = "commissioned" | "in-progress" | "draft-agreed" | "signed-off" | "presented" | "published";
export type PublicationStatus = "pending" | "published" | "delayed" | "withheld-locally";

export interface PracticeReview extends RecordBase {
  kind: PracticeReviewKind;
  pseudonym: string;
  thematic?: boolean;
  rapidReviews?: string[];
  agency?: string;
  status: PracticeReviewStatus;
  author?: string;
  dates: {
    decision?: IsoDate;
    commissioned?: IsoDate;
    draftAgreed?: IsoDate;
    signedOff?: IsoDate;
    presented?: IsoDate;
    sentToPanel?: IsoDate;
    published?: IsoDate;
    nationalRepository?: IsoDate;
  };
  publication?: { status: PublicationStatus; reason?: string; expected?: IsoDate; url?: string };
  children?: Child[];
  abuseTypes?: string[];
  themes?: string[];
  priorities?: string[];
  agencies?: string[];
  summary?: string;
  circumstances?: string;
  keyLearning?: LearningItem[];
  recommendations?: Recommendation[];
  actionPlanReview?: { heldOn?: IsoDate; impact?: Array<{ agency: string; text: string }> };
  evidencingImpact?: { date: IsoDate; summary?: string };
  briefing?: Briefing;
}

export type AuditType = "regular" | "thematic" | "deep-dive";
export type AuditStatus = "planned" | "in-progress" | "completed" | "cancelled";

export interface Audit extends RecordBase {
  kind: "audit";
  title: string;
  type: AuditType;
  status: AuditStatus;
  dates: { planned?: IsoDate; held?: IsoDate; reportSignedOff?: IsoDate; presented?: IsoDate };
  cancellation?: { date?: IsoDate; reason: string };
  rationale?: string;
  themesTested?: string[];
  themes?: string[];
  priorities?: string[];
  agencies?: string[];
  participants?: { practitioners?: boolean; children?: boolean; parents?: boolean };
  gradeScale?: string;
  cases?: Array<{ ref: string; grade: string; ageBand?: string; summary?: string }>;
  keyLearning?: LearningItem[];
  recommendations?: Recommendation[];
  changes?: string[];
  lettersOfRecognition?: number;
  summary?: string;
  briefing?: Briefing;
}

export interface S11Cycle extends RecordBase {
  kind: "s11-cycle";
  title?: string;
  year: number;
  cycleNumber?: number;
  jointWith?: string[];
  previousCycle?: string;
  dates?: { launched?: IsoDate; returnsDue?: IsoDate; challengePanel?: IsoDate; reportToBoard?: IsoDate };
  standards: Array<{ id: string; title: string; wording?: string }>;
  agencies: string[];
  summary?: string;
  keyLearning?: LearningItem[];
  briefing?: Briefing;
}

export interface S11Rating {
  standard: string;
  rating: Rag;
  evidence?: string;
  areasForDevelopment?: string;
}

export interface S11Return extends RecordBase {
  kind: "s11-return";
  cycle: string;
  agency: string;
  submitted?: IsoDate;
  ratings: S11Rating[];
  challengePanel?: { sampled?: boolean; date?: IsoDate; feedback?: string };
}

export interface SixSteps extends RecordBase {
  kind: "six-steps";
  assessed: IsoDate;
  items: Array<{ id: string; step: number; question: string; rating: Rag; notes?: string }>;
}

export type ActionStatus = "not-started" | "in-progress" | "complete" | "cancelled";
export type ActionSourceType = "review" | "audit" | "s11" | "six-steps" | "cdop" | "board" | "development-plan" | "dashboard";

export interface Action extends RecordBase {
  kind: "action";
  source: {
    type: ActionSourceType;
    record?: string;
    recommendation?: string;
    standard?: string;
    item?: string;
    reference?: string;
  };
  description: string;
  leadAgency: string;
  owner: string;
  group: string;
  created: IsoDate;
  due: IsoDate;
  dueHistory?: Array<{ due: IsoDate; changed: IsoDate; reason?: string }>;
  status: ActionStatus;
  completed?: IsoDate;
  cancellation?: { date: IsoDate; reason: string };
  progress?: Array<{ date: IsoDate; note: string; status?: ActionStatus }>;
  impact?: Array<{ date: IsoDate; text: string }>;
}

export type Review = RapidReview | PracticeReview;
export type LifRecord = Partnership | RapidReview | PracticeReview | Audit | S11Cycle | S11Return | SixSteps | Action;
export type RecordKind = LifRecord["kind"];

/** Where a record came from: its store-relative path, forward slashes. */
export interface Located<R extends LifRecord = LifRecord> {
  file: string;
  record: R;
}
