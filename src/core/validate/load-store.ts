// Load and validate a whole store in three layers: YAML, schema, rules.
// Files are parsed on the fast path; only files with findings are parsed
// again precisely, for line and column (issue: performance).
import { compareFindings, type Finding, type Severity } from "../findings.js";
import { kindInfo, KINDS } from "../model/kinds.js";
import type { LifRecord, Located } from "../model/records.js";
import { RecordStore } from "../model/store.js";
import { fastParse } from "../parse/fast-parse.js";
import { PreciseDocument } from "../parse/precise-parse.js";
import { didYouMean } from "../text/nearest.js";
import { RULES } from "./rules/index.js";
import type { RuleContext } from "./rule-context.js";
import { describeSchemaErrors } from "./schema-messages.js";
import type { SchemaValidator } from "./schema-validator.js";

/** One file of the store as the io layer read it: text, or why it could not be read. */
export interface SourceFile {
  file: string;
  text?: string;
  problem?: string;
}

export interface LoadResult {
  store: RecordStore;
  findings: Finding[];
  /** Files that held a record, valid or not. */
  fileCount: number;
}

const PARTNERSHIP_FILE = "records/partnership.yaml";

export function loadStore(sources: readonly SourceFile[], validator: SchemaValidator): LoadResult {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const precise = new Map<string, PreciseDocument>();
  const docFor = (file: string): PreciseDocument | undefined => {
    let doc = precise.get(file);
    const text = texts.get(file);
    if (!doc && text !== undefined) precise.set(file, (doc = new PreciseDocument(text)));
    return doc;
  };
  const add = (file: string, pointer: string, rule: string, severity: Severity, message: string, at: "key" | "value" = "value") => {
    const pos = docFor(file)?.locate(pointer, at) ?? { line: 1, column: 1 };
    findings.push({ file, line: pos.line, column: pos.column, path: pointer, rule, severity, message });
  };

  const valid: Located[] = [];
  const allIds = new Map<string, { kind: string; file: string }>();
  for (const source of sources) {
    if (source.problem !== undefined || source.text === undefined) {
      findings.push({ file: source.file, line: 1, column: 1, path: "", rule: "file", severity: "error", message: source.problem ?? "file could not be read" });
      continue;
    }
    texts.set(source.file, source.text);
    const data = parseData(source.file, source.text, docFor, findings);
    if (data === undefined) continue;
    const record = checkRecord(source.file, data, validator, add);
    if (typeof (data as { id?: unknown }).id === "string") {
      const d = data as { id: string; kind?: unknown };
      if (!allIds.has(d.id)) allIds.set(d.id, { kind: String(d.kind), file: source.file });
    }
    if (record) valid.push({ file: source.file, record });
  }

  const store = new RecordStore(valid);
  checkPartnership(sources, valid, add, findings);
  const ctx: RuleContext = {
    store,
    allIds,
    report(where, pointer, rule, message, severity = "error", at = "value") {
      add(typeof where === "string" ? where : where.file, pointer, rule, severity, message, at);
    },
  };
  for (const rule of RULES) rule(ctx);
  findings.sort(compareFindings);
  return { store, findings, fileCount: sources.length };
}

function parseData(file: string, text: string, docFor: (f: string) => PreciseDocument | undefined, findings: Finding[]): unknown {
  const fast = fastParse(text);
  if (fast.ok) return fast.data;
  const doc = docFor(file)!;
  for (const p of doc.problems) findings.push({ file, line: p.line, column: p.column, path: "", rule: p.rule, severity: "error", message: p.message });
  return doc.problems.length ? undefined : doc.data;
}

type Add = (file: string, pointer: string, rule: string, severity: Severity, message: string, at?: "key" | "value") => void;

function checkRecord(file: string, data: unknown, validator: SchemaValidator, add: Add): LifRecord | undefined {
  if (data === null || data === undefined) {
    add(file, "", "record-shape", "error", "file is empty; expected a record with kind and id");
    return undefined;
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    add(file, "", "record-shape", "error", `expected a mapping with kind, id and the record's fields, found ${Array.isArray(data) ? "a list" : "a single value"}`);
    return undefined;
  }
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== "string" || !kindInfo(kind)) {
    const kinds = KINDS.map((k) => k.kind);
    const guess = typeof kind === "string" ? didYouMean(kind, kinds) : "";
    const message = kind === undefined
      ? `missing required key "kind" (expected one of: ${kinds.join(", ")})`
      : `kind: ${JSON.stringify(kind)} is not a record kind${guess ? `; ${guess}` : ""} (expected one of: ${kinds.join(", ")})`;
    add(file, kind === undefined ? "" : "/kind", "schema", "error", message, "key");
    return undefined;
  }
  const errors = validator.validate(kind, data);
  if (!errors.length) return data as LifRecord;
  for (const p of describeSchemaErrors(errors)) add(file, p.pointer, "schema", "error", p.message, p.at);
  return undefined;
}

function checkPartnership(sources: readonly SourceFile[], valid: Located[], add: Add, findings: Finding[]): void {
  const partnerships = valid.filter((r) => r.record.kind === "partnership");
  for (const extra of partnerships.filter((r) => r.file !== PARTNERSHIP_FILE)) {
    add(extra.file, "/kind", "partnership-file", "error", `the partnership record belongs in ${PARTNERSHIP_FILE}; a store has exactly one`);
  }
  const hasFile = sources.some((s) => s.file === PARTNERSHIP_FILE);
  if (!hasFile) {
    findings.push({ file: PARTNERSHIP_FILE, line: 1, column: 1, path: "", rule: "partnership-file", severity: "error", message: "the store has no partnership file; create it (lif init writes one)" });
  }
}
