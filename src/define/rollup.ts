// lif rollup: flags to options only; the command body is imported lazily.
import { Option, type Command } from "commander";
import { globals, run } from "../cli-run.js";

export function defineRollup(program: Command): void {
  program
    .command("rollup")
    .description("the figures of a financial year or any period, computed from the records")
    .option("--year <year>", "a financial year: 2021/22, 2021-22 or FY2021-22")
    .option("--from <date>", "first day of the period (YYYY-MM-DD)")
    .option("--to <date>", "last day of the period (default: --as-of)")
    .option("--since-start", "from the partnership's startedOn to --to (default: --as-of)")
    .option("--as-of <date>", "the day to compute for (default: today); figures at period end use the earlier of this and the period's end")
    .option("--only <groups>", "comma-separated groups: reviews, children, abuse-types, themes, audits, s11, actions")
    .option("--cycle <id>", "the Section 11 cycle to show (default: the latest launched by period end)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "csv", "markdown"]).default("text"))
    .addHelpText("after", [
      "",
      "Give the period one way: --year, --from [--to], or --since-start [--to].",
      "Exit codes: 0 ok, 1 the records have errors (figures still shown; run lif validate), 2 usage error.",
      "",
      "Examples:",
      "  lif rollup --year 2021/22",
      "  lif rollup --since-start --to 2022-03-31 --only children,abuse-types,themes",
      "  lif rollup --year 2021/22 --format json > rollup-2021-22.json",
    ].join("\n"))
    .action(async (opts: { year?: string; from?: string; to?: string; sinceStart?: boolean; asOf?: string; only?: string; cycle?: string; format: "text" | "json" | "csv" | "markdown" }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { rollup } = await import("../commands/rollup.js");
        return rollup({ cwd: process.cwd(), store: globals(cmd).store, ...opts, sinceStart: opts.sinceStart === true }, t);
      });
    });
}
