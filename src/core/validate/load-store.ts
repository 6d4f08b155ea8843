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
import { ownString } from "../text/own-string.js";
import { RECORD_RULES, RULES } from "./rules/index.js";
import { idSuggester } from "./id-suggester.js";
import { KnownIds } from "./known-ids.js";
import type { BrokenActionSource, KnownId, ReportContext, RuleContext } from "./rule-context.js";
import { ownedCopy, ruleView } from "./rule-view.js";
import { describeSchemaErrors } from "./schema-messages.js";
import type { SchemaValidator } from "./schema-validator.js";
import { idFromFileName, passedCheck, type FileCheck, type SourceFile } from "./file-check.js";

export type { FileCheck, SourceFile } from "./file-check.js";

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
   * text once a file is checked, so a large store is never held as text all
   * at once. Without it every text is kept, as for sources already in memory.
   */
  reread?: (file: string) => string | undefined;
  /**
   * Keep of each record only what the cross-record rules read (see
   * rule-view.ts): for a caller that wants the findings, not the records.
   */
  ruleViews?: boolean;
}

/**
 * Sources may be an array or a lazy sequence that reads each file as it is
 * asked for: the loader takes them one at a time.
 */
export function loadStore(sources: Iterable<SourceFile>, validator: SchemaValidator, options: LoadOptions = {}): LoadResult {
  const texts = new Map<string, string>();
  const reread = options.reread ?? ((file: string) => texts.get(file));
  function* checked(): Generator<FileCheck> {
    for (const source of sources) {
      if (!options.reread && source.text !== undefined) texts.set(source.file, source.text);
      yield source.checked ?? checkFile(source, validator, options);
    }
  }
  return finishStore(checked(), reread);
}

/**
 * The first two layers, YAML and schema, for one file, and the rules about
 * its record alone, without looking at any other file; the findings carry
 * their line and column, so the file's text can be let go once it is checked.
 */
export interface CheckOptions extends Pick<LoadOptions, "precise" | "ruleViews"> {
  /**
   * What is kept of the record may hold slices of the file's text: for a
   * check written out at once (the reader thread's JSON). Otherwise the
   * strings kept are copies, so that the text can be let go (see
   * own-string.ts), even when the caller's sources are dropped later.
   */
  shareText?: boolean;
}

export function checkFile(source: SourceFile, validator: SchemaValidator, options: CheckOptions = {}): FileCheck {
  const file = source.file;
  const findings: Finding[] = [];
  if (source.problem !== undefined || source.text === undefined) {
    findings.push({ file, line: source.line ?? 1, column: source.column ?? 1, path: "", rule: "file", severity: "error", message: source.problem ?? "file could not be read" });
    return { file, findings, known: { id: idFromFileName(file) } };
  }
  const text = source.text;
  let doc: PreciseDocument | undefined;
  const docFor = () => (doc ??= new PreciseDocument(text));
  const add: Add = (pointer, rule, severity, message, at = "value") => {
    const pos = docFor().locate(pointer, at);
    findings.push({ file, line: pos.line, column: pos.column, path: pointer, rule, severity, message });
  };
  const parsed = parseData(file, text, docFor, findings, options.precise === true);
  if (!parsed.ok) return { file, findings, known: { id: idFromFileName(file) }, brokenSource: brokenSourceOf(docFor().partialData()) };
  const record = checkRecord(file, parsed.data, validator, add);
  if (!record) return { file, findings, known: declaredId(parsed.data), brokenSource: brokenSourceOf(parsed.data) };
  // The rules about this record alone read it whole, before it is cut to a view.
  const here: ReportContext = { report: (_record, pointer, rule, message, severity = "error", at = "value") => add(pointer, rule, severity, message, at) };
  for (const rule of RECORD_RULES) rule({ file, record }, here);
  const shareText = options.shareText === true;
  return passedCheck(file, options.ruleViews ? ruleView(record, shareText) : shareText ? record : ownedCopy(record), findings);
}

/**
 * The third layer: the rules across records, over the checked files in the
 * store's order. `reread` gives a file's text again for the place of a
 * finding a rule reports on it.
 */
