// lif validate: flags to ValidateOptions.
import { Option, type Command } from "commander";
import { globals, run } from "../cli-run.js";

export function defineValidate(program: Command): void {
  program
    .command("validate")
    .description("check every record against the schemas and the cross-record rules")
    .argument("[paths...]", "only report findings for these files or folders (the whole store is still loaded)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "github"]).default("text"))
    .option("--strict", "warnings fail too (exit 1)", false)
    .addHelpText("after", "\nExit codes: 0 no findings, 1 findings (errors, or warnings with --strict), 2 usage error.\n\nExamples:\n  lif validate\n  lif validate records/actions --format json")
    .action(async (paths: string[], opts: { format: "text" | "json" | "github"; strict: boolean }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { validate } = await import("../commands/validate.js");
        return validate({ cwd: process.cwd(), store: globals(cmd).store, paths, format: opts.format, strict: opts.strict }, t);
      });
    });

}
