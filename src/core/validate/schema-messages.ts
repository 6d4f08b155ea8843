// ajv's errors, said in plain English: what is wrong, where, and what would
// be right (the allowed values, the schema's own description, a likely
// intended spelling).
import type { ErrorObject } from "ajv";
import { isCalendarDate } from "../dates/calendar.js";
import { pointerStep, readablePath } from "../findings.js";
import { ukDate, ukMonth } from "../dates/uk-date.js";
import { ordinal } from "../text/lists.js";
import { didYouMean, nearest } from "../text/nearest.js";

export interface SchemaProblem {
  pointer: string;
  at: "key" | "value";
  message: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value lines)",
  null: "nothing",
};

// When one value breaks several keywords, the first of these says it best.
const VALUE_KEYWORD_ORDER = ["type", "const", "enum", "pattern", "format", "minLength", "maxLength", "minimum", "maximum"];

export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const byValue = new Map<string, ErrorObject>();
  const problems: SchemaProblem[] = [];
  const misspelt = misspeltRequiredKeys(errors);
  for (const error of errors) {
    const rank = VALUE_KEYWORD_ORDER.indexOf(error.keyword);
    if (rank < 0) {
      // "statsu" is reported as an unknown key meaning "status"; saying that
      // "status" is missing as well would be the same mistake twice.
      if (error.keyword === "required" && misspelt.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) continue;
      const problem = describeOther(error);
      if (problem) problems.push(problem);
      continue;
    }
    const held = byValue.get(error.instancePath);
    if (!held || VALUE_KEYWORD_ORDER.indexOf(held.keyword) > rank) byValue.set(error.instancePath, error);
  }
  for (const error of byValue.values()) problems.push(describeValue(error));
  return dedupe(problems);
}

