// lif check privacy: report text in the records that looks like a real
// person's name, a date of birth, an NHS number, a postcode, a phone number
// or an email address, with file, line and column.
import { compareFindings, type Finding } from "../core/findings.js";
import { checkPrivacy } from "../core/check/privacy-check.js";
import { PreciseDocument } from "../core/parse/precise-parse.js";
import { EXIT_FINDINGS, EXIT_OK } from "../errors.js";
import { openStore } from "../io/open-store.js";
import { formatFindingsGithub, formatFindingsJson, formatFindingsText, type FindingFormat } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface CheckPrivacyOptions {
  cwd: string;
  store?: string;
  format: FindingFormat;
}

/** Privacy findings for a loaded store, located in their files. */
export function privacyFindings(root: string, store: Parameters<typeof checkPrivacy>[0]): Finding[] {
  const docs = new Map<string, PreciseDocument>();
  const findings = checkPrivacy(store).map((r): Finding => {
    let doc = docs.get(r.file);
    if (!doc) docs.set(r.file, (doc = new PreciseDocument(readFileSync(join(root, r.file), "utf8"))));
    const pos = doc.locate(r.pointer, r.at ?? "value");
    return { file: r.file, line: pos.line, column: pos.column, path: r.pointer, rule: r.rule, severity: r.severity, message: r.message };
  });
  return findings.sort(compareFindings);
}

export async function checkPrivacyCommand(options: CheckPrivacyOptions, term: Terminal): Promise<number> {
  const opened = openStore(options.cwd, options.store);
  const findings = privacyFindings(opened.root, opened.store);
  if (options.format === "json") term.out(formatFindingsJson(findings));
  else if (options.format === "github") {
    if (findings.length) term.out(formatFindingsGithub(findings));
  } else term.out(formatFindingsText(findings, term.color, opened.fileCount));
  const invalid = opened.findings.filter((f) => f.severity === "error").length;
  if (invalid) term.err(`lif: ${invalid} record file error${invalid === 1 ? "" : "s"} not checked for privacy (run lif validate)`);
  return findings.length || invalid ? EXIT_FINDINGS : EXIT_OK;
}
