// Findings must not change with speed (issue 9, item 3): the fast js-yaml
// path and the precise `yaml` path give the same files, lines, columns and
// messages, over every broken-store case, the minimal store and the bundled one.
import { describe, expect, it } from "vitest";
import { loadStore, type SourceFile } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { parityStores, VALID_MINIMAL } from "../fixtures/invalid/cases.js";

const validator = loadSchemaValidator();

function bothPaths(sources: readonly SourceFile[]) {
  return { fast: loadStore(sources, validator).findings, precise: loadStore(sources, validator, { precise: true }).findings };
}

describe("fast and precise parsing give the same findings", () => {
  it.each(parityStores())("%s", (_name, root) => {
    const { fast, precise } = bothPaths(readStoreFiles(root()));
    expect(fast).toEqual(precise);
  });

  it("the precise option really parses every file precisely (a file only js-yaml reads differently)", () => {
    // js-yaml reads 0o17 as 15; YAML 1.2 core reads it as 15 too, but `1_000`
    // is text in YAML 1.2 and 1000 in js-yaml: the fast path must not see it.
    const minimal = readStoreFiles(VALID_MINIMAL);
    const sources = minimal.map((s) => (s.file.endsWith("s11-2022.yaml") ? { ...s, text: s.text!.replace("year: 2022", "year: 2_022") } : s));
    const { fast, precise } = bothPaths(sources);
    expect(precise.map((f) => f.message)).toEqual([expect.stringContaining('year: expected a whole number, found text "2_022"')]);
    expect(fast).toEqual(precise);
  });
});

