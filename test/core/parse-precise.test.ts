import { describe, expect, it } from "vitest";
import { PreciseDocument } from "../../src/core/parse/precise-parse.js";

const RECORD = ["kind: action", "id: a-1", "source:", "  type: s11", "  record: s11-2022-police", "progress:", "  - date: 2022-03-10", "    note: Draft circulated", ""].join("\n");

describe("PreciseDocument.locate", () => {
  const doc = new PreciseDocument(RECORD);
  it("finds a value, a key, and an item in a list", () => {
    expect(doc.locate("/source/record")).toEqual({ line: 5, column: 11 });
    expect(doc.locate("/source/record", "key")).toEqual({ line: 5, column: 3 });
    expect(doc.locate("/progress/0/date")).toEqual({ line: 7, column: 11 });
  });
  it("points at a mapping's key line, and at the nearest parent of something missing", () => {
    expect(doc.locate("/source")).toEqual({ line: 3, column: 1 });
    expect(doc.locate("/source/standard", "key")).toEqual({ line: 3, column: 1 });
    expect(doc.locate("")).toEqual({ line: 1, column: 1 });
  });
});

describe("PreciseDocument problems", () => {
  it("point an unclosed quote at where it opens", () => {
    const doc = new PreciseDocument('kind: action\ndescription: "Deliver training\nowner: Lead\n');
    expect(doc.problems).toEqual([expect.objectContaining({ rule: "yaml-syntax", line: 2, column: 14, message: expect.stringContaining("no closing \"") })]);
  });
  it("report every duplicate key by name, at the repeated key", () => {
    const doc = new PreciseDocument("kind: action\nowner: A\nowner: B\nstatus: x\nstatus: y\n");
    expect(doc.problems.map((p) => [p.rule, p.line, p.column, /"(\w+)"/.exec(p.message)?.[1]])).toEqual([
      ["yaml-duplicate-key", 3, 1, "owner"],
      ["yaml-duplicate-key", 5, 1, "status"],
    ]);
  });
  it("report only the first syntax error of a cascade", () => {
    const doc = new PreciseDocument("  a: 1\nb: 2\nc: 3\n");
    expect(doc.problems).toHaveLength(1);
  });
  it("say where a tab indents and where a second document starts", () => {
    expect(new PreciseDocument("a:\n  - x\n\tb: 1\n").problems[0]).toMatchObject({ line: 3, column: 1, message: expect.stringContaining("tab") });
    expect(new PreciseDocument("a: 1\n---\nb: 2\n").problems[0]).toMatchObject({ line: 2, column: 1, message: expect.stringContaining("more than one YAML document") });
  });
  it("refuse an alias bomb and point at the first alias", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const doc = new PreciseDocument(lines.join("\n"));
    expect(doc.data).toBeUndefined();
    expect(doc.problems).toEqual([expect.objectContaining({ rule: "yaml-alias", line: 2, column: 8 })]);
  });
  it("still give what can be read from a broken document, for cross-record rules", () => {
    const doc = new PreciseDocument("kind: action\nsource:\n  record: s11-2022-police\n  standard: s2\nowner: A\nowner: B\n");
    expect(doc.data).toBeUndefined();
    expect(doc.partialData()).toMatchObject({ source: { record: "s11-2022-police", standard: "s2" } });
  });
});
