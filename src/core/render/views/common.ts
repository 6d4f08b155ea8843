// What every rendered document shares: the audience-filtered copy of each
// record it shows, the texts that feed it (for the privacy guard), and the
// words for statuses and kinds.
import { kindInfo } from "../../model/kinds.js";
import type {
  LearningItem, LifRecord, Located, PracticeReview, PracticeReviewStatus, PublicationStatus, RapidReview, RapidReviewStatus,
} from "../../model/records.js";
import type { RecordStore } from "../../model/store.js";
import {
  forAudience, learningText, restrictedProjection, restrictionOf, type Audience, type InternalFields, type Restriction,
} from "../audience.js";
import { privacyContext, stringFields, type PrivacyContext, type SourcedText } from "../privacy.js";

export interface RenderInput {
  store: RecordStore;
  audience: Audience;
  internal: InternalFields;
}

/**
 * Hands out the copies of records a document may show, and remembers every
 * string in them with its record and JSON path: the privacy guard checks
 * those texts and names the field a hit came from.
 */
export class RecordViews {
  readonly sources: SourcedText[] = [];
  private readonly shown = new Map<string, LifRecord>();

  constructor(readonly input: RenderInput) {
    const p = input.store.partnership;
    if (p) this.show(p);
  }

  get audience(): Audience {
    return this.input.audience;
  }

  /** The copy of a record this audience may see (restricted reviews reduced, internal fields gone). */
  show<R extends LifRecord>(located: Located<R>): R {
    const cached = this.shown.get(located.record.id);
    if (cached) return cached as R;
    const restriction = this.restriction(located.record);
    const copy = restriction && this.audience === "public"
      ? (restrictedProjection(located.record as PracticeReview | RapidReview, restriction) as R)
      : forAudience(located.record, this.audience, this.input.internal);
    this.shown.set(located.record.id, copy);
    const reviewed = reviewedTexts(located.record);
    for (const { path, text } of stringFields(copy)) {
      this.sources.push({ text, record: located.record.id, file: located.file, path, reviewed });
    }
    return copy;
  }

  /**
   * Notes `text`, the field at `path` of a record, as one the document may
   * write, for a record it does not show whole: of an action counted in the
   * annual report, what the rollup's lists hold of it.
   */
  writes(located: Located, path: string, text: string): void {
    this.sources.push({ text, record: located.record.id, file: located.file, path, reviewed: reviewedTexts(located.record) });
  }

  /**
   * A practice review is restricted by its own publication status; a rapid
   * review by that of the review it led to, since its learning tells the same story.
   */
  restriction(record: LifRecord): Restriction | undefined {
    const own = restrictionOf(record);
    if (own || record.kind !== "rapid-review") return own;
    const lcspr = record.decision?.lcspr ? this.input.store.get(record.decision.lcspr)?.record : undefined;
    const linked = lcspr ? restrictionOf(lcspr) : undefined;
    return linked ?? this.restrictedCases().get(record.id);
  }

  private restrictedByCase?: Map<string, Restriction>;

  /** Each rapid review a restricted practice review names, with the first such review's restriction. */
  private restrictedCases(): Map<string, Restriction> {
    if (this.restrictedByCase) return this.restrictedByCase;
    const cases = new Map<string, Restriction>();
    for (const review of this.input.store.practiceReviews) {
      const r = restrictionOf(review.record);
      if (r) for (const id of review.record.rapidReviews ?? []) if (!cases.has(id)) cases.set(id, r);
    }
    return (this.restrictedByCase = cases);
  }

  isRestricted(record: LifRecord): boolean {
    return this.audience === "public" && this.restriction(record) !== undefined;
  }

  privacyContext(): PrivacyContext {
    return privacyContext(this.input.store);
  }
}

const NONE_REVIEWED: readonly string[] = [];

function reviewedTexts(record: LifRecord): readonly string[] {
  return record.privacyReviewed ? record.privacyReviewed.map((r) => r.text) : NONE_REVIEWED;
}

export function learningTexts(items: readonly LearningItem[] | undefined): string[] {
  return (items ?? []).map(learningText);
}

export const PRACTICE_STATUS: Record<PracticeReviewStatus, string> = {
  "commissioned": "Commissioned",
  "in-progress": "In progress",
  "draft-agreed": "Draft agreed with the independent author",
  "signed-off": "Signed off by the three lead safeguarding partners",
  "presented": "Presented at Board",
  "published": "Published",
};

export const PUBLICATION_STATUS: Record<PublicationStatus, string> = {
  "pending": "Publication pending",
  "published": "Published",
  "delayed": "Publication delayed",
  "withheld-locally": "Not published locally (an anonymised report goes to the national repository)",
};

export const RAPID_STATUS: Record<RapidReviewStatus, string> = {
  "notified": "Serious incident notified to the national Panel",
  "meeting-held": "Rapid review meeting held",
  "sent-to-panel": "Rapid review sent to the national Panel",
  "decided": "Decision made on a local review",
};

export function kindLabel(kind: string): string {
  const label = kindInfo(kind)?.label ?? kind;
  return label === "LCSPR" ? "Local Child Safeguarding Practice Review (LCSPR)" : label.charAt(0).toUpperCase() + label.slice(1);
}

export function termLabel(list: ReadonlyArray<{ id: string; label: string }> | undefined, id: string): string {
  return list?.find((t) => t.id === id)?.label ?? id;
}

export function labels(list: ReadonlyArray<{ id: string; label: string }> | undefined, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => termLabel(list, id));
}

/**
 * Undefined becomes null all the way down: in a view, undefined means "the
 * template named a field that does not exist". The view is changed in place,
 * and only where a value is undefined: for the internal audience it holds
 * the store's own records, which are left as they are (records parsed from
 * YAML hold no undefined).
 */
export function nullify<T>(value: T, done = new Set<object>()): T {
  if (value === undefined) return null as T;
  if (!value || typeof value !== "object" || done.has(value)) return value;
  // A view shares lists between its parts (the report's overdue actions are in three): each is done once.
  done.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) value[i] = null;
      else nullify(value[i], done);
    }
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    const obj = value as Record<string, unknown>;
    for (const key in obj) {
      if (obj[key] === undefined) obj[key] = null;
      else nullify(obj[key], done);
    }
  }
  return value;
}
