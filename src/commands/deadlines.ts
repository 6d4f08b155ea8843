// lif deadlines: the statutory and local timescales of every review and
// cycle as of a date (core/facts/deadlines), as a table, CSV, Markdown or JSON.
import type { ChalkInstance } from "chalk";
import type { IsoDate } from "../core/dates/calendar.js";
import { computeDeadlines, describeDeadline, type DeadlineLine, type DeadlinesView } from "../core/facts/deadlines.js";
import { renderTable, type Column } from "../ui/table.js";
import type { Terminal } from "../ui/terminal.js";
import { openForActions } from "./actions-shared.js";

export const DEADLINE_FORMATS = ["text", "json", "csv", "markdown"] as const;
export type DeadlineFormat = (typeof DEADLINE_FORMATS)[number];

export interface DeadlinesOptions {
  cwd: string;
  store?: string;
  asOf: IsoDate;
  format: DeadlineFormat;
  /** Only lines not yet met: due and overdue. */
  open: boolean;
}

function buildDeadlines(options: DeadlinesOptions, t: Terminal): { view: DeadlinesView; exitCode: number } {
  const { store, exitCode } = openForActions(options, t);
  const view = computeDeadlines(store, { asOf: options.asOf });
  return { view: options.open ? { ...view, lines: view.lines.filter((l) => l.state === "due" || l.state === "overdue") } : view, exitCode };
}

export async function deadlines(options: DeadlinesOptions, t: Terminal): Promise<number> {
  const { view, exitCode } = buildDeadlines(options, t);
  for (const w of view.warnings) t.err(`lif: warning: ${w}`);
  if (options.format === "json") t.out(JSON.stringify({ ...view, lines: view.lines.map((l) => ({ ...l, result: describeDeadline(l) })) }, null, 2));
  else if (options.format === "csv") t.out(renderTable(columns(), view.lines, "csv"));
  else if (options.format === "markdown") t.out([`## Deadlines as of ${view.asOf}`, "", `${summary(view)}.`, "", renderTable(columns(), view.lines, "markdown")].join("\n"));
  else {
    t.out(view.lines.length ? renderTable(columns(t.color), view.lines, "text", t.color) : "No deadlines.");
    t.out(t.color.dim(summary(view)));
  }
  return exitCode;
}

function summary(view: DeadlinesView): string {
  const c = view.counts;
  return `As of ${view.asOf}: ${c.met} met, ${c.missed} missed, ${c.due} due, ${c.overdue} overdue (working days exclude England and Wales bank holidays)`;
}

function columns(c?: ChalkInstance): Column<DeadlineLine>[] {
  return [
    { header: "Due", value: (l) => l.due },
    { header: "Record", value: (l) => l.record },
    { header: "Deadline", value: (l) => l.what },
    { header: "Counted", value: (l) => l.basis },
    { header: "Result", value: (l) => paint(l, c) },
  ];
}

function paint(line: DeadlineLine, c: ChalkInstance | undefined): string {
  const text = describeDeadline(line);
  if (!c) return text;
  if (line.state === "overdue" || line.state === "missed") return c.red(text);
  if (line.state === "due") return c.yellow(text);
  return c.green(text);
}
