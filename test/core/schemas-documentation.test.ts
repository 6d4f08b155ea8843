// The schemas are the record format's documentation and the hints an editor
// shows (issue 2): every schema names itself and its draft, and every
// property and definition has a title and a description, its own or its $ref's.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/cli.js";

type Schema = Record<string, unknown>;

const DIR = join(PROJECT_ROOT, "schemas");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".schema.json")).sort();
const SCHEMAS = new Map(FILES.map((f) => [f, JSON.parse(readFileSync(join(DIR, f), "utf8")) as Schema]));

/** The schema a $ref points at: `#/$defs/x` in the same file or `other.schema.json#/$defs/x`. */
function resolveRef(ref: string, file: string): Schema | undefined {
  const [target, fragment = ""] = ref.split("#");
  let node: unknown = SCHEMAS.get(target || file);
  for (const part of fragment.split("/").filter(Boolean)) node = (node as Schema | undefined)?.[part];
  return node as Schema | undefined;
}

function isDocumented(node: Schema, file: string, seen = new Set<string>()): boolean {
  const has = (s: Schema) => typeof s.title === "string" && s.title.trim() !== "" && typeof s.description === "string" && s.description.trim() !== "";
  if (has(node)) return true;
  const ref = node.$ref;
  if (typeof ref !== "string" || seen.has(ref)) return false;
  seen.add(ref);
  const target = resolveRef(ref, file);
  return target !== undefined && isDocumented(target, ref.split("#")[0] || file, seen);
}

/** Every property and $defs entry, at any depth, by a readable location. */
function undocumented(node: unknown, file: string, where: string, out: string[]): string[] {
  if (typeof node !== "object" || node === null) return out;
  const s = node as Schema;
  for (const [group, label] of [["properties", "."], ["$defs", "#/$defs/"]] as const) {
    const children = s[group] as Record<string, Schema> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) {
      if (!isDocumented(child, file)) out.push(`${file} ${where}${label}${name}`);
      undocumented(child, file, `${where}${label}${name}`, out);
    }
  }
  for (const key of ["items", "additionalProperties", "not", "if", "then", "else"]) {
    if (typeof s[key] === "object") undocumented(s[key], file, `${where}[${key}]`, out);
  }
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
    (s[key] as unknown[] | undefined)?.forEach((sub, i) => undocumented(sub, file, `${where}[${key}${i}]`, out));
  }
  return out;
}

describe("schemas document the record format", () => {
  it("there are schemas to check, and the check finds an undocumented property at any depth", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    const probe = { properties: { a: { type: "string" }, b: { title: "B", description: "A list.", items: { properties: { c: { type: "string" } } } } } };
    expect(undocumented(probe, "probe", "", [])).toEqual(["probe .a", "probe .b[items].c"]);
  });

  it.each(FILES)("%s names itself, its draft, and what it is", (file) => {
    const schema = SCHEMAS.get(file)!;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(new RegExp(`/${file.replace(/\./g, "\\.")}$`));
    expect(isDocumented(schema, file)).toBe(true);
  });

  it.each(FILES)("%s: every property has a title and a description", (file) => {
    expect(undocumented(SCHEMAS.get(file), file, "", [])).toEqual([]);
  });

  it.each(FILES)("%s: every $ref resolves", (file) => {
    const refs: string[] = [];
    JSON.stringify(SCHEMAS.get(file), (key, value: unknown) => {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      return value;
    });
    expect(refs.filter((ref) => resolveRef(ref, file) === undefined)).toEqual([]);
  });
});
