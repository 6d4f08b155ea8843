// lif actions and lif actions overdue: listings of actions as of a date.
// Compute (core/facts/overdue), then render one view in the chosen format.
import type { ChalkInstance } from "chalk";
import { actionRow, compareRows, computeOverdue, existedOn, type ActionRow, type OverdueGroup, type OverdueView } from "../core/facts/overdue.js";
import { renderTable, type Column } from "../ui/table.js";
import type { Locate } from "../core/validate/load-store.js";
import { storePrefix } from "../io/store-path.js";
import type { Terminal } from "../ui/terminal.js";
import { githubAnnotations, openForActions, rowFilter, tableNames, timing, type ActionsOptions } from "./actions-shared.js";

export type { ActionsOptions } from "./actions-shared.js";

/** GitHub annotations for the overdue rows, on the files as the workflow names them. */
type Annotate = (rows: readonly ActionRow[]) => string;

function annotator(locate: Locate, cwd: string, root: string): Annotate {
  const prefix = storePrefix(cwd, root);
  return (rows) => githubAnnotations(rows, locate, prefix);
}

export interface ActionsListView {
  asOf: string;
  count: number;
  rows: ActionRow[];
}

/** The rows `lif actions` shows: actions that existed on the date, filtered, by due date then id. */
export function buildActionsList(options: ActionsOptions, t: Terminal): { view: ActionsListView; annotate: Annotate; exitCode: number } {
  const { store, locate, root, exitCode } = openForActions(options, t);
  const keep = rowFilter(options.filters, store);
  const names = tableNames(store);
  const rows = store.actions
    .filter((a) => existedOn(a.record, options.asOf))
    .map((a) => actionRow(a, options.asOf, names))
    .filter(keep)
    .sort(compareRows);
  return { view: { asOf: options.asOf, count: rows.length, rows }, annotate: annotator(locate, options.cwd, root), exitCode };
}

export async function listActions(options: ActionsOptions, t: Terminal): Promise<number> {
  const { view, annotate, exitCode } = buildActionsList(options, t);
  if (options.format === "json") t.out(JSON.stringify(view, null, 2));
  else if (options.format === "github") {
    const text = annotate(view.rows);
    if (text) t.out(text);
    t.err(`${view.rows.filter((r) => r.state === "overdue").length} overdue of ${view.count} actions as of ${view.asOf}`);
  } else if (options.format === "text") {
    t.out(view.rows.length ? renderTable(listColumns(t.color), view.rows, "text", t.color) : "No actions match.");
    t.out(t.color.dim(`${view.count} action${view.count === 1 ? "" : "s"} as of ${view.asOf}`));
  } else t.out(renderTable(listColumns(), view.rows, options.format));
  return exitCode;
}

/** The columns that name an action, first in both listings. */
const WHO_COLUMNS: Column<ActionRow>[] = [
  { header: "ID", value: (r) => r.id },
  { header: "Source", value: (r) => r.source },
  { header: "Lead agency", value: (r) => r.leadAgencyName },
  { header: "Owner", value: (r) => r.owner },
];

function listColumns(c?: ChalkInstance): Column<ActionRow>[] {
  return [
    ...WHO_COLUMNS,
    { header: "Due", value: (r) => r.due },
    { header: "Status", value: (r) => r.statusAsOf },
    { header: "Overdue / left", value: (r) => paint(timing(r), r, c) },
  ];
}

function paint(text: string, row: ActionRow, c: ChalkInstance | undefined): string {
  if (!c) return text;
  if (row.state === "overdue") return c.red(text);
  if (row.state === "due-today") return c.yellow(text);
  return row.state === "open" ? text : c.dim(text);
}

// ---- lif actions overdue ------------------------------------------------

function buildOverdue(options: ActionsOptions, t: Terminal): { view: OverdueView; annotate: Annotate; exitCode: number } {
  const { store, locate, root, exitCode } = openForActions(options, t);
  const keep = rowFilter(options.filters, store);
  const names = tableNames(store);
  // Filter on the rows first, so the groupings and totals describe the same actions.
  const kept = store.actions.filter((a) => keep(actionRow(a, options.asOf, names)));
  return { view: computeOverdue(kept, { asOf: options.asOf, names }), annotate: annotator(locate, options.cwd, root), exitCode };
}

export async function overdueActions(options: ActionsOptions, t: Terminal): Promise<number> {
  const { view, annotate, exitCode } = buildOverdue(options, t);
  switch (options.format) {
    case "json":
      t.out(JSON.stringify(view, null, 2));
      break;
    case "csv":
      t.out(renderTable(overdueColumns(), view.rows, "csv"));
      break;
    case "github": {
      const text = annotate(view.rows);
      if (text) t.out(text);
      t.err(headline(view));
      break;
    }
    case "markdown":
      t.out(overdueMarkdown(view));
      break;
    default:
      t.out(overdueText(view, t.color));
  }
  return exitCode;
}

function headline(view: OverdueView): string {
  const n = view.totals.total;
  return `${n} overdue action${n === 1 ? "" : "s"} as of ${view.asOf} (of ${view.open} open)`;
}

function overdueColumns(): Column<ActionRow>[] {
  return [
    ...WHO_COLUMNS,
    { header: "Group", value: (r) => r.groupName },
    { header: "Due", value: (r) => r.due },
    // Plain: colour codes would count towards the width of a right-aligned column.
    { header: "Days overdue", value: (r) => r.daysOverdue, align: "right" },
  ];
}

function groupColumns(view: OverdueView, title: string): Column<OverdueGroup>[] {
  return [
    { header: title, value: (g) => g.name },
    ...view.bands.map((b, i) => ({ header: b.label, value: (g: OverdueGroup) => g.bands[i], align: "right" as const })),
    { header: "Total", value: (g) => g.total, align: "right" },
  ];
}

function withTotal(view: OverdueView, groups: OverdueGroup[]): OverdueGroup[] {
  return [...groups, { id: "", name: "All", bands: view.totals.bands, total: view.totals.total }];
}

function overdueText(view: OverdueView, c: ChalkInstance): string {
  if (!view.rows.length) return `No overdue actions as of ${view.asOf} (${view.open} open).`;
  return [
    c.bold(headline(view)),
    "",
    renderTable(groupColumns(view, "By lead agency"), withTotal(view, view.byAgency), "text", c),
    "",
    renderTable(groupColumns(view, "By monitoring group"), withTotal(view, view.byGroup), "text", c),
    "",
    renderTable(overdueColumns(), view.rows, "text", c),
  ].join("\n");
}

function overdueMarkdown(view: OverdueView): string {
  const parts = [`## Overdue actions as of ${view.asOf}`, "", `${headline(view)}.`];
  if (view.rows.length) {
    parts.push(
      "", "### By lead agency", "", renderTable(groupColumns(view, "Lead agency"), withTotal(view, view.byAgency), "markdown"),
      "", "### By monitoring group", "", renderTable(groupColumns(view, "Monitoring group"), withTotal(view, view.byGroup), "markdown"),
      "", "### Actions", "", renderTable(overdueColumns(), view.rows, "markdown"),
    );
  }
  return parts.join("\n");
}
