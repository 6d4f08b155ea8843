// lif init [DIR]: a new record store. Asks for the partnership (or takes
// flags and defaults unattended), checks the partnership file it makes, and
// only then creates the folder's files, none of which may exist before.
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { terminalAsker } from "../core/author/asker.js";
import { mergeAnswers } from "../core/author/build.js";
import { describer } from "../core/author/describe.js";
import { collect } from "../core/author/engine.js";
import { buildPartnership, initAnswers, initPlan, type InitGiven } from "../core/author/init-plan.js";
import { describeMissing, describeProblems } from "../core/author/missing.js";
import { SchemaReader } from "../core/author/schema-walk.js";
import { serialiseRecord } from "../core/author/serialise.js";
import type { Answers, PlanContext, Problem } from "../core/author/types.js";
import { countBySeverity } from "../core/findings.js";
import { RecordStore } from "../core/model/store.js";
import { loadStore } from "../core/validate/load-store.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { loadSchemaValidator } from "../io/load-schemas.js";
import { PromptCancelled, prompt } from "../io/prompts.js";
import { cancelled, confirmWrite } from "./confirm-write.js";
import { withStoreLock, writeFileAtomic } from "../io/safe-write.js";
import { bundledPartnership, scaffoldFiles, type ScaffoldFile } from "../scaffold/init-files.js";
import { formatFindingsText } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";

export interface InitOptions {
  cwd: string;
  dir: string;
  asOf: string;
  interactive: boolean;
  given: InitGiven;
}

/** How each answer is given on the command line, for the list of missing ones. */
const FLAGS: Record<string, string> = { name: "--name", shortName: "--short-name", area: "--area", startedOn: "--started-on", agencies: "--agency", priorities: "--priority" };

const PARTNERSHIP_FILE = "records/partnership.yaml";

export async function init(options: InitOptions, t: Terminal): Promise<number> {
  const root = resolve(options.cwd, options.dir);
  refuseNonEmpty(root, options.dir);

  const validator = loadSchemaValidator();
  const reader = new SchemaReader(validator.schemas);
  const bundled = bundledPartnership();
  const ctx: PlanContext = {
    kind: "partnership", partnership: bundled, store: new RecordStore([]), asOf: options.asOf, takenIds: new Set(), describe: describer(reader, "partnership"),
  };
  const given = initAnswers(options.given);
  const asker = options.interactive ? terminalAsker({ prompt, print: (text, style) => t.out(style === "heading" ? t.color.bold(text) : t.color.dim(`  ${text}`)) }) : undefined;
  if (asker) t.out(t.color.bold(`A new lif store in ${options.dir}. Ctrl-C stops at any point; nothing is written until you confirm.`));

  let collected;
  try {
    collected = await collect(initPlan, given, ctx, asker);
  } catch (error) {
    if (error instanceof PromptCancelled) return cancelled(t);
    throw error;
  }
  if (collected.problems.length) return wrong(t, collected.problems.map((p) => ({ ...p, field: FLAGS[p.field] ?? p.field })));
  if (collected.missing.length) {
    const missing = collected.missing.map((m) => ({ ...m, field: FLAGS[m.field] ?? m.field }));
    throw new UsageError(describeMissing(missing, "give them as flags; see lif init --help"));
  }

  const problems: Problem[] = [];
  const record = reader.conform(buildPartnership(mergeAnswers(given, collected.answers) as Answers, bundled), reader.root("partnership.schema.json"), "", problems) as Answers;
  if (problems.length) return wrong(t, problems);
  const text = serialiseRecord(record, {
    file: PARTNERSHIP_FILE,
    kind: "partnership",
    header: [
      "The partnership: agencies, groups, priorities and the vocabularies every",
      "other record uses. Written by lif init; edit freely, then check with lif validate.",
    ],
    keyComments: {
      agencies: "Records refer to agencies by id. The three lead safeguarding partners have leadPartner: true.",
      vocabularies: "The terms records may use, from lif's defaults; add, reword or remove to suit.\nA term a record uses must be listed here.",
      timescales: "Defaults from Working Together to Safeguard Children and the framework;\nwritten out so the business unit can see and change them.",
    },
  });
  const { findings } = loadStore([{ file: PARTNERSHIP_FILE, text }], validator);
  if (countBySeverity(findings).errors) {
    t.err(formatFindingsText(findings, t.color, 1));
    t.err("lif: nothing written: the partnership file would not be valid (see above)");
    return EXIT_FINDINGS;
  }

  const files: ScaffoldFile[] = [{ path: PARTNERSHIP_FILE, content: text }, ...scaffoldFiles({ name: String(record.name), shortName: String(record.shortName ?? record.name) })];
  if (asker) {
    t.out(`${t.color.bold(`── ${PARTNERSHIP_FILE}`)}\n${text}`);
    const stop = await confirmWrite(t, `Create these ${files.length} files in ${options.dir}?`);
    if (stop !== undefined) return stop;
  }

  mkdirSync(root, { recursive: true });
  refuseNonEmpty(root, options.dir);
  withStoreLock(root, () => {
    for (const f of files) writeFileAtomic(root, join(root, ...f.path.split("/")), f.content, { exclusive: true });
  });
  const shown = relative(options.cwd, root) || ".";
  t.out(`created a lif store in ${shown}:`);
  for (const f of files.filter((f) => !f.path.startsWith("schemas/"))) t.out(`  ${f.path}`);
  t.out("  schemas/ (lif's schemas, for the editor)");
  t.out(`next: check agencies and vocabularies in ${PARTNERSHIP_FILE}, set LIF_PACKAGE in .github/workflows/lif.yml, then lif new rapid-review`);
  return EXIT_OK;
}

/** A folder with anything in it but .git is refused: init never mixes with existing files. */
function refuseNonEmpty(root: string, shown: string): void {
  if (!existsSync(root)) return;
  if (!statSync(root).isDirectory()) throw new UsageError(`${shown} is a file, not a folder`);
  const entries = readdirSync(root).filter((e) => e !== ".git");
  if (entries.length) {
    const list = entries.sort().slice(0, 5).join(", ") + (entries.length > 5 ? ", …" : "");
    throw new UsageError(`${shown} is not empty (it holds ${list}); lif init starts a store only in an empty folder and never overwrites a file`);
  }
}

function wrong(t: Terminal, problems: readonly Problem[]): number {
  t.err(`lif: ${describeProblems(problems).split("\n").join("\nlif: ")}`);
  return EXIT_FINDINGS;
}

