// lif check privacy: report text in the records that looks like a real
// person's name, a date of birth, an NHS number, a postcode, a phone number
// or an email address, with file, line and column.
import { compareFindings, type Finding } from "../core/findings.js";
import { checkPrivacy } from "../core/check/privacy-check.js";
import { pluralWord } from "../core/render/format.js";
import { EXIT_FINDINGS, EXIT_OK } from "../errors.js";
import { openStore, type OpenedStore } from "../io/open-store.js";
import { storePrefix } from "../io/store-path.js";
import { formatFindingsGithub, formatFindingsJson, formatFindingsText, type FindingFormat } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";
import { storeErrors } from "./store-errors.js";

export interface CheckPrivacyOptions {
  cwd: string;
  store?: string;
  format: FindingFormat;
}

/** Privacy findings for a loaded store, located in their files. */
export function privacyFindings(opened: Pick<OpenedStore, "store" | "locate">): Finding[] {
  const findings = checkPrivacy(opened.store).map((r): Finding => {
    const pos = opened.locate(r.file, r.pointer, r.at);
    return { file: r.file, line: pos.line, column: pos.column, path: r.pointer, rule: r.rule, severity: r.severity, message: r.message };
  });
  return findings.sort(compareFindings);
}

export async function checkPrivacyCommand(options: CheckPrivacyOptions, term: Terminal): Promise<number> {
  const opened = openStore(options.cwd, options.store);
  const findings = privacyFindings(opened);
  if (options.format === "json") term.out(formatFindingsJson(findings));
  else if (options.format === "github") {
    if (findings.length) term.out(formatFindingsGithub(findings, storePrefix(options.cwd, opened.root)));
  } else term.out(formatFindingsText(findings, term.color, opened.fileCount));
  const invalid = storeErrors(opened.findings).errors;
  if (invalid) term.err(`lif: ${invalid} record file ${pluralWord(invalid, "error")} not checked for privacy (run lif validate)`);
  return findings.length || invalid ? EXIT_FINDINGS : EXIT_OK;
}
