import { describe, expect, it } from "vitest";
import { copyWithout, pathTree } from "../../src/core/model/copy-without.js";

const record = {
  kind: "audit",
  id: "audit-1",
  notes: "internal",
  cases: [
    { ref: "A", summary: "text", grades: { overall: "good" } },
    { ref: "B", summary: "more", grades: { overall: "requires-improvement" } },
  ],
  dates: { held: "2022-03-01" },
};

describe("copyWithout", () => {
  it("leaves out each path, every item of a list for *, and keeps the rest in order", () => {
    const copy = copyWithout(record, pathTree(["/notes", "/cases/*/summary", "/missing/deeper"]));
    expect(copy).toEqual({ kind: "audit", id: "audit-1", cases: [{ ref: "A", grades: { overall: "good" } }, { ref: "B", grades: { overall: "requires-improvement" } }], dates: { held: "2022-03-01" } });
    expect(Object.keys(copy as object)).toEqual(["kind", "id", "cases", "dates"]);
  });

  it("shares no object or list with the original, which stays as it was", () => {
    const before = structuredClone(record);
    const copy = copyWithout(record, pathTree([])) as typeof record;
    copy.cases[0]!.grades.overall = "changed";
    copy.dates.held = "changed";
    copy.cases.push({ ref: "C", summary: "", grades: { overall: "" } });
    expect(record).toEqual(before);
  });

  it("leaves a field out whole when a deeper path under it is listed too, in either order", () => {
    expect(copyWithout(record, pathTree(["/cases", "/cases/*/summary"]))).not.toHaveProperty("cases");
    expect(copyWithout(record, pathTree(["/cases/*/summary", "/cases"]))).not.toHaveProperty("cases");
  });

  it("passes every kept string, and only those, through copyText", () => {
    const seen: string[] = [];
    copyWithout(record, pathTree(["/cases"]), (text) => (seen.push(text), text));
    expect(seen).toEqual(["audit", "audit-1", "internal", "2022-03-01"]);
  });
});
