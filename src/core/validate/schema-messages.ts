// ajv's errors, said in plain English: what is wrong, where, and what would
// be right (the allowed values, the schema's own description, a likely
// intended spelling).
import type { ErrorObject } from "ajv";
import { readablePath } from "../findings.js";
import { didYouMean } from "../text/nearest.js";

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
  for (const error of errors) {
    const rank = VALUE_KEYWORD_ORDER.indexOf(error.keyword);
    if (rank < 0) {
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

function describeValue(e: ErrorObject): SchemaProblem {
  const at = where(e.instancePath);
  const value = e.data;
  const base = { pointer: e.instancePath, at: "value" as const };
  switch (e.keyword) {
    case "type": {
      const wanted = ([] as string[]).concat(e.params.type as string | string[]).map((t) => TYPE_WORDS[t] ?? t);
      const hint = typeof value === "boolean" || typeof value === "number" ? " (put it in quotes to keep it as text)" : "";
      const wantsText = wanted.includes("text");
      return { ...base, message: `${at}expected ${wanted.join(" or ")}, found ${typeOf(value)}${wantsText ? hint : ""}` };
    }
    case "const":
      return { ...base, message: `${at}must be ${show(e.params.allowedValue)}, found ${show(value)}` };
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === "string" ? didYouMean(value, allowed) : "";
      return { ...base, message: `${at}${show(value)} is not allowed${guess ? `; ${guess}` : ""} (expected one of: ${allowed.join(", ")})` };
    }
    case "format":
      return { ...base, message: `${at}${show(value)} is not a calendar date (expected YYYY-MM-DD, a day that exists)` };
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

function describePattern(e: ErrorObject): string {
  const pattern = String(e.params.pattern);
  if (pattern.startsWith("^[0-9]{4}")) return "is not a date written YYYY-MM-DD (for example 2022-03-31)";
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
      const props = (e.parentSchema as { properties?: Record<string, { description?: string }> })?.properties;
      const about = props?.[missing]?.description;
      return {
        pointer: e.instancePath,
        at: "key",
        message: `${at}missing required key "${missing}"${about ? ` (${about})` : ""}`,
      };
    }
    case "additionalProperties": {
      const extra = String(e.params.additionalProperty);
      const props = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const guess = didYouMean(extra, props);
      const allowed = props.filter((p) => p !== "$schema");
      return {
        pointer: `${e.instancePath}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        at: "key",
        message: `${at}unknown key "${extra}"${guess ? `; ${guess}` : ` (allowed keys: ${allowed.join(", ")})`}`,
      };
    }
    case "minItems":
      return { pointer: e.instancePath, at: "value", message: `${at}needs at least ${e.params.limit} entr${e.params.limit === 1 ? "y" : "ies"}` };
    case "uniqueItems":
      return { pointer: e.instancePath, at: "value", message: `${at}lists the same entry twice (entries ${e.params.j} and ${e.params.i})` };
    default:
      return { pointer: e.instancePath, at: "value", message: `${at}${e.message ?? "is not valid"}` };
  }
}
