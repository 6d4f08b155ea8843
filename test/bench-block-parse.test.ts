// The block reader behind the fast path (issue: performance) answers only
// when it gives the very data the YAML 1.2 core schema gives: checked on
// the benchmark's records, on the bundled store, on tricky cases and on
// random YAML-like text. Where it answers, `yaml` must agree and find no error.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module of the benchmark
import { generateRecords } from "../bench/lib/store-generator.mjs";
import { parseBlockYaml } from "../src/core/parse/block-parse.js";
import { PROJECT_ROOT } from "./helpers/cli.js";

function precise(text: string): { ok: boolean; data?: unknown } {
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true });
  if (doc.errors.length) return { ok: false };
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}

function expectAgreement(text: string): boolean {
  const fast = parseBlockYaml(text);
  if (!fast) return false;
  const slow = precise(text);
  expect(slow.ok, text).toBe(true);
  expect(fast.data, text).toEqual(slow.data);
  return true;
}

describe("parseBlockYaml", () => {
  it("reads every generated record, as yaml does", () => {
    const records = generateRecords({ records: 400, seed: 11 }) as Array<{ text: string }>;
    for (const r of records) expect(expectAgreement(r.text)).toBe(true);
  });

  it("agrees with yaml on the bundled store wherever it answers", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
    for (const file of walk(join(PROJECT_ROOT, "records"))) expectAgreement(readFileSync(file, "utf8"));
  });

  it.each([
    ["plain values, comments and lists", "# head\nkind: action\nid: a-1 # trailing\nlist:\n- x\n- y: 1\n  z: 'it''s'\nn: -12\nq: \"text: with colon\"\nempty:\nt: True\nnil: ~\n"],
    ["a list at the key's indent inside a list item", "items:\n  - a:\n    - x\n    b: 2\n"],
    ["URLs and text that looks a little like YAML", "url: https://example.org/a:b\nnote: C# and 50% of it, [sic]\ndate: 2022-03-31\nyear: 2021/22\n"],
  ])("reads %s", (_, text) => {
    expect(expectAgreement(text)).toBe(true);
  });

  it.each([
    ["a duplicate key", "a: 1\na: 2\n"],
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a flow list", "a: [1, 2]\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a multi-line plain scalar", "a: some\n  more\n"],
    ["a float", "a: 1.5\n"],
    ["an octal-looking number", "a: 0o17\n"],
    ["a leading zero", "a: 007\n"],
    ["a number with underscores", "a: 1_000\n"],
    ["a tab", "a:\tb\n"],
    ["a CRLF line end", "a: b\r\n"],
    ["an escape", 'a: "x\\ny"\n'],
    ["a tag", "a: !!str 1\n"],
    ["a document marker", "---\na: 1\n"],
    ["a colon in a plain value", "a: b: c\n"],
    ["a null key", "null: 1\n"],
    ["a quoted key", '"a": 1\n'],
    ["bad indentation", "a:\n    b: 1\n  c: 2\n"],
    ["a top-level scalar", "just text\n"],
  ])("leaves %s to the general parsers", (_, text) => {
    expect(parseBlockYaml(text)).toBeUndefined();
  });

  it("never answers differently from yaml on random block YAML, whole or damaged", () => {
    const plain = fc.constantFrom("a", "text with words", "it's", "2022-03-31", "12", "-3", "true", "null", "C#", "a:b", "x #c", "'q'", '"dq"');
    const tricky = fc.constantFrom(
      "a", "text with words", "it's", "null", "~", "true", "False", "12", "-3", "0", "007", "1.5", "1e3", "0x1f", ".inf",
      "2022-02-30", "2021/22", "'q'", "'it''s'", '"dq"', '"a\\"b"', '"a: b"', "[1]", "{a: 1}", "&x", "*x", "!t", "|", ">",
      "C#", "x #c", "a:b", "a: b", "b:", "-", "-x", "?", "%", "@", "`", ",", "http://x/y", "",
    );
    const scalar = fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: tricky, weight: 1 });
    const key = fc.oneof(
      { arbitrary: fc.constantFrom("a", "b", "id", "kind", "x-1", "$s", "_k"), weight: 20 },
      { arbitrary: fc.constantFrom("null", "true", "a b", "1", "'q'", "-k"), weight: 1 },
    );
    type Tree = string | { map: Array<[string, Tree]> } | { seq: Tree[] };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar,
        fc.record({ map: fc.array(fc.tuple(key, tie("tree")), { maxLength: 4 }) }),
        fc.record({ seq: fc.array(tie("tree"), { maxLength: 3 }) }),
      ),
    }));
    const emit = (t: Tree, indent: number, step: number, out: string[], first?: string) => {
      const pad = (n: number) => " ".repeat(n);
      const lead = (n: number, i: number) => (i === 0 && first !== undefined ? first : pad(n));
      if (typeof t === "string") out.push(`${first ?? pad(indent)}${t}`);
      else if ("map" in t) {
        t.map.forEach(([k, v], i) => {
          if (typeof v === "string") out.push(`${lead(indent, i)}${k}: ${v}`);
          else {
            out.push(`${lead(indent, i)}${k}:`);
            emit(v, "seq" in v && step === 4 ? indent : indent + step, step, out);
          }
        });
      } else {
        t.seq.forEach((v) => {
          if (typeof v === "string") out.push(`${pad(indent)}- ${v}`);
          else if ("map" in v && v.map.length) emit(v, indent + 2, step, out, `${pad(indent)}- `);
          else {
            out.push(`${pad(indent)}-`);
            emit(v, indent + step, step, out);
          }
        });
      }
    };
    const damage = fc.record({ line: fc.nat(), kind: fc.constantFrom("none", "none", "indent+1", "indent-1", "comment", "blank") });
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 6 }), fc.constantFrom(2, 4), damage, (entries, step, hurt) => {
        const lines: string[] = [];
        emit({ map: entries }, 0, step, lines);
        const at = hurt.line % lines.length;
        if (hurt.kind === "indent+1") lines[at] = ` ${lines[at]}`;
        if (hurt.kind === "indent-1") lines[at] = lines[at]!.replace(/^ /, "");
        if (hurt.kind === "comment") lines.splice(at, 0, "   # a comment");
        if (hurt.kind === "blank") lines.splice(at, 0, "");
        const text = `${lines.join("\n")}\n`;
        const fast = parseBlockYaml(text);
        if (!fast) return true;
        answered++;
        const slow = precise(text);
        return slow.ok && JSON.stringify(slow.data) === JSON.stringify(fast.data);
      }),
      { numRuns: 4000, seed: 20261123 },
    );
    // The property says something only if the reader answers often enough.
    expect(answered).toBeGreaterThan(400);
  });
});
