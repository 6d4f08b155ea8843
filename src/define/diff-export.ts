// lif diff, lif export: flags to options only; the command body is imported lazily.
import { Option, type Command } from "commander";
import { globals, run } from "../cli-run.js";
import { parseAsOf } from "../cli-options.js";

export function defineDiffExport(program: Command): void {
  program
    .command("diff")
    .description("what changed in the records between two git revisions, in domain terms (for a pull-request comment)")
    .argument("<base>", "the git revision to compare from, for example origin/main")
    .argument("[head]", "the git revision to compare to (default: the working tree)")
    .option("--as-of <date>", "the date for overdue actions and missed deadlines, YYYY-MM-DD (default: today)")
    .addOption(new Option("--format <format>", "output format (default: markdown when piped, text on a terminal)").choices(["markdown", "json", "text"]))
    .addHelpText("after", "\nReads both revisions through git; never checks anything out.\nExit codes: 0 compared, 2 usage error (not a git repository, no commits, unknown revision).\n\nExamples:\n  lif diff origin/main\n  lif diff HEAD~1 HEAD --format json\n  lif diff main --as-of 2022-03-31 > comment.md")
    .action(async (base: string, head: string | undefined, opts: { asOf?: string; format?: "markdown" | "json" | "text" }, cmd: Command) => {
      await run(cmd, async (t) => {
        const asOf = parseAsOf(opts.asOf);
        const { diff } = await import("../commands/diff.js");
        return diff({ cwd: process.cwd(), store: globals(cmd).store, base, head, asOf, format: opts.format }, t);
      });
    });

  program
    .command("export")
    .description("flat tables of the records for spreadsheets: CSV, Excel (xlsx) or JSON")
    .addOption(new Option("--format <format>", "output format (default: from the --out file's extension)").choices(["csv", "xlsx", "json"]))
    .option("--kind <kind>", "one table only: rapid-reviews, practice-reviews, audits, audit-cases, s11-cycles, s11-ratings, six-steps, actions")
    .option("--out <path>", "write to this file (xlsx needs one); for csv without --kind, a folder that gets one file per table")
    .option("--as-of <date>", "the date overdue columns are computed for, YYYY-MM-DD (default: today)")
    .option("--year <year>", "the financial year of the xlsx Rollup sheet, for example 2021/22 (default: the year of --as-of)")
    .option("--include-internal", "also export internal fields (notes, circumstances, audited case summaries)", false)
    .addHelpText("after", "\nExit codes: 0 written, 2 usage error.\n\nExamples:\n  lif export --format xlsx --out build/lif.xlsx\n  lif export --format csv --kind actions > actions.csv\n  lif export --format csv --out build/tables/\n  lif export --format json --kind s11-ratings")
    .action(async (opts: { format?: "csv" | "xlsx" | "json"; kind?: string; out?: string; asOf?: string; year?: string; includeInternal: boolean }, cmd: Command) => {
      await run(cmd, async (t) => {
        const asOf = parseAsOf(opts.asOf);
        const { exportTables } = await import("../commands/export.js");
        return exportTables({ cwd: process.cwd(), store: globals(cmd).store, format: opts.format, kind: opts.kind, out: opts.out, asOf, year: opts.year, includeInternal: opts.includeInternal }, t);
      });
    });
}
