// lif init, lif new: flags to options only; the command body is imported lazily.
import { Argument, type Command } from "commander";
import { globals, run } from "../cli-run.js";
import { parseAsOf } from "../cli-options.js";
import { NEW_KINDS } from "../core/author/new-kinds.js";


const collectValues = (value: string, previous: string[] = []) => [...previous, value];

/** Prompts only for a person at a terminal: never when stdin is not a TTY or CI is set. */
export function canPrompt(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY) && !ci;
}

export function defineAuthoring(program: Command): void {
  program
    .command("init")
    .description("start a new record store: partnership.yaml, the record folders, schemas, a README, editor settings and a CI workflow")
    .argument("[dir]", "the folder to create the store in (must be empty or not exist yet)", ".")
    .option("--name <name>", "the partnership's full name, for example \"West Sussex Safeguarding Children Partnership\"")
    .option("--short-name <abbr>", "the abbreviation used in reports (default: the initials of the name)")
    .option("--area <area>", "the local authority area (default: from the name)")
    .option("--started-on <date>", "when the safeguarding arrangements began, YYYY-MM-DD (default: 2019-09-29)")
    .option("--agency <agency>", "an agency, as \"id: Name\" or \"Name\" (repeatable; default: the three lead partners and common members)", collectValues)
    .option("--lead <ids>", "the lead safeguarding partners, agency ids separated by commas (default: the first three agencies)")
    .option("--priority <title>", "a priority of the partnership (repeatable)", collectValues)
    .option("--as-of <date>", "today's date for the proposed priority period, YYYY-MM-DD (default: today)")
    .option("-y, --yes", "take the defaults for everything not given, without asking")
    .addHelpText("after", [
      "",
      "Asks at a terminal; with --yes, with stdin not a terminal, or with CI set, it never asks:",
      "what is not given takes its default, and a missing name is an error (exit 2).",
      "Refuses a folder that is not empty (a folder holding only .git is fine) and never overwrites a file.",
      "",
      "Exit codes: 0 created, 1 the answers do not make a valid partnership, 2 usage error or missing answers, 130 stopped with Ctrl-C.",
      "",
      "Examples:",
      "  lif init wssp",
      "  lif init wssp --name \"West Sussex Safeguarding Children Partnership\" --yes",
      "  lif init . --name \"Example SCP\" --agency \"la: Example Council Children's Services\" --agency \"police: Example Police\" --agency \"icb: NHS Example ICB\" --yes",
    ].join("\n"))
    .action(async (dir: string, opts: InitFlags, cmd: Command) => {
      await run(cmd, async (t) => {
        const { init } = await import("../commands/init.js");
        return init({
          cwd: process.cwd(),
          dir,
          asOf: parseAsOf(opts.asOf),
          interactive: !opts.yes && canPrompt(),
          given: {
            name: opts.name, shortName: opts.shortName, area: opts.area, startedOn: opts.startedOn,
            agencies: opts.agency, lead: opts.lead, priorities: opts.priority,
          },
        }, t);
      });
    });

  program
    .command("new")
    .description("create a record (and the actions it needs) by answering questions, or unattended from --set and --answers")
    .addArgument(new Argument("<kind>", "the kind of record").choices(NEW_KINDS))
    .option("--set <key=value>", "an answer (repeatable); see below for lists and entries", collectValues)
    .option("--answers <file>", "answers from a YAML file shaped like the record (a record file works)")
    .option("--as-of <date>", "today's date: proposed dates, and the check that past events are not in the future, YYYY-MM-DD (default: today)")
    .option("--dry-run", "show the files and check them, but write nothing")
    .addHelpText("after", [
      "",
      "At a terminal, lif new asks for every answer not given, checking each as it is typed, shows",
      "the files and asks before writing. With stdin not a terminal, or CI set, it never asks:",
      "answers come from --set and --answers (--set wins), proposals (the id, today's date) are taken,",
      "and every missing answer is listed (exit 2). A wrong answer names the field (exit 1).",
      "",
      "--set forms:",
      "  --set pseudonym=\"Child 5\"                   a field",
      "  --set dates.aware=2022-04-04                a field inside a mapping",
      "  --set themes=covid-19,voice-of-the-child    a list of choices, separated by commas",
      "  --set children=under-1:female,age-1:male    a list of entries in short form (ageBand:sex)",
      "  --set ratings=s1:green,s2:amber             Section 11 ratings in short form (standard:rating)",
      "  --set ratings[1].actions[0].due=2023-03-31  one field of one entry, counted from 0",
      "  --set keyLearning+=\"…\"                      adds one text to a list (repeat for more)",
      "",
      "Exit codes: 0 written, 1 a wrong answer or an invalid record (nothing written), 2 usage error or",
      "missing answers, 130 stopped with Ctrl-C (nothing written).",
      "",
      "Examples:",
      "  lif new rapid-review",
      "  lif new action --set source.type=cdop --set description=\"…\" --set leadAgency=nhs-sussex \\",
      "      --set owner=\"Designated Nurse\" --set group=case-review-group --set due=2023-03-31",
      "  lif new s11-return --answers police-return.yaml --dry-run",
    ].join("\n"))
    .action(async (kind: string, opts: { set?: string[]; answers?: string; asOf?: string; dryRun?: boolean }, cmd: Command) => {
      await run(cmd, async (t) => {
        const { newRecord } = await import("../commands/new.js");
        return newRecord({
          cwd: process.cwd(), store: globals(cmd).store, kind, asOf: parseAsOf(opts.asOf), set: opts.set ?? [], answers: opts.answers,
          interactive: canPrompt(), dryRun: opts.dryRun === true,
        }, t);
      });
    });
}

interface InitFlags {
  name?: string;
  shortName?: string;
  area?: string;
  startedOn?: string;
  agency?: string[];
  lead?: string;
  priority?: string[];
  asOf?: string;
  yes?: boolean;
}
