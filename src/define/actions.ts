// lif actions, lif actions overdue, lif actions update, lif deadlines: flags to options only; the command body is imported lazily.
//
// `actions` has options and subcommands. Commander lets the parent consume
// any option it knows wherever it appears, so the subcommands read their
// values with optsWithGlobals() and no option here has a commander default.
import type { Command } from "commander";
import { globals, run } from "../cli-run.js";
import { parseAsOf, parseDateFlag, parseFormat } from "../cli-options.js";
import { UsageError } from "../errors.js";

interface FilterFlags {
  agency?: string;
  owner?: string;
  group?: string;
  source?: string;
  status?: string;
  dueBefore?: string;
  dueAfter?: string;
  asOf?: string;
  format?: string;
}

function addFilters(cmd: Command, formats: string): Command {
  return cmd
    .option("--agency <agency>", "lead agency: id, name or short name")
    .option("--owner <text>", "owner role containing this text (any case)")
    .option("--group <group>", "monitoring group: id or name")
    .option("--source <source>", "source type (review, audit, s11, six-steps, cdop, board, development-plan, dashboard) or source record id")
    .option("--status <status>", "status as of the date: not-started, in-progress, complete, cancelled, open or overdue")
    .option("--due-before <date>", "due before this date (YYYY-MM-DD, not on it)")
    .option("--due-after <date>", "due after this date (YYYY-MM-DD, not on it)")
    .option("--as-of <date>", "the date to judge by, YYYY-MM-DD (default: today)")
    .option("--format <format>", `output format: ${formats} (default: text)`);
}

async function listOptions(flags: FilterFlags, cmd: Command) {
  const { LIST_FORMATS } = await import("../commands/actions-shared.js");
  return {
    cwd: process.cwd(),
    store: globals(cmd).store,
    asOf: parseAsOf(flags.asOf),
    format: parseFormat(flags.format, LIST_FORMATS),
    filters: {
      agency: flags.agency, owner: flags.owner, group: flags.group, source: flags.source, status: flags.status,
      dueBefore: parseDateFlag(flags.dueBefore, "--due-before"), dueAfter: parseDateFlag(flags.dueAfter, "--due-after"),
    },
  };
}

const EXIT_CODES = "\nExit codes: 0 listed; 1 the store has records with errors (still listed, without them: run lif validate); 2 usage error (a bad flag or date).";

export function defineActions(program: Command): void {
  const actions = addFilters(program.command("actions"), "text, json, csv, markdown, github")
    .description("list actions with their due dates and how late they are, as of a date")
    .addHelpText("after", `${EXIT_CODES}\n\nExamples:\n  lif actions --as-of 2022-03-31\n  lif actions --agency sussex-police --status open\n  lif actions --group qa-subgroup --format csv > qa-actions.csv\n  lif actions --format github   # annotate overdue actions in a pull request`)
    .action(async (_flags: FilterFlags, cmd: Command) => {
      await run(cmd, async (t) => {
        const options = await listOptions(cmd.optsWithGlobals() as FilterFlags, cmd);
        const { listActions } = await import("../commands/actions.js");
        return listActions(options, t);
      });
    });

  addFilters(actions.command("overdue"), "text, json, csv, markdown, github")
    .description("overdue actions as of a date, by lead agency and monitoring group, in ageing bands")
    .addHelpText("after", `\nAn action is overdue when it is neither complete nor cancelled and its due date is before the as-of date (due today is not overdue).${EXIT_CODES}\n\nExamples:\n  lif actions overdue --as-of 2022-03-31\n  lif actions overdue --group case-review-group --format markdown`)
    .action(async (_flags: FilterFlags, cmd: Command) => {
      await run(cmd, async (t) => {
        const options = await listOptions(cmd.optsWithGlobals() as FilterFlags, cmd);
        const { overdueActions } = await import("../commands/actions.js");
        return overdueActions(options, t);
      });
    });

  actions
    .command("update")
    .description("record progress on an action: a dated progress entry, and a new status, due date or evidence of impact")
    .argument("<id>", "the action's id")
    .option("--status <status>", "new status: not-started, in-progress, complete or cancelled")
    .option("--note <text>", "the progress update (also the reason for a moved due date or a cancellation)")
    .option("--due <date>", "new due date, YYYY-MM-DD (the old one is kept in dueHistory)")
    .option("--impact <text>", "evidence of impact: what changed, and how it is known")
    .option("--date <date>", "the date of the update, YYYY-MM-DD (default: today); --as-of is the same")
    .option("--as-of <date>", "same as --date")
    .addHelpText("after", "\nThe file is changed in place: comments, key order and blank lines stay as they were.\nThe whole store is validated with the change before anything is written.\nCompleting an action from an LCSPR needs evidence of impact (already recorded, or --impact).\nExit codes: 0 updated, 1 refused (unknown id, invalid result, no impact evidence), 2 usage error.\n\nExamples:\n  lif actions update act-lcspr-2019-child-x-01 --note \"Training delivered to 40 staff\"\n  lif actions update act-lcspr-2019-child-x-01 --status complete --impact \"Audit in May shows referrals include the child's voice\"\n  lif actions update act-audit-2021-06-nai-under-2s-02 --due 2022-09-30 --note \"Waiting for the new protocol\"")
    .action(async (id: string, _flags: unknown, cmd: Command) => {
      await run(cmd, async (t) => {
        const f = cmd.optsWithGlobals() as { status?: string; note?: string; due?: string; impact?: string; date?: string; asOf?: string };
        const { updateAction, ACTION_STATUSES } = await import("../commands/actions-update.js");
        if (f.status !== undefined && !(ACTION_STATUSES as readonly string[]).includes(f.status)) {
          throw new UsageError(`--status ${JSON.stringify(f.status)} is not a status an action can be given; expected one of: ${ACTION_STATUSES.join(", ")}`);
        }
        if (f.date !== undefined && f.asOf !== undefined && f.date !== f.asOf) throw new UsageError("--date and --as-of name the same date; give one");
        return updateAction({
          cwd: process.cwd(), store: globals(cmd).store, id,
          status: f.status as (typeof ACTION_STATUSES)[number] | undefined, note: f.note, impact: f.impact,
          due: parseDateFlag(f.due, "--due"),
          date: f.date !== undefined ? parseAsOf(f.date, "--date") : parseAsOf(f.asOf),
        }, t);
      });
    });

  program
    .command("deadlines")
    .description("statutory and local timescales for every review and cycle, in working days, as of a date")
    .option("--as-of <date>", "the date to judge by, YYYY-MM-DD (default: today)")
    .option("--format <format>", "output format: text, json, csv, markdown (default: text)")
    .option("--open", "only deadlines not yet met (due or overdue)", false)
    .addHelpText("after", "\n\"N working days from X\": day X is day 0, the due date is the Nth working day after it.\nWorking days are Monday to Friday less England and Wales bank holidays (substitute and one-off days included).\nExit codes: 0 listed; 1 the store has records with errors (still listed, without them); 2 usage error.\n\nExamples:\n  lif deadlines --as-of 2022-03-31\n  lif deadlines --open --format markdown")
    .action(async (flags: { asOf?: string; format?: string; open: boolean }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { deadlines, DEADLINE_FORMATS } = await import("../commands/deadlines.js");
        return deadlines({ cwd: process.cwd(), store: globals(cmd).store, asOf: parseAsOf(flags.asOf), format: parseFormat(flags.format, DEADLINE_FORMATS), open: flags.open }, t);
      });
    });
}
