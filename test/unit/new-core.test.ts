// The pure parts of lif new: --set syntax, ids, and the record in schema order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandCompact } from "../../src/core/author/engine.js";
import { freeId, idFrom, nextNumberedId, slugify } from "../../src/core/author/ids.js";
import { SchemaReader } from "../../src/core/author/schema-walk.js";
import { applyAssignments, parseAssignment, SetSyntaxError } from "../../src/core/author/set-syntax.js";
import type { Problem } from "../../src/core/author/types.js";
import { SCHEMA_FILES } from "../../src/core/model/kinds.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const schemas = Object.fromEntries(SCHEMA_FILES.map((f) => [f, JSON.parse(readFileSync(join(PROJECT_ROOT, "schemas", f), "utf8")) as object]));

describe("--set syntax", () => {
  it("reads dotted keys, [n] and .n entries, and += appends", () => {
    expect(parseAssignment("dates.aware=2022-04-04")).toMatchObject({ path: ["dates", "aware"], value: "2022-04-04", append: false });
    expect(parseAssignment("ratings[1].actions.0.due=2023-03-31").path).toEqual(["ratings", 1, "actions", 0, "due"]);
    expect(parseAssignment("keyLearning+=a = b")).toMatchObject({ path: ["keyLearning"], value: "a = b", append: true });
  });

  it("refuses what is not key=value and keys that reach a prototype", () => {
    expect(() => parseAssignment("pseudonym")).toThrow(SetSyntaxError);
    expect(() => parseAssignment("__proto__.x=1")).toThrow(/not a field name/);
    expect(() => parseAssignment("a.constructor=1")).toThrow(/not a field name/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("expands a short form before filling one of its entries, whatever the flag order", () => {
    const expand = (field: string, value: string) => (field === "ratings" ? (expandCompact(value, ["standard", "rating"]) as unknown[]) : undefined);
    const tree = applyAssignments({}, ["ratings[1].evidence=Seen at audit", "ratings=s1:green,s2:amber", "keyLearning+=one", "keyLearning+=two"].map(parseAssignment), expand);
    expect(tree).toEqual({ ratings: [{ standard: "s1", rating: "green" }, { standard: "s2", rating: "amber", evidence: "Seen at audit" }], keyLearning: ["one", "two"] });
  });

  it("expands a short form from the answers file when --set fills one of its entries", () => {
    const expand = (field: string, value: string) => (field === "ratings" ? (expandCompact(value, ["standard", "rating"]) as unknown[]) : undefined);
    const tree = applyAssignments({ ratings: "s1:green,s2:red" }, [parseAssignment("ratings[1].evidence=Seen")], expand);
    expect(tree).toEqual({ ratings: [{ standard: "s1", rating: "green" }, { standard: "s2", rating: "red", evidence: "Seen" }] });
  });

  it("refuses a gap in entry numbers", () => {
    expect(() => applyAssignments({}, [parseAssignment("children[2].sex=male")], () => undefined)).toThrow(/number entries from 0/);
  });

  it("says what is wrong with a short form", () => {
    expect(expandCompact("under-1:female:extra", ["ageBand", "sex"])).toMatch(/does not fit the short form ageBand:sex/);
  });
});

describe("ids", () => {
  it("are slugs of what the record is about, free in the store", () => {
    expect(slugify("Family C.C.")).toBe("family-c-c");
    expect(idFrom("rr", "2022-04", "Child 5")).toBe("rr-2022-04-child-5");
    expect(freeId("rr-2022-04-child-5", new Set(["rr-2022-04-child-5", "rr-2022-04-child-5-2"]))).toBe("rr-2022-04-child-5-3");
    expect(nextNumberedId("act-x", new Set(["act-x-01", "act-x-07", "act-xy-09"]))).toBe("act-x-08");
  });
});

describe("the record in schema order", () => {
  const reader = new SchemaReader(schemas);

  it("orders keys as the schema does, drops empty fields, keeps required ones", () => {
    const problems: Problem[] = [];
    const out = reader.conform(
      { themes: [], summary: "", status: "notified", dates: { aware: "2022-04-04", incident: "2022-04-01" }, kind: "rapid-review", id: "rr-x", abuseTypes: [], pseudonym: "Child 1", children: [] },
      reader.root("rapid-review.schema.json"), "", problems,
    ) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["kind", "id", "pseudonym", "status", "dates", "children", "abuseTypes", "themes"]);
    expect(Object.keys(out.dates as object)).toEqual(["incident", "aware"]);
    expect(problems).toEqual([]);
  });

  it("names an unknown field with the nearest known one", () => {
    const problems: Problem[] = [];
    reader.conform({ kind: "action", decription: "x" }, reader.root("action.schema.json"), "", problems);
    expect(problems[0]).toMatchObject({ field: "decription" });
    expect(problems[0]!.message).toMatch(/did you mean "description"\?/);
  });

  it("turns --set text into numbers and yes/no where the schema wants them", () => {
    const out = reader.conform({ lettersOfRecognition: "3", participants: { children: "yes" } }, reader.root("audit.schema.json"), "", []) as Record<string, unknown>;
    expect(out).toEqual({ participants: { children: true }, lettersOfRecognition: 3 });
  });

  it("gives each field's title and description for the question", () => {
    expect(reader.at("rapid-review.schema.json", "dates.aware")).toMatchObject({ title: "Partnership aware" });
    expect(reader.at("s11-return.schema.json", "ratings.rating")?.title).toBe("RAG rating");
  });
});
