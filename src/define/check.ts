// lif check privacy: flags to options only; the command body is imported lazily.
import { Option, type Command } from "commander";
import { globals, run } from "../cli-run.js";

export function defineCheck(program: Command): void {
  const check = program.command("check").description("checks beyond validation");
  check
    .command("privacy")
    .description("find text in the records that looks like a real name, date of birth, NHS number, postcode, phone number or email")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "github"]).default("text"))
    .addHelpText("after", "\nA reviewed false positive is allowed by listing it in the record:\n  privacyReviewed:\n    - text: Ashdown Forest\n      reason: a place, not a person\n\nExit codes: 0 nothing found, 1 findings, 2 usage error.")
    .action(async (opts: { format: "text" | "json" | "github" }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { checkPrivacyCommand } = await import("../commands/check-privacy.js");
        return checkPrivacyCommand({ cwd: process.cwd(), store: globals(cmd).store, format: opts.format }, t);
      });
    });
}
