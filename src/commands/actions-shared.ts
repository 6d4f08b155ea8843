// What `lif actions` and `lif actions overdue` share: opening the store,
// names for agencies and groups, the filters, and GitHub annotations.
import type { IsoDate } from "../core/dates/calendar.js";
import type { ActionRow, Names } from "../core/facts/overdue.js";
import type { ActionSourceType, ActionStatus } from "../core/model/records.js";
import type { RecordStore } from "../core/model/store.js";
import { pluralWord } from "../core/render/format.js";
import { nearest } from "../core/text/nearest.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { openStore, type OpenedStore } from "../io/open-store.js";
import type { Locate } from "../core/validate/load-store.js";
import { githubAnnotation } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";
import { describeStoreErrors, storeErrors } from "./store-errors.js";

export const LIST_FORMATS = ["text", "json", "csv", "markdown", "github"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const STATUS_FILTERS = ["not-started", "in-progress", "complete", "cancelled", "open", "overdue"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

const SOURCE_TYPES: readonly ActionSourceType[] = ["review", "audit", "s11", "six-steps", "cdop", "board", "development-plan", "dashboard"];

export interface ActionFilters {
  agency?: string;
  owner?: string;
  group?: string;
  source?: string;
  status?: string;
  dueBefore?: IsoDate;
  dueAfter?: IsoDate;
}

export interface ActionsOptions {
  cwd: string;
  store?: string;
  asOf: IsoDate;
  format: ListFormat;
  filters: ActionFilters;
}

/**
 * Opens the store. Records that fail their schema are left out of every
 * figure, so the user is told, and the command exits 1 (`exitCode`) after
 * still showing what it could.
 */
export function openForActions(options: { cwd: string; store?: string }, t: Terminal): OpenedStore & { exitCode: number } {
  const opened = openStore(options.cwd, options.store);
  const found = storeErrors(opened.findings);
  if (!found.errors) return { ...opened, exitCode: EXIT_OK };
  t.err(`lif: ${describeStoreErrors(found)}: a record that fails its schema is left out of these figures (run lif validate)`);
  return { ...opened, exitCode: EXIT_FINDINGS };
}

/** Short names for tables: an agency's shortName, else its name. */
export function tableNames(store: RecordStore): Names {
  const p = store.partnership?.record;
  const agencies = new Map((p?.agencies ?? []).map((a) => [a.id, a.shortName ?? a.name]));
  const groups = new Map((p?.groups ?? []).map((g) => [g.id, g.name]));
  return {
    agency: (id) => (id === "partnership" ? (p?.shortName ?? "Partnership") : (agencies.get(id) ?? id)),
    group: (id) => groups.get(id) ?? id,
  };
}

/** Turns the filter flags into a row predicate; an agency, group or source that does not exist is a usage error. */
export function rowFilter(filters: ActionFilters, store: RecordStore): (row: ActionRow) => boolean {
  const p = store.partnership?.record;
  const agency = filters.agency === undefined ? undefined
    : resolveTerm("--agency", filters.agency, [...(p?.agencies ?? []), { id: "partnership", name: p?.name ?? "partnership", shortName: p?.shortName }]);
  const group = filters.group === undefined ? undefined : resolveTerm("--group", filters.group, p?.groups ?? []);
  const source = filters.source === undefined ? undefined : resolveSource(filters.source, store);
  const status = filters.status === undefined ? undefined : resolveStatus(filters.status);
  const owner = filters.owner?.toLowerCase();
  return (row) =>
    (agency === undefined || row.leadAgency === agency)
    && (group === undefined || row.group === group)
    && (source === undefined || row.sourceType === source || row.sourceRecord === source)
    && (owner === undefined || row.owner.toLowerCase().includes(owner))
    && (status === undefined || matchesStatus(row, status))
    && (filters.dueBefore === undefined || row.due < filters.dueBefore)
    && (filters.dueAfter === undefined || row.due > filters.dueAfter);
}

function matchesStatus(row: ActionRow, status: StatusFilter): boolean {
  if (status === "open") return row.statusAsOf !== "complete" && row.statusAsOf !== "cancelled";
  if (status === "overdue") return row.state === "overdue";
  return row.statusAsOf === (status as ActionStatus);
}

function resolveStatus(value: string): StatusFilter {
  if ((STATUS_FILTERS as readonly string[]).includes(value)) return value as StatusFilter;
  const guess = nearest(value, STATUS_FILTERS, 1)[0];
  throw new UsageError(`--status ${JSON.stringify(value)} is not a status${guess ? `; did you mean "${guess}"?` : ""} (expected one of: ${STATUS_FILTERS.join(", ")})`);
}

/** An id, or a name or short name in any case. */
function resolveTerm(flag: string, value: string, terms: ReadonlyArray<{ id: string; name: string; shortName?: string | undefined }>): string {
  const lower = value.toLowerCase();
  const found = terms.find((t) => t.id === value) ?? terms.find((t) => [t.id, t.name, t.shortName].some((x) => x?.toLowerCase() === lower));
  if (found) return found.id;
  const near = nearest(value, terms.map((t) => t.id), 3);
  throw new UsageError(`${flag} ${JSON.stringify(value)} matches no id or name${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""} (ids: ${terms.map((t) => t.id).join(", ")})`);
}

function resolveSource(value: string, store: RecordStore): string {
  if ((SOURCE_TYPES as readonly string[]).includes(value) || store.byId.has(value)) return value;
  const near = nearest(value, [...SOURCE_TYPES, ...store.byId.keys()], 3);
  throw new UsageError(`--source ${JSON.stringify(value)} is neither a source type (${SOURCE_TYPES.join(", ")}) nor a record id${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""}`);
}

/** "12 days overdue", "due today", "30 days left", "done 5 days late", "done on time", "cancelled". */
export function timing(row: ActionRow): string {
  const days = (n: number) => `${n} ${pluralWord(n, "day")}`;
  switch (row.state) {
    case "overdue":
      return `${days(row.daysOverdue!)} overdue`;
    case "due-today":
      return "due today";
    case "open":
      return `${days(row.daysLeft!)} left`;
    case "complete":
      return row.completedLateDays === undefined ? "done" : row.completedLateDays > 0 ? `done ${days(row.completedLateDays)} late` : "done on time";
    case "cancelled":
      return "cancelled";
  }
}

/**
 * GitHub workflow commands: one warning per overdue action, on the `due:`
 * line of its file, so a pull request shows it where the date is written.
 */
export function githubAnnotations(rows: readonly ActionRow[], locate: Locate, prefix: string): string {
  return rows
    .filter((r) => r.state === "overdue")
    .map((r) => {
      const pos = locate(r.file, "/due", "key");
      const message = `${r.id} is ${timing(r)} (due ${r.due}; lead ${r.leadAgencyName}; owner ${r.owner})`;
      return githubAnnotation("warning", prefix + r.file, pos.line, pos.column, "lif overdue action", message);
    })
    .join("\n");
}
