// lif validate [PATH...]: the whole store is always loaded (references cross
// files); PATHs only narrow which files' findings are shown.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { compareFindings, countBySeverity, type Finding } from "../core/findings.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { pluralWord } from "../core/render/format.js";
import { openStore } from "../io/open-store.js";
import { isOutside, storePrefix, withSlashes } from "../io/store-path.js";
import { privacyFindings } from "./check-privacy.js";
import { formatFindingsGithub, formatFindingsJson, formatFindingsText, type FindingFormat } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";

export interface ValidateOptions {
  cwd: string;
  store?: string;
  paths: string[];
  format: FindingFormat;
  strict: boolean;
}

export interface ValidateResult {
  findings: Finding[];
  exitCode: number;
  /** Errors in files outside the PATHs asked about. */
  errorsElsewhere: number;
}

export function runValidate(options: ValidateOptions): ValidateResult & { fileCount: number; root: string } {
  // --strict reads the records' text for the privacy check; otherwise the rules' view of them is enough.
  const opened = openStore(options.cwd, options.store, { ruleViews: !options.strict });
  const filters = options.paths.map((p) => toStoreFilter(options.cwd, opened.root, p));
  // --strict also runs the privacy check over the records.
  const all = options.strict ? [...opened.findings, ...privacyFindings(opened)].sort(compareFindings) : opened.findings;
  const findings = filters.length
    ? all.filter((f) => filters.some((prefix) => f.file === prefix || f.file.startsWith(`${prefix}/`) || prefix === ""))
    : all;
  const { errors, warnings } = countBySeverity(findings);
  const failed = errors > 0 || (options.strict && warnings > 0);
  const errorsElsewhere = countBySeverity(all).errors - errors;
  return { findings, exitCode: failed ? EXIT_FINDINGS : EXIT_OK, errorsElsewhere, fileCount: opened.fileCount, root: opened.root };
}

export async function validate(options: ValidateOptions, term: Terminal): Promise<number> {
  const result = runValidate(options);
  if (options.format === "json") term.out(formatFindingsJson(result.findings));
  else if (options.format === "github") {
    const text = formatFindingsGithub(result.findings, storePrefix(options.cwd, result.root));
    if (text) term.out(text);
    const { errors, warnings } = countBySeverity(result.findings);
    term.err(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  } else term.out(formatFindingsText(result.findings, term.color, result.fileCount));
  // A clean report for some paths must not read as a clean store.
  if (result.errorsElsewhere > 0 && options.format === "text") {
    const n = result.errorsElsewhere;
    const again = options.strict ? "lif validate --strict" : "lif validate";
    term.err(`note: ${n} ${pluralWord(n, "error")} elsewhere in the store (run ${again} without paths to see ${n === 1 ? "it" : "them"})`);
  }
  return result.exitCode;
}

function toStoreFilter(cwd: string, root: string, path: string): string {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new UsageError(`${path}: no such file or folder`);
  const rel = relative(root, abs);
  if (isOutside(rel)) throw new UsageError(`${path} is outside the store at ${root}; give a file or folder inside it`);
  return withSlashes(rel);
}
