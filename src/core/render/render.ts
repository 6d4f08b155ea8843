// Rendering, pure: records, templates and options in; Markdown, the word
// count against the template's budget and the privacy findings out. The
// command decides what to write and when to stop.
import type { FinancialYear } from "../dates/financial-year.js";
import type { Located } from "../model/records.js";
import type { TemplateSet } from "./environment.js";
import { countWords } from "./markdown.js";
import { guardOutput, type PrivacyFinding } from "./privacy.js";
import { annualReportView, type ReportSection } from "./views/annual-report.js";
import { briefingTemplateNames, briefingView } from "./views/briefing.js";
import type { RecordViews, RenderInput } from "./views/common.js";
import { TemplateError } from "./template-source.js";

export interface RenderResult {
  markdown: string;
  template: string;
  /** The template's front-matter word budget (one page), if it sets one. */
  wordBudget: number | null;
  /** The words in the Markdown, counted when the template sets a budget. */
  words: number | null;
  /** Privacy findings; only public output is checked. */
  privacy: PrivacyFinding[];
  /** The view the template saw (for tests and `--format json`-style inspection). */
  view: unknown;
}

function finish(templates: TemplateSet, template: string, view: unknown, views: RecordViews): RenderResult {
  const { markdown, frontMatter } = templates.render(template, view);
  const privacy = views.audience === "public" ? guardOutput(markdown, views.sources, views.privacyContext(), template) : [];
  const wordBudget = frontMatter.wordBudget ?? null;
  return { markdown, template, wordBudget, words: wordBudget === null ? null : countWords(markdown), privacy, view };
}

export function renderBriefing(located: Located, input: RenderInput, templates: TemplateSet): RenderResult {
  const names = briefingTemplateNames(located.record.kind);
  const template = names.find((n) => templates.has(n));
  if (!template) throw new TemplateError(`no briefing template for a ${located.record.kind} record (expected templates/${names[names.length - 1]}.hbs)`);
  const { view, views } = briefingView(located, input);
  return finish(templates, template, view, views);
}

export function renderReport(input: RenderInput, templates: TemplateSet, options: { year: FinancialYear; asOf: string; section?: ReportSection }): RenderResult {
  const template = options.section ? `annual-report/${options.section}` : "annual-report";
  if (!templates.has(template)) throw new TemplateError(`no template templates/${template}.hbs`);
  const { view, views } = annualReportView(input, { year: options.year, asOf: options.asOf });
  return finish(templates, template, view, views);
}
