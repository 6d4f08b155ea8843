// lif actions update ID: records progress on one action without opening an
// editor. Inside the store's lock: read every record, plan the change, edit
// the file's text in place, validate the whole store with the edited text,
// and only then write it atomically. Anything refused writes nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../core/dates/calendar.js";
import { applyActionUpdate, planActionUpdate, type ActionUpdate } from "../core/edit/action-update.js";
import { EditError } from "../core/edit/yaml-splice.js";
import type { Finding } from "../core/findings.js";
import type { Action, ActionStatus, Located } from "../core/model/records.js";
import { editDistance, nearest } from "../core/text/nearest.js";
import { loadStore, type SourceFile } from "../core/validate/load-store.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import { findStore } from "../io/find-store.js";
import { loadSchemaValidator } from "../io/load-schemas.js";
import { readStoreFiles } from "../io/read-store.js";
import { withStoreLock, writeFileAtomic } from "../io/safe-write.js";
import { formatFindingsText } from "../ui/format-findings.js";
import type { Terminal } from "../ui/terminal.js";

export const ACTION_STATUSES: readonly ActionStatus[] = ["not-started", "in-progress", "complete", "cancelled"];

export interface UpdateActionOptions {
  cwd: string;
  store?: string;
  id: string;
  status?: ActionStatus;
  note?: string;
  due?: IsoDate;
  impact?: string;
  /** The progress entry's date (default today, set by the caller). */
  date: IsoDate;
}

const BOM = "\uFEFF";

export async function updateAction(options: UpdateActionOptions, t: Terminal): Promise<number> {
  if (options.status === undefined && options.note === undefined && options.due === undefined && options.impact === undefined) {
    throw new UsageError("nothing to update: give at least one of --status, --note, --due, --impact");
  }
  const root = findStore(options.cwd, options.store);
  const validator = loadSchemaValidator();
  return withStoreLock(root, () => {
    const sources = readStoreFiles(root);
    const before = loadStore(sources, validator);
    const located = findAction(before.store.actions, options.id, before.store.byId.get(options.id)?.record.kind, t);
    if (!located) return EXIT_FINDINGS;
    const raw = readFileSync(join(root, located.file), "utf8");
    const hasBom = raw.startsWith(BOM);
    const text = hasBom ? raw.slice(1) : raw;

    const update: ActionUpdate = { date: options.date, status: options.status, note: options.note, due: options.due, impact: options.impact };
    const sourceKind = located.record.source.record ? before.store.get(located.record.source.record)?.record.kind : undefined;
    const plan = planActionUpdate(located.record, update, { fromLcspr: sourceKind === "lcspr" });
    if (!plan.ok) {
      t.err(`lif: ${plan.refusal}`);
      return EXIT_FINDINGS;
    }
    let edited: string;
    try {
      edited = applyActionUpdate(text, located.record, plan);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      t.err(`lif: ${located.file}: ${error.message}`);
      return EXIT_FINDINGS;
    }

    const after = loadStore(replaceSource(sources, located.file, edited), validator);
    const introduced = newFindings(before.findings, after.findings);
    const errors = introduced.filter((f) => f.severity === "error");
    if (errors.length) {
      t.err(`lif: not written: the update would make the records invalid\n${formatFindingsText(errors, t.color, sources.length)}`);
      return EXIT_FINDINGS;
    }
    writeFileAtomic(root, join(root, located.file), hasBom ? BOM + edited : edited);
    t.out(`Updated ${located.file}: ${plan.changes.join("; ")}.`);
    const warnings = introduced.filter((f) => f.severity === "warning");
    if (warnings.length) t.err(formatFindingsText(warnings, t.color, sources.length));
    return EXIT_OK;
  });
}

/** The action with `id`, or undefined after telling the user the nearest ids. */
function findAction(actions: readonly Located<Action>[], id: string, otherKind: string | undefined, t: Terminal): Located<Action> | undefined {
  const found = actions.find((a) => a.record.id === id);
  if (found) return found;
  if (otherKind) {
    t.err(`lif: ${id} is a ${otherKind}, not an action`);
    return undefined;
  }
  const ids = actions.map((a) => a.record.id);
  // Close matches when there are any; otherwise still the three least different ids.
  const close = nearest(id, ids, 5);
  const near = close.length ? close : [...ids].sort((x, y) => editDistance(id, x) - editDistance(id, y) || (x < y ? -1 : 1)).slice(0, 3);
  t.err(`lif: no action has id "${id}"${near.length ? `; nearest: ${near.join(", ")}` : ""} (lif actions lists them; an action whose file fails validation cannot be updated: run lif validate)`);
  return undefined;
}

function replaceSource(sources: readonly SourceFile[], file: string, text: string): SourceFile[] {
  return sources.map((s) => (s.file === file ? { file, text } : s));
}

/** Findings after the edit that were not there before (lines may move, so they are compared without them). */
function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.file}\0${f.rule}\0${f.severity}\0${f.path}\0${f.message}`;
  const seen = new Set(before.map(key));
  return after.filter((f) => !seen.has(key(f)));
}
