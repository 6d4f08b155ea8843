// Random mutations of valid records never crash the validator: every result
// is a clean pass or findings that each name a file, a line and a column.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../src/core/validate/load-store.js";
import { loadStore } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const validator = loadSchemaValidator();
const bundled = readStoreFiles(PROJECT_ROOT).filter((s) => s.text !== undefined);

/** Edits a person (or a bad merge) could make to a YAML file. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(":", "- ", "\t", "&a", "*a", "'", '"', "{", "[", "---", "# x", "\u0000", "key: value", "  nested: 1", "2022-02-30", "__proto__: {}") }),
  fc.record({ op: fc.constant("replace-char" as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const lines = text.split("\n");
  const line = m.at % Math.max(1, lines.length);
  switch (m.op) {
    case "delete-line": lines.splice(line, 1); return lines.join("\n");
    case "duplicate-line": lines.splice(line, 0, lines[line] ?? ""); return lines.join("\n");
    case "insert": { const pos = m.at % (text.length + 1); return text.slice(0, pos) + m.text + text.slice(pos); }
    case "replace-char": { const pos = m.at % Math.max(1, text.length); return text.slice(0, pos) + m.char + text.slice(pos + 1); }
    case "truncate": return text.slice(0, m.at % (text.length + 1));
  }
}

describe("validator under random mutation", () => {
  it("never throws, and every finding is located", () => {
    fc.assert(
      fc.property(fc.nat({ max: bundled.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, edits) => {
        const target = bundled[index]!;
        const text = edits.reduce(apply, target.text!);
        const sources: SourceFile[] = bundled.map((s) => (s === target ? { file: s.file, text } : s));
        const { findings } = loadStore(sources, validator);
        for (const f of findings) {
          expect(f.file).toMatch(/^records\//);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.message.length).toBeGreaterThan(10);
        }
        return true;
      }),
      { numRuns: 150, seed: 20221 },
    );
  });
});
