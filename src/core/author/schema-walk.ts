// Reads the schemas the way a person reads a form: what a field is called
// (title), what it means (description), and in which order fields come. The
// record `lif new` writes follows that order, drops empty fields, and turns
// text from --set into the numbers, booleans and lists the schema expects.
import type { SchemaSet } from "../validate/schema-validator.js";
import { didYouMean } from "../text/nearest.js";
import { isPlainObject, joinPath } from "./paths.js";
import type { Problem } from "./types.js";

type Json = Record<string, unknown>;

interface Resolved {
  schema: Json;
  file: string;
  title?: string;
  description?: string;
}

export class SchemaReader {
  constructor(private readonly schemas: SchemaSet) {}

  root(file: string): Resolved {
    return this.resolve(this.schemas[file] as Json, file);
  }

  /** Follows $ref, keeping the title and description written beside it. */
  resolve(schema: Json, file: string): Resolved {
    let current: Json = schema;
    let currentFile = file;
    let title = schema.title as string | undefined;
    let description = schema.description as string | undefined;
    for (let hops = 0; typeof current.$ref === "string" && hops < 20; hops++) {
      const [target = "", pointer = ""] = (current.$ref as string).split("#");
      if (target) currentFile = target;
      let node: unknown = this.schemas[currentFile];
      for (const part of pointer.split("/").filter(Boolean)) node = (node as Json | undefined)?.[part];
      current = (node as Json | undefined) ?? {};
      title ??= current.title as string | undefined;
      description ??= current.description as string | undefined;
    }
    return { schema: current, file: currentFile, title, description };
  }

  child(parent: Resolved, key: string): Resolved | undefined {
    const props = parent.schema.properties as Json | undefined;
    if (props && Object.hasOwn(props, key)) return this.resolve(props[key] as Json, parent.file);
    return undefined;
  }

  items(parent: Resolved): Resolved | undefined {
    const items = parent.schema.items as Json | undefined;
    return items ? this.resolve(items, parent.file) : undefined;
  }

  /** The node at a dotted path without indices; lists are stepped through. */
  at(file: string, path: string): Resolved | undefined {
    let node: Resolved | undefined = this.root(file);
    for (const part of path.split(".").filter(Boolean)) {
      while (node && node.schema.type === "array") node = this.items(node);
      node = node && this.child(node, part);
    }
    return node;
  }

  /**
   * The record as the schema orders it, without empty fields (a required
   * field is kept even when empty, so the schema can say what it needs).
   * Unknown fields become problems naming the nearest known one.
   */
  conform(value: unknown, node: Resolved, path: string, problems: Problem[]): unknown {
    const s = node.schema;
    if (isPlainObject(value) && isPlainObject(s.properties)) {
      const props = s.properties as Json;
      const required = new Set((s.required as string[] | undefined) ?? []);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(props, key)) {
          const guess = didYouMean(key, Object.keys(props).filter((k) => k !== "$schema"));
          problems.push({ field: joinPath(path, key), message: `is not a field of this record${guess ? `; ${guess}` : ""} (fields here: ${Object.keys(props).filter((k) => k !== "$schema").join(", ")})` });
        }
      }
      const out: Json = {};
      for (const key of Object.keys(props)) {
        if (!Object.hasOwn(value, key) || key === "$schema") continue;
        const v = this.conform(value[key], this.resolve(props[key] as Json, node.file), joinPath(path, key), problems);
        if (!isEmpty(v) || required.has(key)) out[key] = v;
      }
      return out;
    }
    if (s.type === "array") {
      const items = this.items(node);
      const list = Array.isArray(value) ? value : typeof value === "string" ? splitList(value, items) : value;
      if (!Array.isArray(list) || !items) return list;
      return list.map((v, i) => this.conform(v, items, `${path}[${i}]`, problems)).filter((v) => !isEmpty(v));
    }
    return coerceScalar(value, s);
  }
}

/** A --set text for a list: ids split on commas; free text is one entry. */
function splitList(text: string, items: Resolved | undefined): unknown {
  const pattern = items?.schema.pattern;
  if (typeof pattern === "string" && pattern.startsWith("^[a-z0-9]")) return text.split(",").map((x) => x.trim()).filter(Boolean);
  return [text];
}

function coerceScalar(value: unknown, s: Json): unknown {
  if (typeof value !== "string") return value;
  if (s.type === "integer" && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  if (s.type === "boolean") {
    const v = value.trim().toLowerCase();
    if (["true", "yes", "y"].includes(v)) return true;
    if (["false", "no", "n"].includes(v)) return false;
  }
  return value;
}

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}