/** Required keys (as parent/key) that an unknown key in the same mapping is a likely misspelling of. */
function misspeltRequiredKeys(errors: readonly ErrorObject[]): Set<string> {
  const missing = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== "required") continue;
    const list = missing.get(e.instancePath) ?? [];
    list.push(String(e.params.missingProperty));
    missing.set(e.instancePath, list);
  }
  const found = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const candidates = missing.get(e.instancePath);
    const meant = candidates ? nearest(String(e.params.additionalProperty), candidates, 1)[0] : undefined;
    if (meant) found.add(`${e.instancePath}/${meant}`);
  }
  return found;
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function where(pointer: string): string {
  const path = readablePath(pointer);
  return path ? `${path}: ` : "";
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text ${show(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  return typeof value;
}

function titleOf(schema: unknown): string {
  const s = schema as { title?: string } | undefined;
  return s?.title ?? "";
}

interface PropertySchema {
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
}

/** What a missing key holds, from the schema: its allowed values, or its title and description. */
function aboutProperty(prop: PropertySchema | undefined): string {
  if (!prop) return "";
  if (prop.const !== undefined) return ` (${prop.title ?? "it"}: always ${show(prop.const)})`;
  if (prop.enum) return ` (${prop.title ?? "it"}: one of ${prop.enum.map(String).join(", ")})`;
  const description = prop.description?.replace(/\.$/, "");
  const lower = description && /^[A-Z][a-z]/.test(description) ? `${description.charAt(0).toLowerCase()}${description.slice(1)}` : description;
  if (prop.title && lower) return ` (${prop.title}: ${lower})`;
  return description ? ` (${description})` : "";
}

function describeValue(e: ErrorObject): SchemaProblem {
  const at = where(e.instancePath);
  const value = e.data;
  const base = { pointer: e.instancePath, at: "value" as const };
  switch (e.keyword) {
    case "type": {
      const wanted = ([] as string[]).concat(e.params.type as string | string[]).map((t) => TYPE_WORDS[t] ?? t);
      const hint = typeof value === "boolean" || typeof value === "number" ? " (put it in quotes to keep it as text)" : "";
      const wantsText = wanted.includes("text");
      const listHint = wanted.includes("a list") && (typeof value !== "object" || value === null) ? ' (write each entry on its own line starting "- ", or [a, b])' : "";
      return { ...base, message: `${at}expected ${wanted.join(" or ")}, found ${typeOf(value)}${wantsText ? hint : listHint}` };
    }
    case "const":
      return { ...base, message: `${at}must be ${show(e.params.allowedValue)}, found ${show(value)}` };
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === "string" ? didYouMean(value, allowed) : "";
      return { ...base, message: `${at}${show(value)} is not allowed${guess ? `; ${guess}` : ""} (expected one of: ${allowed.join(", ")})` };
    }
    case "format":
      return { ...base, message: `${at}${show(value)} ${describeImpossibleDate(String(value))}` };
    case "pattern":
      return { ...base, message: `${at}${show(value)} ${describePattern(e)}` };
    case "minLength":
      return { ...base, message: `${at}must not be empty` };
    case "maxLength":
      return { ...base, message: `${at}is longer than ${e.params.limit} characters` };
    case "minimum":
    case "maximum":
      return { ...base, message: `${at}${show(value)} must be ${e.keyword === "minimum" ? "at least" : "at most"} ${e.params.limit}` };
    default:
      return { ...base, message: `${at}${e.message ?? "is not valid"}` };
  }
}

/** The value has the YYYY-MM-DD shape but names no real day: say why. */
function describeImpossibleDate(text: string): string {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  if (m < 1 || m > 12) return `is not a date: there is no month ${String(m).padStart(2, "0")} (months run 01 to 12; write YYYY-MM-DD)`;
  let days = 31;
  while (days > 28 && !isCalendarDate(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${days}`)) days--;
  if (d < 1) return "is not a date: days start at 01 (write YYYY-MM-DD)";
  return `is not a date: ${ukMonth(`${text.slice(0, 7)}-01`)} has ${days} days (write a day that exists, as YYYY-MM-DD)`;
}

/** A date in another order, said back as YYYY-MM-DD when the reading is unambiguous. */
function describeBadDate(value: unknown): string {
  const text = String(value);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) {
    const iso = `${dayFirst[3]}-${dayFirst[2]!.padStart(2, "0")}-${dayFirst[1]!.padStart(2, "0")}`;
    if (isCalendarDate(iso)) return `is not a date written YYYY-MM-DD; if it means ${ukDate(iso)}, write ${iso}`;
  }
  return "is not a date written YYYY-MM-DD (for example 2022-03-31)";
}

function describePattern(e: ErrorObject): string {
  const pattern = String(e.params.pattern);
  if (pattern.startsWith("^[0-9]{4}")) return describeBadDate(e.data);
  if (pattern.startsWith("^https?")) return "is not a web address (expected https://…)";
  if (pattern.startsWith("^[a-z0-9]")) {
    const what = titleOf(e.parentSchema).toLowerCase() || "id";
    return `is not a valid ${what} (expected lower-case letters, digits and single hyphens, for example rr-2021-06-child-1)`;
  }
  return `does not match ${pattern}`;
}

function describeOther(e: ErrorObject): SchemaProblem | undefined {
  const at = where(e.instancePath);
  switch (e.keyword) {
    case "required": {
      const missing = String(e.params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, PropertySchema> })?.properties;
      return {
        pointer: e.instancePath,
        at: "key",
        message: `${at}missing required key "${missing}"${aboutProperty(props?.[missing])}`,
      };
    }
    case "additionalProperties": {
      const extra = String(e.params.additionalProperty);
      const props = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const guess = didYouMean(extra, props);
      const allowed = props.filter((p) => p !== "$schema");
      return {
        pointer: `${e.instancePath}/${pointerStep(extra)}`,
        at: "key",
        message: `${at}unknown key "${extra}"${guess ? `; ${guess}` : ` (allowed keys: ${allowed.join(", ")})`}`,
      };
    }
    case "minItems":
      return { pointer: e.instancePath, at: "value", message: `${at}needs at least ${e.params.limit} entr${e.params.limit === 1 ? "y" : "ies"}` };
    case "uniqueItems": {
      // ajv counts from 0 and names the later entry i; people count from 1.
      const [first, second] = [Number(e.params.j), Number(e.params.i)];
      const value = Array.isArray(e.data) ? e.data[second] : undefined;
      return {
        pointer: `${e.instancePath}/${second}`,
        at: "value",
        message: `${at}${value === undefined ? "the same entry" : show(value)} is listed twice (the ${ordinal(first + 1)} and ${ordinal(second + 1)} entries); remove one`,
      };
    }
    default:
      return { pointer: e.instancePath, at: "value", message: `${at}${e.message ?? "is not valid"}` };
  }
}
