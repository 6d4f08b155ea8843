// What the cross-record rules read of a record: everything but its prose.
// `lif validate` keeps only this of each record, so that a hundred thousand
// records take less memory and less garbage collecting. The fields left out
// are free text that no rule reads; a test runs every rule over records that
// report each field read, and fails if one of these is.
import { PRACTICE_REVIEW_KINDS } from "../model/kinds.js";
import type { LifRecord } from "../model/records.js";
import { ownString } from "../text/own-string.js";

const SHARED = ["/notes", "/privacyReviewed"];
const LEARNING = ["/summary", "/circumstances", "/keyLearning", "/recommendations/*/text", "/briefing"];

/** Per kind, the JSON paths (`*` for every item of a list) the rules never read. */
const RULE_BLIND_PATHS: Readonly<Record<string, readonly string[]>> = {
  "rapid-review": [...SHARED, ...LEARNING, "/pseudonym", "/decision/rationale"],
  practice: [...SHARED, ...LEARNING, "/pseudonym", "/author", "/publication/url", "/actionPlanReview/impact/*/text", "/evidencingImpact/summary"],
  audit: [...SHARED, ...LEARNING, "/title", "/rationale", "/cancellation/reason", "/cases/*/summary", "/changes"],
  "s11-cycle": [...SHARED, "/title", "/summary", "/keyLearning", "/briefing", "/standards/*/title", "/standards/*/wording"],
  "s11-return": [...SHARED, "/ratings/*/evidence", "/ratings/*/areasForDevelopment", "/challengePanel/feedback"],
  "six-steps": [...SHARED, "/items/*/question", "/items/*/notes"],
  action: [...SHARED, "/description", "/owner", "/dueHistory/*/reason", "/cancellation/reason", "/progress/*/note", "/impact/*/text"],
};

/** A tree of the paths to leave out: `true` drops the key, an object goes deeper. */
interface Blind {
  [key: string]: true | Blind;
}

function treeOf(paths: readonly string[]): Blind {
  const root: Blind = {};
  for (const path of paths) {
    const keys = path.split("/").slice(1);
    let node = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) node[key] = true;
      else {
        const next = node[key];
        node = next === undefined || next === true ? (node[key] = {}) : next;
      }
    });
  }
  return root;
}

const TREES = new Map(Object.entries(RULE_BLIND_PATHS).map(([kind, paths]) => [kind, treeOf(paths)]));

/** Practice reviews of every kind share one list. */
const listOf = (kind: string) => (PRACTICE_REVIEW_KINDS.has(kind) ? "practice" : kind);

/** The paths left out of a record of this kind. */
export function ruleBlindPaths(kind: string): readonly string[] {
  return RULE_BLIND_PATHS[listOf(kind)] ?? [];
}

/**
 * A copy of `record` without the fields no rule reads. The copy holds
 * nothing of the parsed record: its strings are copied too (see
 * own-string.ts), so the file's text can be let go.
 */
export function ruleView(record: LifRecord): LifRecord {
  return keptCopy(record, TREES.get(listOf(record.kind)) ?? NOTHING_BLIND) as LifRecord;
}

const NOTHING_BLIND: Blind = {};

function keptCopy(value: unknown, tree: Blind): unknown {
  if (typeof value === "string") return ownString(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const each = tree["*"];
    const inner = each === undefined || each === true ? NOTHING_BLIND : each;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = keptCopy(value[i], inner);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const blind = tree[key];
    if (blind === true) continue;
    out[key] = keptCopy((value as Record<string, unknown>)[key], blind ?? NOTHING_BLIND);
  }
  return out;
}
