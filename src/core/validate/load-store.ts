// Load and validate a whole store in three layers: YAML, schema, rules.
// Files are parsed on the fast path; only files with findings are parsed
// again precisely, for line and column.
import { compareFindings, type Finding, type Severity } from "../findings.js";
import { kindInfo, KINDS } from "../model/kinds.js";
import type { LifRecord, Located } from "../model/records.js";
import { RecordStore } from "../model/store.js";
import { fastParse } from "../parse/fast-parse.js";
import { PreciseDocument } from "../parse/precise-parse.js";
import { didYouMean } from "../text/nearest.js";
import { RULES } from "./rules/index.js";
import { idSuggester } from "./id-suggester.js";
import type { BrokenActionSource, KnownId, RuleContext } from "./rule-context.js";
import { describeSchemaErrors } from "./schema-messages.js";
import type { SchemaValidator } from "./schema-validator.js";

/** One file of the store as the io layer read it: text, or why it could not be read. */
export interface SourceFile {
  file: string;
  text?: string;
  problem?: string;
  /** Where in the file the problem starts, when it is a place (an invalid byte). */
  line?: number;
  column?: number;
}

export interface LoadResult {
  store: RecordStore;
  findings: Finding[];
  /** Files that held a record, valid or not. */
  fileCount: number;
}

const PARTNERSHIP_FILE = "records/partnership.yaml";

export interface LoadOptions {
  /**
   * Parse every file with the precise parser instead of trying the fast one
   * first. Findings must be identical either way;
   * tests use this to prove it.
   */
  precise?: boolean;
  /**
   * Reads a file of the store again, for the line and column of a finding
   * that a cross-record rule reports on it. With it, the loader keeps no
   * text of a file that has no finding of its own once that file is checked,
   * so a large store is never held as text all at once.
   * Without it every text is kept, as for sources already in memory.
   */
  reread?: (file: string) => string | undefined;
}

/**
 * Sources may be an array or a lazy sequence that reads each file as it is
 * asked for: the loader takes them one at a time.
 */
export function loadStore(sources: Iterable<SourceFile>, validator: SchemaValidator, options: LoadOptions = {}): LoadResult {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const precise = new Map<string, PreciseDocument>();
  const reread = options.reread;
  const docFor = (file: string): PreciseDocument | undefined => {
    let doc = precise.get(file);
    if (doc) return doc;
    let text = texts.get(file);
    if (text === undefined && reread) {
      text = reread(file);
      if (text !== undefined) texts.set(file, text);
    }
    if (text !== undefined) precise.set(file, (doc = new PreciseDocument(text)));
    return doc;
  };
  const add = (file: string, pointer: string, rule: string, severity: Severity, message: string, at: "key" | "value" = "value") => {
    const pos = docFor(file)?.locate(pointer, at) ?? { line: 1, column: 1 };
    findings.push({ file, line: pos.line, column: pos.column, path: pointer, rule, severity, message });
  };

  const valid: Located[] = [];
  const allIds = new Map<string, KnownId>();
  const brokenActions = new Map<string, BrokenActionSource[]>();
  let fileCount = 0;
  let hasPartnershipFile = false;
  for (const source of sources) {
    fileCount++;
    if (source.file === PARTNERSHIP_FILE) hasPartnershipFile = true;
    if (source.problem !== undefined || source.text === undefined) {
      findings.push({ file: source.file, line: source.line ?? 1, column: source.column ?? 1, path: "", rule: "file", severity: "error", message: source.problem ?? "file could not be read" });
      rememberUnreadable(allIds, source.file);
      continue;
    }
    texts.set(source.file, source.text);
    const before = findings.length;
    const parsed = parseData(source.file, source.text, docFor, findings, options.precise === true);
    if (!parsed.ok) {
      rememberUnreadable(allIds, source.file);
      rememberBrokenAction(brokenActions, source.file, docFor(source.file)?.partialData());
      continue;
    }
    const record = checkRecord(source.file, parsed.data, validator, add);
    rememberId(allIds, source.file, parsed.data);
    if (record) valid.push({ file: source.file, record });
    else rememberBrokenAction(brokenActions, source.file, parsed.data);
    if (reread && findings.length === before) {
      texts.delete(source.file);
      precise.delete(source.file);
    }
  }

  const store = new RecordStore(valid);
  checkPartnership(hasPartnershipFile, valid, add, findings);
  const ctx: RuleContext = {
    store,
    allIds,
    brokenActionsBySource: brokenActions,
    suggestId: idSuggester(allIds),
    report(where, pointer, rule, message, severity = "error", at = "value") {
      add(typeof where === "string" ? where : where.file, pointer, rule, severity, message, at);
    },
  };
  for (const rule of RULES) rule(ctx);
  findings.sort(compareFindings);
  return { store, findings, fileCount };
}

