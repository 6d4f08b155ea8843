// The JSON view is a contract: schemas/rollup.schema.json must describe every
// view computeRollup can produce (random stores and the fixture), and say
// what each property means.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRollup } from "../../src/core/facts/rollup/compute.js";
import { openStore } from "../../src/io/open-store.js";
import { PROJECT_ROOT } from "../helpers/cli.js";
import { date, store } from "./rollup-arbitraries.js";

const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, "schemas/rollup.schema.json"), "utf8")) as Record<string, unknown>;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const errorsOf = (data: unknown) => (validate(data) ? [] : validate.errors);

/** Paths of properties (and $defs) lacking a title or a description. */
function undocumented(node: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((n, i) => undocumented(n, `${path}/${i}`, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === "properties" || key === "$defs") {
        for (const [name, sub] of Object.entries(value as Record<string, Record<string, unknown>>)) {
          if (typeof sub.title !== "string" || typeof sub.description !== "string") out.push(`${path}/${key}/${name}`);
        }
      }
      undocumented(value, `${path}/${key}`, out);
    }
  }
  return out;
}

describe("schemas/rollup.schema.json", () => {
  it("is draft 2020-12 with an $id, and every property has a title and a description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/rollup\.schema\.json$/);
    expect(undocumented(schema, "", [])).toEqual([]);
  });

  it("describes the view of the fixture store, for every group", () => {
    const { store: fixture } = openStore(join(PROJECT_ROOT, "test/fixtures/rollup-boundaries"));
    const view = computeRollup(fixture, { from: "2021-04-01", to: "2022-03-31", asOf: "2022-06-30" });
    expect(view.groups).toHaveLength(7);
    expect(errorsOf(JSON.parse(JSON.stringify(view)))).toEqual([]);
  });

  it("describes every view computed from random stores", () => {
    const period = fc.tuple(date, date).map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(fc.property(store, period, (s, p) => {
      expect(errorsOf(JSON.parse(JSON.stringify(computeRollup(s, p))))).toEqual([]);
    }), { numRuns: 60 });
  });
});
