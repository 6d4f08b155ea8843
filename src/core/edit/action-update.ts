// `lif actions update`: the change to one action record, worked out as data
// and applied to its text in place (yaml-splice keeps every other byte).
// Pure: the command reads the file, validates the whole store with the
// result, and writes it.
import { parseDocument } from "yaml";
import type { IsoDate } from "../dates/calendar.js";
import type { Action, ActionStatus } from "../model/records.js";
import { appendItem, EditError, removeKey, setFlatMap, setScalar, type FlatItem } from "./yaml-splice.js";

/** The action schema's key order: new keys go where a person writing the file would put them. */
export const ACTION_KEY_ORDER = [
  "$schema", "kind", "id", "source", "description", "leadAgency", "owner", "group", "created", "due", "dueHistory",
  "status", "completed", "cancellation", "progress", "impact", "privacyReviewed", "notes",
] as const;

export interface ActionUpdate {
  status?: ActionStatus;
  note?: string;
  due?: IsoDate;
  impact?: string;
  /** The date of the progress entry (and of completion, cancellation, the due-date change). */
  date: IsoDate;
}

export interface ActionContext {
  /** The source record is an LCSPR: completing needs evidence of impact. */
  fromLcspr: boolean;
}

export type UpdatePlan =
  | { ok: true; record: Action; changes: string[]; entry: { date: IsoDate; note: string; status?: ActionStatus } }
  | { ok: false; refusal: string };

/** Works out the updated record, or why the update is refused. Nothing here touches text. */
export function planActionUpdate(action: Action, update: ActionUpdate, context: ActionContext): UpdatePlan {
  const status = update.status !== undefined && update.status !== action.status ? update.status : undefined;
  const due = update.due !== undefined && update.due !== action.due ? update.due : undefined;
  const hasImpact = Boolean(action.impact?.length || update.impact);
  // Working Together: an LCSPR action plan is judged by what changed; the two-year review asks each agency for it.
  if (status === "complete" && context.fromLcspr && !hasImpact) {
    return { ok: false, refusal: `${action.id} comes from the LCSPR ${action.source.record}; completing it needs evidence of impact: add --impact "what changed, and how it is known"` };
  }
  if (status === "cancelled" && !update.note) {
    return { ok: false, refusal: `cancelling ${action.id} needs the reason: add --note "why it is cancelled"` };
  }
  if (!status && !due && !update.note && !update.impact) {
    return { ok: false, refusal: `nothing to change: ${action.id} already has ${describeNoop(action, update)}` };
  }
  // Updates are kept oldest first: an entry dated before the latest one would
  // break that order (and lif validate would warn about it).
  const latest = (action.progress ?? []).reduce<string | undefined>((max, p) => (max === undefined || p.date > max ? p.date : max), undefined);
  if (latest && update.date < latest) {
    return { ok: false, refusal: `${action.id} already has a progress update dated ${latest}; an update dated ${update.date} would come out of order. Give --date ${latest} or later, or add the earlier update by editing the file` };
  }
  const record: Action = structuredClone(action);
  const changes: string[] = [];
  if (due) {
    record.dueHistory = [...(record.dueHistory ?? []), { due: action.due, changed: update.date, ...(update.note ? { reason: update.note } : {}) }];
    record.due = due;
    changes.push(`due date moved from ${action.due} to ${due}`);
  }
  if (status) {
    record.status = status;
    changes.push(`status changed from ${action.status} to ${status}`);
    if (status === "complete") record.completed = update.date;
    else delete record.completed;
    if (status === "cancelled") record.cancellation = { date: update.date, reason: update.note! };
    else delete record.cancellation;
  }
  if (update.impact) {
    record.impact = [...(record.impact ?? []), { date: update.date, text: update.impact }];
    changes.push("evidence of impact added");
  }
  const entry = { date: update.date, note: update.note ?? capitalise(changes.join("; ")), ...(status ? { status } : {}) };
  record.progress = [...(record.progress ?? []), entry];
  changes.push(`progress update dated ${update.date} added`);
  return { ok: true, record, changes, entry };
}

function describeNoop(action: Action, update: ActionUpdate): string {
  if (update.status !== undefined) return `status ${action.status}`;
  if (update.due !== undefined) return `due ${action.due}`;
  return "these values";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Applies a plan to the record's text. The result is read back and must hold exactly the planned record. */
export function applyActionUpdate(text: string, before: Action, plan: Extract<UpdatePlan, { ok: true }>): string {
  const after = plan.record;
  const order = ACTION_KEY_ORDER;
  let out = text;
  if (after.due !== before.due) {
    out = setScalar(out, "due", after.due, order);
    const h = after.dueHistory![after.dueHistory!.length - 1]!;
    out = appendItem(out, "dueHistory", flat({ due: h.due, changed: h.changed, reason: h.reason }), order);
  }
  if (after.status !== before.status) {
    out = setScalar(out, "status", after.status, order);
    out = after.completed ? setScalar(out, "completed", after.completed, order) : removeKey(out, "completed");
    out = after.cancellation ? setFlatMap(out, "cancellation", flat(after.cancellation), order) : removeKey(out, "cancellation");
  }
  if ((after.impact?.length ?? 0) > (before.impact?.length ?? 0)) {
    const i = after.impact![after.impact!.length - 1]!;
    out = appendItem(out, "impact", flat(i), order);
  }
  out = appendItem(out, "progress", flat(plan.entry), order);
  assertHolds(out, after);
  return out;
}

function flat(item: Record<string, string | undefined>): FlatItem {
  return Object.entries(item).filter((e): e is [string, string] => e[1] !== undefined);
}

function assertHolds(text: string, expected: Action): void {
  const doc = parseDocument(text, { schema: "core" });
  const got = doc.errors.length ? undefined : doc.toJS();
  if (canonical(got) !== canonical(expected)) {
    throw new EditError("the edited file would not read back as the intended record; nothing was written (please report this with the file)");
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}
