// Messages a business manager can act on: each names where (a readable path),
// points at a line that exists, is said once, and holds no programmer noise.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pointerKeys, pointerStep, readablePath } from "../../src/core/findings.js";
import { idSuggester, SUGGESTION_SEARCHES } from "../../src/core/validate/id-suggester.js";
import { loadStore } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { invalidCases, storeForCase } from "../fixtures/invalid/cases.js";

const validator = loadSchemaValidator();

describe.each(invalidCases().map((c) => c.name))("findings of %s", (name) => {
  const root = storeForCase(name);
  const { findings } = loadStore(readStoreFiles(root), validator);

  it("name the field they are about", () => {
    for (const f of findings.filter((x) => x.path !== "")) {
      const parent = f.path.slice(0, f.path.lastIndexOf("/"));
      const named = f.message.includes(readablePath(f.path)) || (parent !== "" && f.message.includes(readablePath(parent)));
      expect(named, `${f.file}: ${f.message} (path ${f.path})`).toBe(true);
    }
  });

  it("point at a line and column inside the file", () => {
    for (const f of findings) {
      let lines = 1;
      try {
        lines = readFileSync(join(root, f.file), "utf8").split("\n").length;
      } catch {
        // an unreadable file is reported at 1:1
      }
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines);
    }
  });

  it("are said once, without programmer noise", () => {
    const seen = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
    expect(new Set(seen).size).toBe(seen.length);
    for (const f of findings) expect(f.message).not.toMatch(/undefined|\[object |NaN|must NOT|must have required|\bat line \d+/);
  });
});

describe("did-you-mean for dangling references", () => {
  it("searches only ids of the expected kind", () => {
    const ids = new Map([["audit-2021-09-neglect", { kind: "audit", file: "a" }], ["act-2021-09-neglect", { kind: "action", file: "b" }]]);
    expect(idSuggester(ids)("audit-2021-09-neglct", new Set(["audit"]))).toBe('did you mean "audit-2021-09-neglect"?');
    expect(idSuggester(ids)("audit-2021-09-neglct", new Set(["lcspr"]))).toBe("");
  });

  it("stops searching after a fixed number of dangling references, so validation stays linear", () => {
    const ids = new Map([["audit-2021-09-neglect", { kind: "audit", file: "a" }]]);
    const suggest = idSuggester(ids);
    const answers = Array.from({ length: SUGGESTION_SEARCHES + 5 }, () => suggest("audit-2021-09-neglct", undefined));
    expect(answers.filter(Boolean)).toHaveLength(SUGGESTION_SEARCHES);
    expect(answers.at(-1)).toBe("");
  });
});

describe("JSON pointers", () => {
  it("escape a key's ~ and / as one step, and read them back", () => {
    expect(pointerStep("a/b~c")).toBe("a~1b~0c");
    expect(pointerStep("dates")).toBe("dates");
    expect(pointerKeys(`/${pointerStep("x~1/y")}/0/${pointerStep("~")}`)).toEqual(["x~1/y", "0", "~"]);
    expect(pointerKeys("")).toEqual([]);
    expect(readablePath("/ratings/3/rating")).toBe("ratings[3].rating");
    expect(readablePath(`/${pointerStep("a/b")}`)).toBe("a/b");
  });
});
