// What is late, whose it is, and how late, as of a date.
// An action is overdue when, as of the date, it is neither complete nor
// cancelled and its due date is before that date: due today is not overdue.
// Days overdue are calendar days from the due date to the as-of date. A
// revised due date keeps its history in dueHistory; the action is judged on
// its current `due`.
//
// "As of" reads the records as they stood on that date: an action created
// later did not exist yet, and one completed or cancelled later was still
// open (its status then is the last progress update dated on or before it).
import { daysBetween, type IsoDate } from "../dates/calendar.js";
import type { Action, ActionStatus, Located } from "../model/records.js";

export type OverdueState = "overdue" | "due-today" | "open" | "complete" | "cancelled";

export interface OverdueStatus {
  state: OverdueState;
  /** The status as of the date (may differ from the recorded one for a past date). */
  status: ActionStatus;
  /** Calendar days past due (state overdue). */
  daysOverdue?: number;
  /** Calendar days to the due date (state open or due-today: 0). */
  daysLeft?: number;
  /** For an action complete by the date: calendar days it was completed after its due date (0 when on time). */
  completedLateDays?: number;
}

/** The action's status as of `asOf`, from its completion, cancellation and progress dates. */
export function statusAsOf(action: Action, asOf: IsoDate): ActionStatus {
  // A closing status without its date (a rule finding) counts as closed: the date cannot be guessed.
  if (action.status === "complete" && (!action.completed || action.completed <= asOf)) return "complete";
  if (action.status === "cancelled" && (!action.cancellation || action.cancellation.date <= asOf)) return "cancelled";
  if (action.status !== "complete" && action.status !== "cancelled") return action.status;
  // Closed after asOf: it was open then. The last update on or before asOf says how far it had got.
  const earlier = (action.progress ?? []).filter((p) => p.date <= asOf && p.status && p.status !== "complete" && p.status !== "cancelled");
  const last = earlier[earlier.length - 1]?.status;
  if (last) return last;
  return (action.progress ?? []).some((p) => p.date <= asOf) ? "in-progress" : "not-started";
}

/** True when the action existed on `asOf` (created on or before it). */
export function existedOn(action: Action, asOf: IsoDate): boolean {
  return action.created <= asOf;
}

export function overdueStatus(action: Action, asOf: IsoDate): OverdueStatus {
  const status = statusAsOf(action, asOf);
  if (status === "complete") {
    return action.completed ? { state: "complete", status, completedLateDays: Math.max(0, daysBetween(action.due, action.completed)) } : { state: "complete", status };
  }
  if (status === "cancelled") return { state: "cancelled", status };
  const days = daysBetween(action.due, asOf);
  if (days > 0) return { state: "overdue", status, daysOverdue: days };
  return { state: days === 0 ? "due-today" : "open", status, daysLeft: 0 - days };
}

// ---- Ageing bands -------------------------------------------------------

export interface AgeingBand {
  id: string;
  label: string;
  min: number;
  max?: number;
}

/** The monitoring groups' bands: 1–30, 31–90, 91–180 and over 180 days overdue. */
export const AGEING_BANDS: readonly AgeingBand[] = [
  { id: "1-30", label: "1–30 days", min: 1, max: 30 },
  { id: "31-90", label: "31–90 days", min: 31, max: 90 },
  { id: "91-180", label: "91–180 days", min: 91, max: 180 },
  { id: "over-180", label: "over 180 days", min: 181 },
];

export function ageingBand(daysOverdue: number): AgeingBand {
  return AGEING_BANDS.find((b) => daysOverdue >= b.min && (b.max === undefined || daysOverdue <= b.max)) ?? AGEING_BANDS[0]!;
}

// ---- Rows ---------------------------------------------------------------

export interface ActionRow {
  id: string;
  file: string;
  /** source type, and the source record id when there is one: "review lcspr-2021-child-x". */
  source: string;
  sourceType: string;
  sourceRecord?: string;
  leadAgency: string;
  leadAgencyName: string;
  owner: string;
  group: string;
  groupName: string;
  created: IsoDate;
  due: IsoDate;
  /** Earlier due dates, oldest first. */
  dueHistory: IsoDate[];
  /** The recorded status; `statusAsOf` is what it was on the as-of date. */
  status: ActionStatus;
  statusAsOf: ActionStatus;
  state: OverdueState;
  daysOverdue?: number;
  daysLeft?: number;
  completed?: IsoDate;
  completedLateDays?: number;
  band?: string;
}

