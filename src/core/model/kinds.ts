// Every record kind: which schema validates it, which folder `lif new` puts
// it in, and how people name it.
import type { RecordKind } from "./records.js";

export interface KindInfo {
  kind: RecordKind;
  schema: string;
  folder: string;
  label: string;
}

export const KINDS: readonly KindInfo[] = [
  { kind: "partnership", schema: "partnership.schema.json", folder: "", label: "partnership" },
  { kind: "rapid-review", schema: "rapid-review.schema.json", folder: "reviews", label: "rapid review" },
  { kind: "lcspr", schema: "practice-review.schema.json", folder: "reviews", label: "LCSPR" },
  { kind: "scr", schema: "practice-review.schema.json", folder: "reviews", label: "serious case review" },
  { kind: "multi-agency-review", schema: "practice-review.schema.json", folder: "reviews", label: "multi-agency review" },
  { kind: "partnership-review", schema: "practice-review.schema.json", folder: "reviews", label: "partnership review" },
  { kind: "single-agency-review", schema: "practice-review.schema.json", folder: "reviews", label: "single-agency review" },
  { kind: "audit", schema: "audit.schema.json", folder: "audits", label: "multi-agency audit" },
  { kind: "s11-cycle", schema: "s11-cycle.schema.json", folder: "s11", label: "Section 11 cycle" },
  { kind: "s11-return", schema: "s11-return.schema.json", folder: "s11", label: "Section 11 return" },
  { kind: "six-steps", schema: "six-steps.schema.json", folder: "s11", label: "six-steps self-assessment" },
  { kind: "action", schema: "action.schema.json", folder: "actions", label: "action" },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export function kindInfo(kind: string): KindInfo | undefined {
  return BY_KIND.get(kind as RecordKind);
}

export const REVIEW_KINDS: ReadonlySet<string> = new Set([
  "rapid-review", "lcspr", "scr", "multi-agency-review", "partnership-review", "single-agency-review",
]);

export const PRACTICE_REVIEW_KINDS: ReadonlySet<string> = new Set([
  "lcspr", "scr", "multi-agency-review", "partnership-review", "single-agency-review",
]);

export const SCHEMA_FILES = [...new Set(KINDS.map((k) => k.schema)), "defs.schema.json"].sort();
