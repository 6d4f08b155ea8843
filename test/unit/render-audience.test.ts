// Public output's filter comes from the schemas' x-lif-audience annotations.
import { describe, expect, it } from "vitest";
import type { Audit, RapidReview } from "../../src/core/model/records.js";
import { forAudience, internalFields, internalPathsFor, restrictedProjection } from "../../src/core/render/audience.js";
import { readSchemas } from "../../src/io/load-schemas.js";

const fields = internalFields(readSchemas());

describe("internal fields, read from the schemas", () => {
  it("follow $ref into shared definitions and into list items", () => {
    expect(internalPathsFor("rapid-review", fields)).toEqual(["/circumstances", "/notes"]);
    expect(internalPathsFor("lcspr", fields)).toEqual(["/circumstances", "/notes"]);
    expect(internalPathsFor("audit", fields)).toEqual(["/cases/*/summary", "/notes"]);
    for (const kind of ["action", "s11-cycle", "s11-return", "six-steps", "partnership"]) expect(internalPathsFor(kind, fields)).toContain("/notes");
  });

  it("a field newly marked internal in a schema is left out without a code change", () => {
    const schemas = readSchemas() as Record<string, { properties: Record<string, Record<string, unknown>> }>;
    schemas["rapid-review.schema.json"]!.properties.summary = { ...schemas["rapid-review.schema.json"]!.properties.summary, "x-lif-audience": "internal" };
    expect(internalPathsFor("rapid-review", internalFields(schemas))).toEqual(["/circumstances", "/notes", "/summary"]);
  });
});

describe("forAudience and restrictedProjection", () => {
  const audit = {
    kind: "audit", id: "a", title: "t", type: "regular", status: "completed", dates: {}, notes: "n",
    cases: [{ ref: "case-1", grade: "good", summary: "s" }, { ref: "case-2", grade: "good" }],
  } as Audit;

  it("public drops internal fields from a copy; internal keeps the record as it is", () => {
    expect(forAudience(audit, "public", fields)).toEqual({ ...audit, notes: undefined, cases: [{ ref: "case-1", grade: "good" }, { ref: "case-2", grade: "good" }] } as unknown as Audit);
    expect(Object.keys(forAudience(audit, "public", fields))).not.toContain("notes");
    expect(audit.cases![0]!.summary).toBe("s");
    expect(forAudience(audit, "internal", fields)).toBe(audit);
  });

  it("a restricted review keeps only pseudonym, status and publishable learning", () => {
    const rr = {
      kind: "rapid-review", id: "rr", pseudonym: "Child Z", status: "decided", dates: { aware: "2021-01-01" }, children: [], abuseTypes: [], themes: [],
      summary: "x", keyLearning: ["a", { text: "b", publishable: true }, { text: "c", publishable: false }],
    } as RapidReview;
    expect(restrictedProjection(rr, "delayed")).toEqual({ kind: "rapid-review", id: "rr", pseudonym: "Child Z", status: "decided", keyLearning: [{ text: "b", publishable: true }] });
  });
});
