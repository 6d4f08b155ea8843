// lif new KIND: asks (or reads from --set / --answers) the answers for one
// record, builds it and any follow-up actions, validates the whole store with
// them, shows them, and writes them. Nothing is written if anything is
// missing, wrong or invalid, or if the person stops (Ctrl-C).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseDocument, type Document } from "yaml";
import { terminalAsker } from "../core/author/asker.js";
import { buildRecords, mergeAnswers, type BuiltRecord } from "../core/author/build.js";
import { describer } from "../core/author/describe.js";
import { collect } from "../core/author/engine.js";
import { headerLines } from "../core/author/header.js";
import { describeMissing, describeProblems } from "../core/author/missing.js";
import { isPlainObject } from "../core/author/paths.js";
import { findQuestion, NEW_KINDS, planFor } from "../core/author/plans/index.js";
import { SchemaReader } from "../core/author/schema-walk.js";
import { serialiseRecord } from "../core/author/serialise.js";
import { applyAssignments, parseAssignment, SetSyntaxError } from "../core/author/set-syntax.js";
import type { Answers, Plan, PlanContext } from "../core/author/types.js";
import { expandCompact } from "../core/author/engine.js";
import { countBySeverity, type Finding } from "../core/findings.js";
import { kindInfo } from "../core/model/kinds.js";
import { didYouMean } from "../core/text/nearest.js";
import { loadStore, type SourceFile } from "../core/validate/load-store.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { findStore } from "../io/find-store.js";
import { loadSchemaValidator } from "../io/load-schemas.js";
import { PromptCancelled, prompt } from "../io/prompts.js";
import { cancelled, confirmWrite } from "./confirm-write.js";
import { readStoreFiles } from "../io/read-store.js";
import { withStoreLock, writeFileAtomic } from "../io/safe-write.js";
import { formatFindingsText } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";

export interface NewOptions {
  cwd: string;
  store?: string;
  kind: string;
  asOf: string;
  set: string[];
  answers?: string;
  /** Prompt for what is not given (a person at a terminal); otherwise missing answers are an error. */
  interactive: boolean;
  /** Show the files and check them, but write nothing. */
  dryRun: boolean;
}

export { EXIT_CANCELLED } from "./confirm-write.js";

