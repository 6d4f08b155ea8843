// lif validate [PATH...]: the whole store is always loaded (references cross
// files); PATHs only narrow which files' findings are shown.
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { countBySeverity, type Finding } from "../core/findings.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { openStore } from "../io/open-store.js";
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
}

export function runValidate(options: ValidateOptions): ValidateResult & { fileCount: number; root: string } {
  const opened = openStore(options.cwd, options.store);
  const filters = options.paths.map((p) => toStoreFilter(options.cwd, opened.root, p));
  const findings = filters.length
    ? opened.findings.filter((f) => filters.some((prefix) => f.file === prefix || f.file.startsWith(`${prefix}/`) || prefix === ""))
    : opened.findings;
  const { errors, warnings } = countBySeverity(findings);
  const failed = errors > 0 || (options.strict && warnings > 0);
  return { findings, exitCode: failed ? EXIT_FINDINGS : EXIT_OK, fileCount: opened.fileCount, root: opened.root };
}

export async function validate(options: ValidateOptions, term: Terminal): Promise<number> {
  const result = runValidate(options);
  if (options.format === "json") term.out(formatFindingsJson(result.findings));
  else if (options.format === "github") {
    const text = formatFindingsGithub(result.findings);
    if (text) term.out(text);
    term.err(`${countBySeverity(result.findings).errors} errors, ${countBySeverity(result.findings).warnings} warnings`);
  } else term.out(formatFindingsText(result.findings, term.color, result.fileCount));
  return result.exitCode;
}

function toStoreFilter(cwd: string, root: string, path: string): string {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new UsageError(`${path}: no such file or folder`);
  const rel = relative(root, abs);
  if (rel.startsWith("..") || resolve(root, rel) !== abs) throw new UsageError(`${path} is outside the store at ${root}`);
  return rel.split(sep).join("/");
}
