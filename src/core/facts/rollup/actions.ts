// Actions: what was opened, completed (on time or late) and cancelled in the
// period, what was open and overdue at period end, the completion rate, and
// the same figures per lead agency and per source.
import type { Action, ActionSourceType, Located, Partnership } from "../../model/records.js";
import type { RecordStore } from "../../model/store.js";
import { overdueStatus } from "../overdue.js";
import type { NotCountedLog } from "./not-counted.js";
import { byDateThenId, byEnd, compareText, inPeriod, wholePercent } from "./period.js";
import type { ActionFigures, ActionItem, ActionsRollup, RollupPeriod } from "./types.js";

export const SOURCE_LABELS: Readonly<Record<ActionSourceType, string>> = {
  review: "Reviews",
  audit: "Audits",
  s11: "Section 11",
  "six-steps": "Six steps self-assessment",
  cdop: "Child Death Overview Panel",
  board: "Board action tracker",
  "development-plan": "Partnership Development Plan",
  dashboard: "Performance dashboard",
};

/** How one action stands against the period; undefined fields mean "not in that figure". */
interface Placed {
  action: Located<Action>;
  opened: boolean;
  completed?: { date: string; onTime: boolean };
  cancelled?: string;
  openAtEnd: boolean;
  overdueDays?: number;
  /** Due in the period and not cancelled by its end: the completion rate's denominator. */
  dueInPeriod: boolean;
  completedByEnd: boolean;
}

/**
 * Where an action stands against the period. Completion and cancellation are
 * read from their dates, so a past period's end is reconstructed, not today's
 * status. Overdue at period end is the actions helper's definition (not
 * complete or cancelled by then, due before it: due that day is not overdue),
 * so `lif rollup` and `lif actions overdue --as-of` agree.
 */
function place(located: Located<Action>, period: RollupPeriod, log: NotCountedLog): Placed | undefined {
  const a = located.record;
  const completedOn = a.status === "complete" ? a.completed : undefined;
  const cancelledOn = a.status === "cancelled" ? a.cancellation?.date : undefined;
  if (a.status === "complete" && completedOn === undefined) {
    log.add(located, "actions", "completed", "the action is complete but the date it was completed is not recorded, so neither completion nor open/overdue can be placed");
    return undefined;
  }
  if (a.status === "cancelled" && cancelledOn === undefined) {
    log.add(located, "actions", "cancellation.date", "the action is cancelled but the date is not recorded, so neither cancellation nor open/overdue can be placed");
    return undefined;
  }
  const closedByEnd = byEnd(completedOn, period) || byEnd(cancelledOn, period);
  const openAtEnd = byEnd(a.created, period) && !closedByEnd;
  const placed: Placed = {
    action: located,
    opened: inPeriod(a.created, period),
    openAtEnd,
    dueInPeriod: inPeriod(a.due, period) && !byEnd(cancelledOn, period),
    completedByEnd: byEnd(completedOn, period),
  };
  if (inPeriod(completedOn, period)) placed.completed = { date: completedOn, onTime: completedOn <= a.due };
  if (inPeriod(cancelledOn, period)) placed.cancelled = cancelledOn;
  const overdueDays = openAtEnd ? overdueStatus(a, period.end).daysOverdue : undefined;
  if (overdueDays !== undefined) placed.overdueDays = overdueDays;
  return placed;
}

function figures(placed: readonly Placed[]): ActionFigures {
  const f: ActionFigures = { opened: 0, completed: 0, completedOnTime: 0, completedLate: 0, cancelled: 0, openAtEnd: 0, overdueAtEnd: 0 };
  for (const p of placed) {
    if (p.opened) f.opened++;
    if (p.completed) {
      f.completed++;
      if (p.completed.onTime) f.completedOnTime++;
      else f.completedLate++;
    }
    if (p.cancelled !== undefined) f.cancelled++;
    if (p.openAtEnd) f.openAtEnd++;
    if (p.overdueDays !== undefined) f.overdueAtEnd++;
  }
  return f;
}

/** The placed actions by a key, each group in the order given. */
function groupBy(placed: readonly Placed[], key: (p: Placed) => string): Map<string, Placed[]> {
  const groups = new Map<string, Placed[]>();
  for (const p of placed) {
    const k = key(p);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

const anyFigure = (f: ActionFigures): boolean => Object.values(f).some((n) => n > 0);

export function actionsRollup(store: RecordStore, period: RollupPeriod, log: NotCountedLog): ActionsRollup {
  const placed: Placed[] = [];
  for (const a of store.actions) {
    const p = place(a, period, log);
    if (p) placed.push(p);
  }
  const item = (p: Placed, date: string, dateField: string): ActionItem => {
    const a = p.action.record;
    return { id: a.id, file: p.action.file, name: a.description, date, dateField, leadAgency: a.leadAgency, sourceType: a.source.type, due: a.due };
  };
  const lists: ActionsRollup["lists"] = { opened: [], completed: [], cancelled: [], openAtEnd: [], overdueAtEnd: [] };
  for (const p of placed) {
    const a = p.action.record;
    if (p.opened) lists.opened.push(item(p, a.created, "created"));
    if (p.completed) lists.completed.push(Object.assign(item(p, p.completed.date, "completed"), { onTime: p.completed.onTime }));
    if (p.cancelled) lists.cancelled.push(item(p, p.cancelled, "cancellation.date"));
    if (p.openAtEnd) lists.openAtEnd.push(item(p, a.due, "due"));
    if (p.overdueDays !== undefined) lists.overdueAtEnd.push(Object.assign(item(p, a.due, "due"), { daysOverdue: p.overdueDays }));
  }
  for (const list of Object.values(lists)) list.sort(byDateThenId);
  const total = figures(placed);
  const byAgency = groupBy(placed, (p) => p.action.record.leadAgency);
  const bySource = groupBy(placed, (p) => p.action.record.source.type);
  const due = placed.filter((p) => p.dueInPeriod);
  const completedOfDue = due.filter((p) => p.completedByEnd).length;
  return {
    ...total,
    completionRate: { percent: wholePercent(completedOfDue, due.length), completed: completedOfDue, due: due.length },
    onTimeRate: { count: total.completedOnTime, percent: wholePercent(total.completedOnTime, total.completed) },
    lists,
    byLeadAgency: agencyOrder(byAgency, store.partnership?.record).map((agency) => ({
      agency, agencyName: store.agencyName(agency), ...figures(byAgency.get(agency) ?? []),
    })).filter(anyFigure),
    bySource: (Object.keys(SOURCE_LABELS) as ActionSourceType[]).map((source) => ({
      source, label: SOURCE_LABELS[source], ...figures(bySource.get(source) ?? []),
    })).filter(anyFigure),
  };
}

/** The partnership's agency order, then the business unit, then any other id. */
function agencyOrder(byAgency: ReadonlyMap<string, readonly Placed[]>, partnership: Partnership | undefined): string[] {
  const used = new Set(byAgency.keys());
  const known = (partnership?.agencies ?? []).map((a) => a.id);
  const order = [...known, "partnership"];
  return [...order.filter((id) => used.has(id)), ...[...used].filter((id) => !order.includes(id)).sort(compareText)];
}
