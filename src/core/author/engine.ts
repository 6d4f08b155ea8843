// Walks a plan: every question is answered from the given answers (flags or
// a file), else asked (at a prompt), else its proposed default is taken, else
// it is missing. Nothing here prompts: the asker is passed in, so the same
// walk serves a person at a terminal and a script in CI.
import { checkAnswer } from "./check.js";
import { getPath, isPlainObject, joinPath, setPath, withoutIndices } from "./paths.js";
import { plural } from "./words.js";
import type { Answers, Missing, Plan, PlanContext, Problem, Question, Scope } from "./types.js";

export type SimpleQuestion = Exclude<Question, { type: "repeat" }>;
export type RepeatQuestion = Extract<Question, { type: "repeat" }>;

export interface Asker {
  /** Asks one question; the answer comes back checked, or undefined when an optional question is skipped. */
  ask(q: SimpleQuestion, s: Scope, proposed: unknown, required: boolean): Promise<unknown>;
  /** Whether to add an entry to a list (count entries so far). */
  more(q: RepeatQuestion, s: Scope, count: number): Promise<boolean>;
  /** Whether to take a proposed list (for example the eight standards) as it is. */
  takeProposed(q: RepeatQuestion, s: Scope, proposed: Answers[]): Promise<boolean>;
  /** A heading before the questions about one entry. */
  heading(text: string): void;
}

export interface Collected {
  answers: Answers;
  missing: Missing[];
  problems: Problem[];
}

interface Walk {
  root: Answers;
  ctx: PlanContext;
  asker: Asker | undefined;
  missing: Missing[];
  problems: Problem[];
}

export async function collect(plan: Plan, given: Answers, ctx: PlanContext, asker?: Asker): Promise<Collected> {
  const root: Answers = {};
  const walk: Walk = { root, ctx, asker, missing: [], problems: [] };
  await walkItem(plan.questions, given, root, "", walk);
  return { answers: root, missing: walk.missing, problems: walk.problems };
}

export function isRequired(q: Question, s: Scope): boolean {
  return typeof q.required === "function" ? q.required(s) : q.required ?? false;
}

export function titleOf(q: Question, s: Scope): string {
  if (typeof q.message === "function") return q.message(s);
  if (q.message) return q.message;
  return s.ctx.describe(withoutIndices(joinPath(s.path, q.key))).title ?? q.key;
}

async function walkItem(questions: readonly Question[], given: Answers, out: Answers, path: string, w: Walk, parent?: Answers): Promise<void> {
  for (const q of questions) {
    const s: Scope = { item: out, root: w.root, ctx: w.ctx, path, parent };
    if (q.when && !q.when(s)) continue;
    if (q.type === "repeat") {
      await walkRepeat(q, getPath(given, q.key), s, w);
      continue;
    }
    const field = joinPath(path, q.key);
    const value = getPath(given, q.key);
    if (value !== undefined && value !== null) {
      const checked = checkAnswer(q, value, s);
      if (checked.ok) setPath(out, q.key, checked.value);
      else w.problems.push({ field, message: checked.message });
      continue;
    }
    const proposed = q.default?.(s);
    const required = isRequired(q, s);
    if (w.asker) {
      const answer = await w.asker.ask(q, s, proposed, required);
      if (answer !== undefined) setPath(out, q.key, answer);
      else if (required) w.missing.push({ field, what: titleOf(q, s) });
    } else if (proposed !== undefined) {
      const checked = checkAnswer(q, proposed, s);
      if (checked.ok) setPath(out, q.key, checked.value);
      else if (required) w.problems.push({ field, message: `the proposed answer does not fit: ${checked.message}` });
    } else if (required) {
      w.missing.push({ field, what: titleOf(q, s) });
    }
  }
}

async function walkRepeat(q: RepeatQuestion, value: unknown, s: Scope, w: Walk): Promise<void> {
  const field = joinPath(s.path, q.key);
  let entries: Answers[] | undefined;
  if (typeof value === "string" && q.compact) {
    const expanded = expandCompact(value, q.compact);
    if (typeof expanded === "string") {
      w.problems.push({ field, message: expanded });
      return;
    }
    entries = expanded;
  } else if (Array.isArray(value)) {
    if (!value.every(isPlainObject)) {
      w.problems.push({ field, message: `expected a list of ${plural(q.noun)}, each a mapping of ${q.items.map((i) => i.key).join(", ")}` });
      return;
    }
    entries = value;
  } else if (value !== undefined && value !== null) {
    w.problems.push({ field, message: `expected a list of ${plural(q.noun)}${q.compact ? ` (short form: ${q.compact.join(":")},${q.compact.join(":")})` : ""}` });
    return;
  }

  const list: Answers[] = [];
  const walkEntry = async (entry: Answers, index: number, heading = true) => {
    const item: Answers = {};
    const path = `${field}[${index}]`;
    if (w.asker && q.itemLabel && heading) w.asker.heading(q.itemLabel(entry, index, s));
    await walkItem(q.items, entry, item, path, w, s.item);
    list.push(item);
  };

  if (entries) {
    for (const [i, entry] of entries.entries()) await walkEntry(entry, i);
  } else {
    const seed = q.seed?.(s);
    const proposed = q.default?.(s) as Answers[] | undefined;
    if (seed) {
      for (const [i, entry] of seed.entries()) await walkEntry(entry, i);
    } else if (proposed && (!w.asker || (await w.asker.takeProposed(q, s, proposed)))) {
      // Taken as proposed: entries are complete, so no heading for each.
      for (const [i, entry] of proposed.entries()) await walkEntry(entry, i, false);
    } else if (w.asker) {
      while (list.length < (q.min ?? 0) || (await w.asker.more(q, s, list.length))) await walkEntry({}, list.length);
    } else if (isRequired(q, s) || (q.min ?? 0) > 0) {
      // Unattended: walk one empty entry so every missing field inside it is named.
      await walkEntry({}, 0);
    }
  }
  if (list.length || entries) setPath(s.item, q.key, list);
}

/** "under-1:female,age-1:male" with fields [ageBand, sex] → [{ageBand, sex}, …]; a string names what is wrong. */
export function expandCompact(text: string, fields: readonly string[]): Answers[] | string {
  const entries = text.split(",").map((e) => e.trim()).filter(Boolean);
  const out: Answers[] = [];
  for (const entry of entries) {
    const parts = entry.split(":").map((p) => p.trim());
    if (parts.length > fields.length || parts.some((p) => !p)) {
      return `${JSON.stringify(entry)} does not fit the short form ${fields.join(":")} (entries separated by commas)`;
    }
    const item: Answers = {};
    parts.forEach((p, i) => (item[fields[i]!] = p));
    out.push(item);
  }
  return out;
}
