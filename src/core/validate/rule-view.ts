// What the rules across the store read of a record: not its prose, nor what
// only the rules about the record alone read (they run on the whole record
// as its file is checked). `lif validate` keeps only this of each record,
// so that a hundred thousand records take less memory and less garbage
// collecting. A test runs every rule over records that report each field
// read, and fails if a rule reads a field left out.
import { PRACTICE_REVIEW_KINDS } from "../model/kinds.js";
import { copyWithout, KEEP_ALL, pathTree } from "../model/copy-without.js";
import type { LifRecord } from "../model/records.js";
import { ownString } from "../text/own-string.js";

const SHARED = ["/notes", "/privacyReviewed"];
const LEARNING = ["/summary", "/circumstances", "/keyLearning", "/recommendations/*/text", "/briefing"];

/**
 * Per kind, the JSON paths (`*` for every item of a list) the rules across
 * the store never read: prose, and what only the rules about one record
 * read (dates, statuses), which run on the whole record before the view.
 */
const RULE_BLIND_PATHS: Readonly<Record<string, readonly string[]>> = {
  "rapid-review": [...SHARED, ...LEARNING, "/pseudonym", "/decision/rationale", "/dates", "/status"],
  practice: [...SHARED, ...LEARNING, "/pseudonym", "/author", "/publication", "/dates", "/status", "/actionPlanReview/heldOn", "/actionPlanReview/impact/*/text", "/evidencingImpact/summary"],
  audit: [...SHARED, ...LEARNING, "/title", "/rationale", "/cancellation", "/cases/*/summary", "/changes"],
  "s11-cycle": [...SHARED, "/title", "/summary", "/keyLearning", "/briefing", "/dates", "/standards/*/title", "/standards/*/wording"],
  "s11-return": [...SHARED, "/ratings/*/evidence", "/ratings/*/areasForDevelopment", "/challengePanel/feedback"],
  "six-steps": [...SHARED, "/items/*/question", "/items/*/notes"],
  action: [...SHARED, "/description", "/owner", "/created", "/completed", "/cancellation", "/progress", "/dueHistory", "/impact/*/text"],
};

const TREES = new Map(Object.entries(RULE_BLIND_PATHS).map(([kind, paths]) => [kind, pathTree(paths)]));

/** Practice reviews of every kind share one list. */
const listOf = (kind: string) => (PRACTICE_REVIEW_KINDS.has(kind) ? "practice" : kind);

/** The paths left out of a record of this kind. */
export function ruleBlindPaths(kind: string): readonly string[] {
  return RULE_BLIND_PATHS[listOf(kind)] ?? [];
}

/**
 * A copy of `record` without the fields no rule reads. Unless `shareText`,
 * the copy holds nothing of the parsed record: its strings are copied too
 * (see own-string.ts), so the file's text can be let go.
 */
export function ruleView(record: LifRecord, shareText = false): LifRecord {
  return copyWithout(record, TREES.get(listOf(record.kind)) ?? KEEP_ALL, shareText ? undefined : ownString) as LifRecord;
}

/** A copy of parsed data that, like a view, holds nothing of the parsed text. */
export function ownedCopy<T>(value: T): T {
  return copyWithout(value, KEEP_ALL, ownString) as T;
}