export async function newRecord(options: NewOptions, t: Terminal): Promise<number> {
  const plan = planFor(options.kind);
  if (!plan) {
    const guess = didYouMean(options.kind, NEW_KINDS);
    throw new UsageError(`${JSON.stringify(options.kind)} is not a kind of record${guess ? `; ${guess}` : ""} (expected one of: ${NEW_KINDS.join(", ")})`);
  }
  const root = findStore(options.cwd, options.store);
  const validator = loadSchemaValidator();
  const existing = readStoreFiles(root);
  const before = loadStore(existing, validator);
  const partnership = before.store.partnership?.record;
  if (!partnership) throw new UsageError("records/partnership.yaml is missing or not valid, and lif new takes its choices from it; run lif validate to see why");

  const answersDoc = options.answers ? readAnswersFile(options.cwd, options.answers) : undefined;
  const given = buildGiven(plan, answersDoc, options.set, options.kind);
  const reader = new SchemaReader(validator.schemas);
  const ctx: PlanContext = {
    kind: options.kind, partnership, store: before.store, asOf: options.asOf, takenIds: new Set(), describe: describer(reader, options.kind),
  };

  const asker = options.interactive ? terminalAsker({ prompt, print: (text, style) => t.out(style === "heading" ? t.color.bold(text) : t.color.dim(`  ${text}`)) }) : undefined;
  if (asker) t.out(t.color.bold(`New ${kindInfo(options.kind)?.label ?? options.kind}. Ctrl-C stops at any point; nothing is written until you confirm.`));
  let collected;
  try {
    collected = await collect(plan, given, ctx, asker);
  } catch (error) {
    if (error instanceof PromptCancelled) return cancelled(t);
    throw error;
  }
  const wrongAndMissing = collected.problems.length ? describeProblems(collected.problems) : "";
  if (collected.problems.length) {
    t.err(`lif: ${wrongAndMissing.split("\n").join("\nlif: ")}`);
    if (collected.missing.length) t.err(describeMissing(collected.missing, "give them with --set KEY=VALUE or in --answers FILE"));
    return EXIT_FINDINGS;
  }
  if (collected.missing.length) {
    throw new UsageError(`${describeMissing(collected.missing, "give them with --set KEY=VALUE or in --answers FILE; see lif new --help")}`);
  }

  const built = buildRecords(options.kind, mergeAnswers(given, collected.answers) as Answers, reader, new Set(before.store.byId.keys()));
  if (built.problems.length) {
    t.err(`lif: ${describeProblems(built.problems).split("\n").join("\nlif: ")}`);
    return EXIT_FINDINGS;
  }
  const files = built.records.map((r) => ({
    ...r,
    text: serialiseRecord(r.record, { file: r.file, kind: r.kind, header: headerLines(r.kind, r.record), commentsFrom: r === built.records[0] ? answersDoc : undefined }),
  }));

  const clash = files.find((f) => existsSync(join(root, f.file)));
  if (clash) {
    t.err(`lif: ${clash.file} already exists; lif never overwrites a file (choose another id, for example --set id=${clash.id}-2)`);
    return EXIT_FINDINGS;
  }
  const fresh = newFindings(before.findings, loadStore([...existing, ...files.map((f) => ({ file: f.file, text: f.text }) satisfies SourceFile)], validator).findings);
  const { errors } = countBySeverity(fresh);
  if (fresh.length) t.err(formatFindingsText(fresh, t.color, files.length));
  if (errors) {
    t.err(`lif: nothing written: the new record${files.length > 1 ? "s are" : " is"} not valid (see above)`);
    return EXIT_FINDINGS;
  }

  if (options.dryRun || asker) {
    for (const f of files) t.out(`${t.color.bold(`── ${f.file}`)}\n${f.text}`);
  }
  if (options.dryRun) {
    t.err("dry run: nothing written");
    return EXIT_OK;
  }
  if (asker) {
    const stop = await confirmWrite(t, `Write ${files.length === 1 ? "this file" : `these ${files.length} files`}?`);
    if (stop !== undefined) return stop;
  }
  writeAll(root, files);
  for (const f of files) t.out(`wrote ${f.file}`);
  if (!existsSync(join(root, "schemas", kindInfo(options.kind)!.schema))) {
    t.err(`note: the store has no schemas/ folder, so the editor hint at the top of the file points nowhere; copy lif's schemas/ into ${root}`);
  }
  return EXIT_OK;
}


/** All files or none: checked again under the store's lock, then written one by one. */
function writeAll(root: string, files: ReadonlyArray<BuiltRecord & { text: string }>): void {
  withStoreLock(root, () => {
    for (const f of files) {
      if (existsSync(join(root, f.file))) throw new UsageError(`${f.file} already exists; lif never overwrites a file`, EXIT_FINDINGS);
    }
    for (const f of files) writeFileAtomic(root, join(root, f.file), f.text, { exclusive: true });
  });
}

/** Findings the new files brought: those not already in the store before. */
function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.file}\u0000${f.path}\u0000${f.rule}\u0000${f.message}`;
  const seen = new Set(before.map(key));
  return after.filter((f) => !seen.has(key(f)));
}

function readAnswersFile(cwd: string, path: string): Document.Parsed {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`--answers ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) throw new UsageError(`--answers ${path}: not valid YAML (${doc.errors[0]!.message.split("\n")[0]})`);
  return doc;
}

function buildGiven(plan: Plan, doc: Document.Parsed | undefined, sets: readonly string[], kind: string): Answers {
  let data: unknown;
  try {
    data = doc ? doc.toJS({ maxAliasCount: 100 }) : {};
  } catch {
    throw new UsageError("--answers: aliases expand too far; write the values out");
  }
  if (data === null || data === undefined) data = {};
  if (!isPlainObject(data)) throw new UsageError("--answers: expected a mapping of field: answer, like a record file");
  const given = data as Answers;
  if (given.kind !== undefined && given.kind !== kind) throw new UsageError(`--answers holds kind: ${String(given.kind)}, but this is lif new ${kind}`);
  delete given.kind;
  try {
    const assignments = sets.map(parseAssignment);
    return applyAssignments(given, assignments, (field, value) => {
      const q = findQuestion(plan.questions, field);
      if (q?.type !== "repeat" || !q.compact) return undefined;
      const expanded = expandCompact(value, q.compact);
      return typeof expanded === "string" ? undefined : expanded;
    });
  } catch (error) {
    if (error instanceof SetSyntaxError) throw new UsageError(error.message);
    throw error;
  }
}
