// lif rollup: the figures of a financial year or any period, computed from
// the records (computeRollup), shown as tables or as the JSON view the
// renderer reads. The period is given exactly one way: --year, --from/--to,
// or --since-start.
import { isAfter } from "../core/dates/calendar.js";
import { FINANCIAL_YEAR_FORMS, parseFinancialYear } from "../core/dates/financial-year.js";
import type { RecordStore } from "../core/model/store.js";
import { pluralWord } from "../core/render/format.js";
import { computeRollup } from "../core/facts/rollup/compute.js";
import { rollupHeading, rollupSections, type Cell, type RollupSection } from "../core/facts/rollup/tables.js";
import { ROLLUP_GROUPS, type PeriodBasis, type RollupGroup, type RollupView } from "../core/facts/rollup/types.js";
import { parseAsOf, parseDateFlag } from "../cli-options.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { openStore } from "../io/open-store.js";
import { csvCell, renderTable, type Column } from "../ui/table.js";
import type { Terminal } from "../ui/terminal.js";
import { describeStoreErrors, storeErrors } from "./store-errors.js";

export type RollupFormat = "text" | "json" | "csv" | "markdown";

export interface RollupOptions {
  cwd: string;
  store?: string;
  year?: string;
  from?: string;
  to?: string;
  sinceStart: boolean;
  asOf?: string;
  only?: string;
  cycle?: string;
  format: RollupFormat;
}

export interface ResolvedPeriod {
  from: string;
  to: string;
  asOf: string;
  basis: PeriodBasis;
}

/**
 * The period from the flags. One way only: --year, or --from (with --to,
 * default --as-of), or --since-start (from the partnership's start to --to,
 * default --as-of). Anything ambiguous is a usage error, never a guess.
 */
export function resolvePeriod(options: Pick<RollupOptions, "year" | "from" | "to" | "sinceStart" | "asOf">, startedOn: string | undefined): ResolvedPeriod {
  const asOf = parseAsOf(options.asOf);
  const from = parseDateFlag(options.from, "--from");
  const to = parseDateFlag(options.to, "--to");
  const ways = [options.year !== undefined && "--year", from !== undefined && "--from", options.sinceStart && "--since-start"].filter(Boolean);
  if (ways.length > 1) throw new UsageError(`give the period one way only, not ${ways.join(" and ")}: --year YEAR, --from DATE [--to DATE], or --since-start [--to DATE]`);
  if (options.year !== undefined) {
    if (to !== undefined) throw new UsageError("give the period one way only, not --year and --to: --year YEAR, --from DATE [--to DATE], or --since-start [--to DATE]");
    const fy = parseFinancialYear(options.year);
    if (!fy) throw new UsageError(`--year ${JSON.stringify(options.year)} is not a financial year; write it ${FINANCIAL_YEAR_FORMS.join(", ").replace(/, ([^,]*)$/, " or $1")}`);
    return { from: fy.from, to: fy.to, asOf, basis: "financial-year" };
  }
  if (from === undefined && !options.sinceStart) {
    throw new UsageError(to !== undefined
      ? "--to needs --from DATE or --since-start"
      : "say which period: --year YEAR (for example 2021/22), --from DATE [--to DATE], or --since-start [--to DATE]");
  }
  const start = from ?? startedOn;
  if (start === undefined) throw new UsageError("--since-start needs the partnership's startedOn, and the partnership record is missing or invalid (run lif validate)");
  const end = to ?? asOf;
  if (isAfter(start, end)) throw new UsageError(`the period starts ${start}, after it ends ${end}`);
  return { from: start, to: end, asOf, basis: options.sinceStart ? "since-start" : "dates" };
}

