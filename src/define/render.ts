// lif render briefing|annual-report|section and lif templates list: flags to
// options only; the command bodies are imported lazily.
import { Option, type Command } from "commander";
import { globals, run } from "../cli-run.js";

const audience = () => new Option("--audience <audience>", "public leaves out internal fields and restricted reviews' details").choices(["public", "internal"]).default("public");

export function defineRender(program: Command): void {
  const render = program
    .command("render")
    .description("write learning briefings and the annual report as Markdown, from the records through templates");

  render
    .command("briefing")
    .description("the one-page learning briefing for a rapid review, an LCSPR (or older review), an audit or an S11 cycle")
    .argument("<id>", "the record's id")
    .addOption(audience())
    .option("--out <file>", "write to this file instead of standard output")
    .addHelpText("after", "\nExit codes: 0 written (a warning when over the one-page word budget), 1 privacy findings or invalid records, 2 usage or template error.\n\nExamples:\n  lif render briefing lcspr-2021-thematic\n  lif render briefing audit-2021-06-nai-under-2s --audience internal --out build/audit-briefing.md")
    .action(async (id: string, opts: { audience: "public" | "internal"; out?: string }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { renderBriefingCommand } = await import("../commands/render.js");
        return renderBriefingCommand({ cwd: process.cwd(), store: globals(cmd).store, id, out: opts.out, audience: opts.audience }, t);
      });
    });

  render
    .command("annual-report")
    .description("the annual report's learning and assurance sections for a financial year; every figure from the rollup")
    .requiredOption("--year <year>", "the financial year, for example 2021/22")
    .addOption(audience())
    .option("--out <file>", "write to this file instead of standard output")
    .option("--as-of <date>", "the day to compute for (YYYY-MM-DD; default today); figures at year end use the earlier of this and 31 March")
    .addHelpText("after", "\nExamples:\n  lif render annual-report --year 2021/22 --out build/annual-report-2021-22.md\n  lif render annual-report --year 2021/22 --audience internal")
    .action(async (opts: { year: string; audience: "public" | "internal"; out?: string; asOf?: string }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { renderReportCommand } = await import("../commands/render.js");
        return renderReportCommand({ cwd: process.cwd(), store: globals(cmd).store, year: opts.year, out: opts.out, audience: opts.audience, asOf: opts.asOf }, t);
      });
    });

  render
    .command("section")
    .description("one section of the annual report: key-figures, reviews, case-review-analysis, audits, section-11, actions")
    .argument("<name>", "the section")
    .requiredOption("--year <year>", "the financial year, for example 2021/22")
    .addOption(audience())
    .option("--out <file>", "write to this file instead of standard output")
    .option("--as-of <date>", "the day to compute for (YYYY-MM-DD; default today)")
    .addHelpText("after", "\nExamples:\n  lif render section reviews --year 2021/22\n  lif render section audits --year 2021/22 --audience internal")
    .action(async (name: string, opts: { year: string; audience: "public" | "internal"; out?: string; asOf?: string }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { renderReportCommand } = await import("../commands/render.js");
        return renderReportCommand({ cwd: process.cwd(), store: globals(cmd).store, year: opts.year, section: name, out: opts.out, audience: opts.audience, asOf: opts.asOf }, t);
      });
    });

  program
    .command("templates")
    .description("the templates lif renders with")
    .command("list")
    .description("each template, its source (built-in or the store's templates/ folder) and which one is used")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .action(async (opts: { format: "text" | "json" | "markdown" }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { templatesList } = await import("../commands/templates.js");
        return templatesList({ cwd: process.cwd(), store: globals(cmd).store, format: opts.format }, t);
      });
    });
}
