// The commander program: flags in, options out. Commands are imported only
// when run, so `lif --help` never pays for ajv, yaml or handlebars. Each
// command block maps flags to its typed options and nothing more.
import { Command, Option } from "commander";
import { globals, run } from "./cli-run.js";

export function buildProgram(): Command {
  const program = new Command("lif")
    .description("Learning and Improvement Framework records for a Safeguarding Children Partnership: validate, compute, render.")
    .version("0.1.0")
    .option("--store <dir>", "the record store (default: the nearest folder upwards holding records/partnership.yaml)")
    .option("--no-color", "plain output even on a terminal")
    .showHelpAfterError("(run lif --help for usage)")
    .configureHelp({ sortSubcommands: false })
    .exitOverride();

  program
    .command("validate")
    .description("check every record against the schemas and the cross-record rules")
    .argument("[paths...]", "only report findings for these files or folders (the whole store is still loaded)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "github"]).default("text"))
    .option("--strict", "warnings fail too (exit 1)", false)
    .addHelpText("after", "\nExit codes: 0 no findings, 1 findings (errors, or warnings with --strict), 2 usage error.\n\nExamples:\n  lif validate\n  lif validate records/actions --format json")
    .action(async (paths: string[], opts: { format: "text" | "json" | "github"; strict: boolean }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { validate } = await import("./commands/validate.js");
        return validate({ cwd: process.cwd(), store: globals(cmd).store, paths, format: opts.format, strict: opts.strict }, t);
      });
    });

  // New commands go here, one block each, in the order of `lif --help`.

  // Commander's own errors (unknown option, bad choice) exit 2, not 1.
  for (const cmd of [program, ...program.commands]) cmd.exitOverride();
  return program;
}
