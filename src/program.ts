// The commander program: flags in, options out. Commands are imported only
// when run, so `lif --help` never pays for ajv, yaml or handlebars. Each
// command block maps flags to its typed options and nothing more.
import { Command } from "commander";
import { defineActions } from "./define/actions.js";
import { defineAuthoring } from "./define/authoring.js";
import { defineCheck } from "./define/check.js";
import { defineRender } from "./define/render.js";
import { defineDiffExport } from "./define/diff-export.js";
import { defineRollup } from "./define/rollup.js";
import { defineValidate } from "./define/validate.js";

export function buildProgram(): Command {
  const program = new Command("lif")
    .description("Learning and Improvement Framework records for a Safeguarding Children Partnership: validate, compute, render.")
    .version("0.1.0")
    .option("--store <dir>", "the record store (default: the nearest folder upwards holding records/partnership.yaml)")
    .option("--no-color", "plain output even on a terminal")
    .showHelpAfterError("(run lif --help for usage)")
    .configureHelp({ sortSubcommands: false })
    .exitOverride();

  // One file per command family in src/define/, in the order of `lif --help`.
  defineValidate(program);
  defineActions(program);
  defineRollup(program);
  defineRender(program);
  defineAuthoring(program);
  defineDiffExport(program);
  defineCheck(program);

  // Commander's own errors (unknown option, bad choice) exit 2, not 1.
  exitOverrideEverywhere(program);
  return program;
}

function exitOverrideEverywhere(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) exitOverrideEverywhere(sub);
}
