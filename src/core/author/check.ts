// Checks one answer as it is given, typed at a prompt or read from a flag or
// a file, and turns it into the value the record holds. A wrong answer gets
// words that say what would be right.
import { isCalendarDate } from "../dates/calendar.js";
import { nearest } from "../text/nearest.js";
import { getPath } from "./paths.js";
import type { Answers, Choice, Question, Scope } from "./types.js";

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): Checked => ({ ok: true, value });
const wrong = (message: string): Checked => ({ ok: false, message });

export const MAX_TEXT = 20000;

/** Checks a value for any question but a repeat (lists of entries are walked by the engine). */
export function checkAnswer(q: Exclude<Question, { type: "repeat" }>, raw: unknown, s: Scope): Checked {
  switch (q.type) {
    case "text": return checkText(q, raw, s);
    case "date": return checkDate(q, raw, s);
    case "select": return checkSelect(q, raw, s);
    case "multi": return checkMulti(q, raw, s);
    case "confirm": return checkConfirm(raw);
    case "integer": return checkInteger(q, raw);
    case "texts": return checkTexts(raw);
  }
}

function asText(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return undefined;
}

function checkText(q: Extract<Question, { type: "text" }>, raw: unknown, s: Scope): Checked {
  const text = asText(raw);
  if (text === undefined) return wrong("expected text");
  if (!text) return wrong("expected some text; it cannot be empty");
  if (text.length > MAX_TEXT) return wrong(`is ${text.length} characters; at most ${MAX_TEXT}`);
  if (q.pattern && !q.pattern.regex.test(text)) return wrong(`${JSON.stringify(text)} is not ${q.pattern.hint}`);
  const extra = q.check?.(text, s);
  return extra ? wrong(extra) : ok(text);
}

function checkDate(q: Extract<Question, { type: "date" }>, raw: unknown, s: Scope): Checked {
  const text = asText(raw);
  if (!text || !isCalendarDate(text)) {
    return wrong(`${JSON.stringify(text ?? raw)} is not a date; write YYYY-MM-DD, a day that exists (for example 2022-04-04)`);
  }
  if (q.past && text > s.ctx.asOf) return wrong(`${text} is after today (${s.ctx.asOf}); this date records something that has happened`);
  for (const key of q.after ?? []) {
    const earlier = getPath(key.startsWith("/") ? s.root : s.item, key.replace(/^\//, ""));
    if (typeof earlier === "string" && isCalendarDate(earlier) && text < earlier) {
      return wrong(`${text} is before ${key.replace(/^\//, "")} (${earlier}); it must be on or after it`);
    }
  }
  return ok(text);
}

/** Finds a choice by id, or by its label written out in full (any case). */
function matchChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const lower = text.toLowerCase();
  return choices.find((c) => c.value === text) ?? choices.find((c) => c.value.toLowerCase() === lower || c.label.toLowerCase() === lower);
}

function notAChoice(text: string, choices: readonly Choice[]): string {
  const guess = nearest(text, choices.map((c) => c.value), 1)[0];
  const list = choices.length > 12 ? `${choices.slice(0, 12).map((c) => c.value).join(", ")}, … (${choices.length} in all)` : choices.map((c) => c.value).join(", ");
  if (!choices.length) return `${JSON.stringify(text)} cannot be chosen: there is nothing to choose from yet`;
  return `${JSON.stringify(text)} is not one of the choices${guess ? `; did you mean "${guess}"?` : ""} (expected one of: ${list})`;
}

function checkSelect(q: Extract<Question, { type: "select" }>, raw: unknown, s: Scope): Checked {
  const text = asText(raw);
  if (text === undefined || !text) return wrong("expected one choice");
  const choices = q.choices(s);
  const found = matchChoice(text, choices);
  if (found) return ok(q.otherText ? found.label : found.value);
  if (q.otherText) return text.length > MAX_TEXT ? wrong(`at most ${MAX_TEXT} characters`) : ok(text);
  return wrong(notAChoice(text, choices));
}

function checkMulti(q: Extract<Question, { type: "multi" }>, raw: unknown, s: Scope): Checked {
  const items = Array.isArray(raw) ? raw.map(asText) : typeof raw === "string" ? raw.split(",").map((x) => x.trim()).filter(Boolean) : undefined;
  if (!items || items.some((x) => x === undefined)) return wrong("expected a list of choices, for example a,b,c");
  const choices = q.choices(s);
  const values: string[] = [];
  for (const text of items as string[]) {
    const found = matchChoice(text, choices);
    if (!found) return wrong(notAChoice(text, choices));
    if (values.includes(found.value)) return wrong(`${found.value} is listed twice`);
    values.push(found.value);
  }
  return ok(values);
}

const YES = new Set(["y", "yes", "true", "on", "1"]);
const NO = new Set(["n", "no", "false", "off", "0"]);

function checkConfirm(raw: unknown): Checked {
  if (typeof raw === "boolean") return ok(raw);
  const text = asText(raw)?.toLowerCase();
  if (text && YES.has(text)) return ok(true);
  if (text && NO.has(text)) return ok(false);
  return wrong(`${JSON.stringify(raw)} is not yes or no (expected true or false)`);
}

function checkInteger(q: Extract<Question, { type: "integer" }>, raw: unknown): Checked {
  const text = asText(raw);
  const n = text !== undefined && /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) return wrong(`${JSON.stringify(raw)} is not a whole number`);
  if (n < q.min || n > q.max) return wrong(`${n} is out of range; expected ${q.min} to ${q.max}`);
  return ok(n);
}

function checkTexts(raw: unknown): Checked {
  const list = Array.isArray(raw) ? raw : [raw];
  const texts: Answers[string][] = [];
  for (const entry of list) {
    // A learning point may be a mapping {text, publishable}; keep it as written.
    if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
      texts.push(entry);
      continue;
    }
    const text = asText(entry);
    if (!text) return wrong("expected a list of texts, none empty");
    if (text.length > MAX_TEXT) return wrong(`an entry is ${text.length} characters; at most ${MAX_TEXT}`);
    texts.push(text);
  }
  return ok(texts);
}
