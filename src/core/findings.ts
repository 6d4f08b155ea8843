// A finding is data: a rule code, where it is, and words a person can act on.
// Rendering to text, JSON or GitHub annotations happens in src/ui.

export type Severity = "error" | "warning";

export interface Finding {
  /** Store-relative path with forward slashes, e.g. records/actions/a-1.yaml. */
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the record, "" for the whole file. */
  path: string;
  rule: string;
  severity: Severity;
  message: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}

/** A key as a step of a JSON pointer: "~" and "/" escaped (RFC 6901). */
export function pointerStep(key: string): string {
  return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
}

/**
 * The pointer to `base`, or to `base/index/tail` for an item of a list
 * ("/progress", 2, "/date"): for rules that make it only when they report.
 */
export function itemPointer(base: string, index?: number, tail = ""): string {
  return index === undefined ? base : `${base}/${index}${tail}`;
}

/** The keys and indexes a JSON pointer steps through, unescaped. */
export function pointerKeys(pointer: string): string[] {
  return pointer ? pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
}

/** `/dates/signedOff` → `dates.signedOff`, `/ratings/3/rating` → `ratings[3].rating`. */
export function readablePath(pointer: string): string {
  return pointerKeys(pointer)
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}
