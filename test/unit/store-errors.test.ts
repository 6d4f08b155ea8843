// The one wording of a store's errors that actions, deadlines, render and rollup share.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/findings.js";
import { describeStoreErrors, storeErrors } from "../../src/commands/store-errors.js";

const finding = (file: string, severity: Finding["severity"] = "error"): Finding =>
  ({ file, line: 1, column: 1, path: "", rule: "schema", severity, message: "x" });

describe("a store's errors, described", () => {
  it("counts errors, not warnings, and names each file once", () => {
    const found = storeErrors([finding("records/a.yaml"), finding("records/a.yaml"), finding("records/b.yaml"), finding("records/c.yaml", "warning")]);
    expect(found).toEqual({ errors: 3, files: ["records/a.yaml", "records/b.yaml"] });
    expect(describeStoreErrors(found)).toBe("3 errors in 2 files (records/a.yaml, records/b.yaml)");
    expect(describeStoreErrors(storeErrors([finding("records/a.yaml")]))).toBe("1 error in 1 file (records/a.yaml)");
  });

  it("names five files at most, and says how many more", () => {
    const files = ["a", "b", "c", "d", "e", "f", "g"].map((n) => `records/${n}.yaml`);
    expect(describeStoreErrors(storeErrors(files.map((f) => finding(f)))))
      .toBe("7 errors in 7 files (records/a.yaml, records/b.yaml, records/c.yaml, records/d.yaml, records/e.yaml and 2 more)");
  });
});