export function finishStore(checks: Iterable<FileCheck>, reread: (file: string) => string | undefined): LoadResult {
  const findings: Finding[] = [];
  const valid: Located[] = [];
  // Ids of files without a valid record; the store's index has the rest.
  const otherIds = new Map<string, KnownId>();
  const brokenActions = new Map<string, BrokenActionSource[]>();
  let fileCount = 0;
  let hasPartnershipFile = false;
  for (const check of checks) {
    fileCount++;
    const file = check.file;
    if (file === PARTNERSHIP_FILE) hasPartnershipFile = true;
    for (const f of check.findings) findings.push(f);
    if (check.record) valid.push({ file, record: check.record });
    else if (check.known) {
      // The first in the store's order, as the store's index holds the valid ones, whatever order the sources come in.
      const seen = otherIds.get(check.known.id);
      if (!seen || file < seen.file) otherIds.set(check.known.id, check.known.kind ? { kind: check.known.kind, file } : { file });
    }
    if (check.brokenSource) {
      const { record, ...detail } = check.brokenSource;
      const entry = { file, ...detail };
      const list = brokenActions.get(record);
      if (list) list.push(entry);
      else brokenActions.set(record, [entry]);
    }
  }

  const locate = locator(reread);
  const store = new RecordStore(valid);
  const allIds = new KnownIds(store.byId, otherIds);
  const ctx: RuleContext = {
    store,
    allIds,
    brokenActionsBySource: brokenActions,
    suggestId: idSuggester(allIds),
    report(where, pointer, rule, message, severity = "error", at = "value") {
      const file = typeof where === "string" ? where : where.file;
      const pos = locate(file, pointer, at);
      findings.push({ file, line: pos.line, column: pos.column, path: pointer, rule, severity, message });
    },
  };
  checkPartnership(hasPartnershipFile, ctx, findings);
  for (const rule of RULES) rule(ctx);
  findings.sort(compareFindings);
  return { store: ctx.store, findings, fileCount };
}

/** Where a JSON pointer is in a file of the store. */
export type Locate = (file: string, pointer: string, at?: "key" | "value") => { line: number; column: number };

/**
 * Line and column of pointers in files read again through `reread`, each
 * file read and parsed precisely once; 1:1 when it can no longer be read.
 */
export function locator(reread: (file: string) => string | undefined): Locate {
  const docs = new Map<string, PreciseDocument | undefined>();
  return (file, pointer, at = "value") => {
    if (!docs.has(file)) {
      const text = reread(file);
      docs.set(file, text === undefined ? undefined : new PreciseDocument(text));
    }
    return docs.get(file)?.locate(pointer, at) ?? { line: 1, column: 1 };
  };
}

type Parsed = { ok: true; data: unknown } | { ok: false };

function parseData(file: string, text: string, docFor: () => PreciseDocument, findings: Finding[], precise: boolean): Parsed {
  if (!precise) {
    const fast = fastParse(text);
    if (fast.ok) return { ok: true, data: fast.data };
  }
  const doc = docFor();
  for (const p of doc.problems) findings.push({ file, line: p.line, column: p.column, path: "", rule: p.rule, severity: "error", message: p.message });
  return doc.problems.length ? { ok: false } : { ok: true, data: doc.data };
}

function declaredId(data: unknown): FileCheck["known"] {
  const d = data as { id?: unknown; kind?: unknown } | null;
  if (typeof d?.id !== "string") return undefined;
  // Kept for the file: its own string, not a slice of the file's text.
  const id = ownString(d.id);
  const info = typeof d.kind === "string" ? kindInfo(d.kind) : undefined;
  return info ? { id, kind: info.kind } : { id };
}

function brokenSourceOf(data: unknown): FileCheck["brokenSource"] {
  const d = data as { kind?: unknown; source?: unknown } | null;
  if (typeof d !== "object" || d === null) return undefined;
  // A misspelt or missing kind may still be an action: count it if it names a source.
  if (typeof d.kind === "string" && d.kind !== "action" && kindInfo(d.kind)) return undefined;
  const source = d.source as { record?: unknown; recommendation?: unknown; standard?: unknown; item?: unknown } | null;
  if (typeof source !== "object" || source === null || typeof source.record !== "string") return undefined;
  return { record: ownString(source.record), recommendation: ownedCopy(source.recommendation), standard: ownedCopy(source.standard), item: ownedCopy(source.item) };
}

type Add = (pointer: string, rule: string, severity: Severity, message: string, at?: "key" | "value") => void;

function checkRecord(file: string, data: unknown, validator: SchemaValidator, add: Add): LifRecord | undefined {
  if (data === null || data === undefined) {
    add("", "record-shape", "error", "file is empty (or holds only comments); a record file holds one record: kind, id and its fields");
    return undefined;
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    add("", "record-shape", "error", `expected a mapping with kind, id and the record's fields, found ${Array.isArray(data) ? "a list" : "a single value"}`);
    return undefined;
  }
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== "string" || !kindInfo(kind)) {
    add(kind === undefined ? "" : "/kind", "schema", "error", describeBadKind(file, kind), kind === undefined ? "key" : "value");
    return undefined;
  }
  const errors = validator.validate(kind, data);
  if (!errors.length) return data as LifRecord;
  for (const p of describeSchemaErrors(errors)) add(p.pointer, "schema", "error", p.message, p.at);
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

function checkPartnership(hasFile: boolean, ctx: RuleContext, findings: Finding[]): void {
  for (const extra of ctx.store.records.filter((r) => r.record.kind === "partnership" && r.file !== PARTNERSHIP_FILE)) {
    ctx.report(extra, "/kind", "partnership-file", `the partnership record belongs in ${PARTNERSHIP_FILE}; a store has exactly one`);
  }
  if (!hasFile) {
    findings.push({ file: PARTNERSHIP_FILE, line: 1, column: 1, path: "", rule: "partnership-file", severity: "error", message: "the store has no partnership file; create it (lif init writes one)" });
  }
}