export interface Names {
  agency(id: string): string;
  group(id: string): string;
}

export function actionRow(located: Located<Action>, asOf: IsoDate, names: Names): ActionRow {
  const a = located.record;
  const s = overdueStatus(a, asOf);
  return {
    id: a.id,
    file: located.file,
    source: a.source.record ? `${a.source.type} ${a.source.record}` : a.source.type,
    sourceType: a.source.type,
    ...(a.source.record ? { sourceRecord: a.source.record } : {}),
    leadAgency: a.leadAgency,
    leadAgencyName: names.agency(a.leadAgency),
    owner: a.owner,
    group: a.group,
    groupName: names.group(a.group),
    created: a.created,
    due: a.due,
    dueHistory: (a.dueHistory ?? []).map((h) => h.due),
    status: a.status,
    statusAsOf: s.status,
    state: s.state,
    ...(s.daysOverdue !== undefined ? { daysOverdue: s.daysOverdue, band: ageingBand(s.daysOverdue).id } : {}),
    ...(s.daysLeft !== undefined ? { daysLeft: s.daysLeft } : {}),
    ...(s.state === "complete" && a.completed ? { completed: a.completed, completedLateDays: s.completedLateDays ?? 0 } : {}),
  };
}

/** Due date, then id: a stable order whatever the file layout. */
export function compareRows(a: ActionRow, b: ActionRow): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Most overdue first, then id. */
export function compareOverdue(a: ActionRow, b: ActionRow): number {
  return (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// ---- The overdue view ---------------------------------------------------

export interface OverdueGroup {
  id: string;
  name: string;
  /** Overdue actions in each ageing band, in AGEING_BANDS order. */
  bands: number[];
  total: number;
}

export interface OverdueView {
  asOf: IsoDate;
  bands: ReadonlyArray<{ id: string; label: string }>;
  /** Actions that existed and were open (not complete, not cancelled) on the date. */
  open: number;
  /** Overdue actions, most overdue first. */
  rows: ActionRow[];
  byAgency: OverdueGroup[];
  byGroup: OverdueGroup[];
  /** Overdue actions in each band, and in all. */
  totals: { bands: number[]; total: number };
}

export interface OverdueOptions {
  asOf: IsoDate;
  names?: Names;
}

const PLAIN_NAMES: Names = { agency: (id) => id, group: (id) => id };

/** The overdue actions as of a date, grouped by lead agency and by monitoring group, with ageing bands. */
export function computeOverdue(actions: readonly Located<Action>[], options: OverdueOptions): OverdueView {
  const names = options.names ?? PLAIN_NAMES;
  const existing = actions.filter((a) => existedOn(a.record, options.asOf));
  const rows = existing.map((a) => actionRow(a, options.asOf, names));
  const overdue = rows.filter((r) => r.state === "overdue").sort(compareOverdue);
  return {
    asOf: options.asOf,
    bands: AGEING_BANDS.map((b) => ({ id: b.id, label: b.label })),
    open: rows.filter((r) => r.state !== "complete" && r.state !== "cancelled").length,
    rows: overdue,
    byAgency: groupRows(overdue, (r) => [r.leadAgency, r.leadAgencyName]),
    byGroup: groupRows(overdue, (r) => [r.group, r.groupName]),
    totals: tally(overdue),
  };
}

function groupRows(rows: readonly ActionRow[], key: (r: ActionRow) => [string, string]): OverdueGroup[] {
  const groups = new Map<string, { name: string; rows: ActionRow[] }>();
  for (const row of rows) {
    const [id, name] = key(row);
    const g = groups.get(id) ?? { name, rows: [] };
    g.rows.push(row);
    groups.set(id, g);
  }
  return [...groups.entries()]
    .map(([id, g]) => ({ id, name: g.name, ...tally(g.rows) }))
    .sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

function tally(rows: readonly ActionRow[]): { bands: number[]; total: number } {
  const bands = AGEING_BANDS.map((b) => rows.filter((r) => r.band === b.id).length);
  return { bands, total: rows.length };
}