type Parsed = { ok: true; data: unknown } | { ok: false };

function parseData(file: string, text: string, docFor: (f: string) => PreciseDocument | undefined, findings: Finding[], precise: boolean): Parsed {
  if (!precise) {
    const fast = fastParse(text);
    if (fast.ok) return { ok: true, data: fast.data };
  }
  const doc = docFor(file)!;
  for (const p of doc.problems) findings.push({ file, line: p.line, column: p.column, path: "", rule: p.rule, severity: "error", message: p.message });
  return doc.problems.length ? { ok: false } : { ok: true, data: doc.data };
}

function rememberId(allIds: Map<string, KnownId>, file: string, data: unknown): void {
  const d = data as { id?: unknown; kind?: unknown } | null;
  if (typeof d?.id !== "string" || allIds.has(d.id)) return;
  allIds.set(d.id, { kind: typeof d.kind === "string" && kindInfo(d.kind) ? d.kind : undefined, file });
}

/** A file that cannot be parsed is still there: its name is its id. */
function rememberUnreadable(allIds: Map<string, KnownId>, file: string): void {
  const id = file.slice(file.lastIndexOf("/") + 1).replace(/\.ya?ml$/i, "");
  if (!allIds.has(id)) allIds.set(id, { file });
}

function rememberBrokenAction(broken: Map<string, BrokenActionSource[]>, file: string, data: unknown): void {
  const d = data as { kind?: unknown; source?: unknown } | null;
  if (typeof d !== "object" || d === null) return;
  // A misspelt or missing kind may still be an action: count it if it names a source.
  if (typeof d.kind === "string" && d.kind !== "action" && kindInfo(d.kind)) return;
  const source = d.source as { record?: unknown; recommendation?: unknown; standard?: unknown; item?: unknown } | null;
  if (typeof source !== "object" || source === null || typeof source.record !== "string") return;
  const entry = { file, recommendation: source.recommendation, standard: source.standard, item: source.item };
  const list = broken.get(source.record);
  if (list) list.push(entry);
  else broken.set(source.record, [entry]);
}

type Add = (file: string, pointer: string, rule: string, severity: Severity, message: string, at?: "key" | "value") => void;

function checkRecord(file: string, data: unknown, validator: SchemaValidator, add: Add): LifRecord | undefined {
  if (data === null || data === undefined) {
    add(file, "", "record-shape", "error", "file is empty (or holds only comments); a record file holds one record: kind, id and its fields");
    return undefined;
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    add(file, "", "record-shape", "error", `expected a mapping with kind, id and the record's fields, found ${Array.isArray(data) ? "a list" : "a single value"}`);
    return undefined;
  }
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== "string" || !kindInfo(kind)) {
    add(file, kind === undefined ? "" : "/kind", "schema", "error", describeBadKind(file, kind), kind === undefined ? "key" : "value");
    return undefined;
  }
  const errors = validator.validate(kind, data);
  if (!errors.length) return data as LifRecord;
  for (const p of describeSchemaErrors(errors)) add(file, p.pointer, "schema", "error", p.message, p.at);
  return undefined;
}

function describeBadKind(file: string, kind: unknown): string {
  const kinds = KINDS.map((k) => k.kind);
  const listed = `(expected one of: ${kinds.join(", ")})`;
  if (kind === undefined) {
    // The folder usually says what the record is (records/actions/ holds actions).
    const folder = file.split("/")[1] ?? "";
    const inFolder = KINDS.filter((k) => k.folder && k.folder === folder);
    const hint = inFolder.length === 1 ? `; a record in records/${folder}/ is usually kind: ${inFolder[0]!.kind}` : "";
    return `missing required key "kind": every record says what it is ${listed}${hint}`;
  }
  if (typeof kind !== "string") return `kind: expected text naming the record kind, found ${JSON.stringify(kind)} ${listed}`;
  const guess = didYouMean(kind, kinds);
  return `kind: ${JSON.stringify(kind)} is not a record kind${guess ? `; ${guess}` : ""} ${listed}`;
}

function checkPartnership(hasFile: boolean, valid: Located[], add: Add, findings: Finding[]): void {
  const partnerships = valid.filter((r) => r.record.kind === "partnership");
  for (const extra of partnerships.filter((r) => r.file !== PARTNERSHIP_FILE)) {
    add(extra.file, "/kind", "partnership-file", "error", `the partnership record belongs in ${PARTNERSHIP_FILE}; a store has exactly one`);
  }
  if (!hasFile) {
    findings.push({ file: PARTNERSHIP_FILE, line: 1, column: 1, path: "", rule: "partnership-file", severity: "error", message: "the store has no partnership file; create it (lif init writes one)" });
  }
}
