// lif render briefing ID | annual-report | section NAME: records through
// templates to Markdown. Public output (the default) passes the privacy
// guard first; a hit stops with exit 1 naming the record and field, and
// nothing is written. A briefing longer than its template's word budget
// (one page) is written with a warning.
import { mkdirSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseAsOf } from "../cli-options.js";
import { FINANCIAL_YEAR_FORMS, parseFinancialYear } from "../core/dates/financial-year.js";
import { internalFields, type Audience } from "../core/render/audience.js";
import { createTemplateSet, type TemplateSet } from "../core/render/environment.js";
import { pluralWord } from "../core/render/format.js";
import { PRIVACY_KIND_LABELS, type PrivacyFinding } from "../core/render/privacy.js";
import { renderBriefing, renderReport, type RenderResult } from "../core/render/render.js";
import { TemplateError } from "../core/render/template-source.js";
import { REPORT_SECTIONS, type ReportSection } from "../core/render/views/annual-report.js";
import { BRIEFING_KINDS } from "../core/render/views/briefing.js";
import type { RenderInput } from "../core/render/views/common.js";
import { nearest } from "../core/text/nearest.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { readSchemas } from "../io/load-schemas.js";
import { openStore, type OpenedStore } from "../io/open-store.js";
import { precompiledTemplates } from "../io/precompiled-templates.js";
import { writeFileAtomic } from "../io/safe-write.js";
import { loadTemplates } from "../io/templates.js";
import type { Terminal } from "../ui/terminal.js";
import { describeStoreErrors, storeErrors } from "./store-errors.js";

export interface RenderCommonOptions {
  cwd: string;
  store?: string;
  out?: string;
  audience: Audience;
}

export interface RenderBriefingOptions extends RenderCommonOptions {
  id: string;
}

export interface RenderReportOptions extends RenderCommonOptions {
  year: string;
  /** The day to compute for; "at year end" figures use the earlier of this and 31 March. */
  asOf?: string;
  section?: string;
}

interface Prepared {
  opened: OpenedStore;
  input: RenderInput;
  templates: TemplateSet;
}

function prepare(options: RenderCommonOptions): Prepared {
  const opened = openStore(options.cwd, options.store);
  const found = storeErrors(opened.findings);
  if (found.errors > 0) {
    throw new UsageError(`${describeStoreErrors(found)}; the figures would be wrong, so nothing is rendered: run lif validate and fix them first`, EXIT_FINDINGS);
  }
  const templates = withTemplateErrors(() => createTemplateSet(loadTemplates(opened.root), precompiledTemplates()));
  return { opened, input: { store: opened.store, audience: options.audience, internal: internalFields(readSchemas()) }, templates };
}

function withTemplateErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
}

export async function renderBriefingCommand(options: RenderBriefingOptions, t: Terminal): Promise<number> {
  const { opened, input, templates } = prepare(options);
  const located = opened.store.get(options.id);
  if (!located) {
    const briefable = opened.store.records.filter((r) => (BRIEFING_KINDS as readonly string[]).includes(r.record.kind)).map((r) => r.record.id);
    const close = nearest(options.id, briefable);
    throw new UsageError(`no record with id ${JSON.stringify(options.id)} in the store${close.length ? `; nearest: ${close.join(", ")}` : ""} (lif validate lists invalid ones)`);
  }
  if (!(BRIEFING_KINDS as readonly string[]).includes(located.record.kind)) {
    throw new UsageError(`${options.id} is a record of kind ${located.record.kind}, which has no briefing; briefings are for ${BRIEFING_KINDS.join(", ")}`);
  }
  const result = withTemplateErrors(() => renderBriefing(located, input, templates));
  if (result.wordBudget !== null && result.words !== null && result.words > result.wordBudget) {
    t.err(`lif: warning: the briefing for ${options.id} is ${result.words} words, over the one-page budget of ${result.wordBudget} (wordBudget in templates/${result.template}.hbs); shorten the record's text`);
  }
  return deliver(result, options, t);
}

export async function renderReportCommand(options: RenderReportOptions, t: Terminal): Promise<number> {
  const year = parseFinancialYear(options.year);
  if (!year) throw new UsageError(`--year ${JSON.stringify(options.year)} is not a financial year; write it ${FINANCIAL_YEAR_FORMS.join(", ")}`);
  let section: ReportSection | undefined;
  if (options.section !== undefined) {
    if (!(REPORT_SECTIONS as readonly string[]).includes(options.section)) {
      throw new UsageError(`no report section ${JSON.stringify(options.section)}; the sections are ${REPORT_SECTIONS.join(", ")}`);
    }
    section = options.section as ReportSection;
  }
  const asOf = parseAsOf(options.asOf);
  const { input, templates } = prepare(options);
  const result = withTemplateErrors(() => renderReport(input, templates, { year, asOf, section }));
  return deliver(result, options, t);
}

function deliver(result: RenderResult, options: RenderCommonOptions, t: Terminal): number {
  if (result.privacy.length) {
    for (const f of result.privacy) t.err(privacyMessage(f));
    // Record files are records/…; a finding named after a template is in text no record's privacyReviewed covers.
    const fromTemplates = result.privacy.filter((f) => f.file.startsWith("templates/")).length;
    const advice = [
      fromTemplates < result.privacy.length
        ? "Remove the text from the record, or, if a person has checked it is not identifying, list it under the record's privacyReviewed (text and reason)."
        : "",
      fromTemplates > 0
        ? "A finding named after a template is in text that template, or one it includes, wrote or set beside a record's text: change the template (lif templates list shows which file each name uses), or the record's text."
        : "",
    ].filter((a) => a !== "").join(" ");
    t.err(`lif: ${result.privacy.length} privacy ${pluralWord(result.privacy.length, "finding")}: nothing written. ${advice}`);
    return EXIT_FINDINGS;
  }
  if (options.out === undefined) {
    t.out(result.markdown);
    return EXIT_OK;
  }
  const target = resolve(options.cwd, options.out);
  mkdirSync(dirname(target), { recursive: true });
  // Rendered documents may go anywhere the user asks; the one write path still refuses symbolic links.
  writeFileAtomic(dirname(target), target, result.markdown);
  const shown = relative(options.cwd, target);
  t.err(`lif: wrote ${shown && !shown.startsWith("..") ? shown : target}`);
  return EXIT_OK;
}

export function privacyMessage(f: PrivacyFinding): string {
  const field = f.path ? ` field ${f.path}` : "";
  return `${f.file}: ${f.record}${field}: looks like ${PRIVACY_KIND_LABELS[f.kind]}: ${JSON.stringify(f.match)}`;
}