/** --only reviews,themes: the groups to show, in output order. */
export function parseGroups(only: string | undefined): RollupGroup[] | undefined {
  if (only === undefined) return undefined;
  const asked = only.split(",").map((g) => g.trim()).filter((g) => g !== "");
  const valid = new Set<string>(ROLLUP_GROUPS);
  const unknown = asked.filter((g) => !valid.has(g));
  if (asked.length === 0 || unknown.length > 0) {
    const what = unknown.length > 0 ? `unknown group${unknown.length > 1 ? "s" : ""} ${unknown.map((g) => JSON.stringify(g)).join(", ")}` : "no group named";
    throw new UsageError(`--only: ${what}; the groups are ${ROLLUP_GROUPS.join(", ")}`);
  }
  return ROLLUP_GROUPS.filter((g) => asked.includes(g));
}

export function buildRollup(store: RecordStore, options: Omit<RollupOptions, "cwd" | "store" | "format">): RollupView {
  const period = resolvePeriod(options, store.partnership?.record.startedOn);
  const groups = parseGroups(options.only);
  if (options.cycle !== undefined && !store.s11Cycles.some((c) => c.record.id === options.cycle)) {
    const known = store.s11Cycles.map((c) => c.record.id).sort();
    throw new UsageError(`--cycle ${options.cycle}: no such Section 11 cycle (${known.length > 0 ? `the store has ${known.join(", ")}` : "the store has none"})`);
  }
  return computeRollup(store, { ...period, ...(groups ? { groups } : {}), ...(options.cycle !== undefined ? { cycle: options.cycle } : {}) });
}

export async function rollup(options: RollupOptions, term: Terminal): Promise<number> {
  const opened = openStore(options.cwd, options.store);
  const view = buildRollup(opened.store, options);
  term.out(formatRollup(view, options.format, term));
  // Records that fail their schema are not in the store, so no figure can
  // count them; other errors may make a figure wrong. Show the figures, but fail.
  const found = storeErrors(opened.findings);
  if (found.errors > 0) {
    const left = opened.fileCount - opened.store.records.length;
    const leftOut = left > 0 ? `; ${left} ${pluralWord(left, "file")} could not be loaded and ${left === 1 ? "is" : "are"} left out of every figure` : "";
    term.err(`lif: the records have ${describeStoreErrors(found)}${leftOut}; run lif validate`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

export function formatRollup(view: RollupView, format: RollupFormat, term?: Pick<Terminal, "color">): string {
  if (format === "json") return `${JSON.stringify(view, null, 2)}\n`;
  const sections = rollupSections(view);
  if (format === "csv") return `${sections.flatMap(csvSection).join("\n")}\n`;
  if (format === "markdown") return `${[`# ${rollupHeading(view)}`, ...sections.flatMap(markdownSection)].join("\n\n")}\n`;
  const bold = (text: string) => (term ? term.color.bold(text) : text);
  return `${[bold(rollupHeading(view)), ...sections.flatMap((s) => textSection(s, bold))].join("\n\n")}\n`;
}

function columnsOf(table: RollupSection["tables"][number]): Column<Cell[]>[] {
  return table.columns.map((c, i) => ({ header: c.header, ...(c.align ? { align: c.align } : {}), value: (row: Cell[]) => row[i] }));
}

function textSection(section: RollupSection, bold: (text: string) => string): string[] {
  const tables = section.tables.map((t) => `${t.title}\n${t.rows.length > 0 ? renderTable(columnsOf(t), t.rows, "text") : "  none"}`);
  return [`${bold(section.title.toUpperCase())}${section.notes.length > 0 ? `\n${section.notes.join("\n")}` : ""}`, ...tables];
}

function markdownSection(section: RollupSection): string[] {
  return [
    `## ${section.title}`,
    ...section.notes,
    ...section.tables.flatMap((t) => [`### ${t.title}`, t.rows.length > 0 ? renderTable(columnsOf(t), t.rows, "markdown") : "None."]),
  ];
}

/** One block per table: a title row, the header, the rows, then a blank line. */
function csvSection(section: RollupSection): string[] {
  return section.tables.map((t) => `${csvCell(`${section.title}: ${t.title}`)}\n${renderTable(columnsOf(t), t.rows, "csv")}\n`);
}
