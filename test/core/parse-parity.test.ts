// The fast parser may only answer when it reads a file exactly as the precise
// one does: same data, and no file the precise parser rejects. Otherwise it
// must decline (and the precise parser then owns every message).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParse } from "../../src/core/parse/fast-parse.js";
import { PreciseDocument } from "../../src/core/parse/precise-parse.js";

/** Checks the two agree when the fast parser answers; true when it did. */
function agree(text: string): boolean {
  const fast = fastParse(text);
  if (!fast.ok) return false;
  const precise = new PreciseDocument(text);
  expect(precise.problems, text).toEqual([]);
  expect(fast.data, text).toEqual(precise.data);
  return true;
}

// Scalars where YAML 1.1, YAML 1.2 core, js-yaml and `yaml` are known to differ
// or that are easy to get wrong: numbers in other bases, underscores,
// sexagesimal, booleans of YAML 1.1, dates, indicators, quotes.
const TRICKY = [
  "2022-02-30", "2022-03-31", "2022-03-31T10:00:00Z", "1_000", "0o17", "0x1F", "0x_1F", "0b101", "+12", "-0", ".5", "1.", "1e3", "1E-3",
  ".inf", "-.Inf", ".NaN", "~", "null", "Null", "NULL", "true", "True", "TRUE", "yes", "No", "on", "off", "y", "n", "012", "09",
  "0.0", "1:20", "190:20:30", "'quoted'", "\"double\"", "'it''s'", "\"esc \\\" q\"", "a #comment", "a#b", "@at", "`tick", "%pct",
  "- dash", "? q", ": colon", "a: b", "[1, 2]", "{a: 1}", "[a, [b]]", "{a: [1, {b: c}]}", "|", ">", "|-\n  block\n  text", ">\n  folded\n  text",
  "\"open", "'open", "é", "🎉 party", "tab\there", "trailing ", "", "=", "<<", "!!str 12", "!!int 12", "!custom x", "&anchor x", "*alias",
  "0x", "1__0", "-.5", "+.inf", "12e", "1,000", "£5", "null # c", "\"\"", "''", "- ", "-", "a\\nb", "x: y: z", "[unclosed", "{unclosed",
];

const scalar = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9._+\-eExob:]{1,8}$/));
const key = fc.oneof(fc.constantFrom("id", "kind", "status", "1", "true", "null", "a b", "'q'", "<<", "? k"), fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/));
const entry = fc.tuple(key, scalar, fc.constantFrom("plain", "list", "nested", "comment", "crlf"));

function render(entries: Array<[string, string, string]>): string {
  return entries
    .map(([k, v, shape]) => {
      if (shape === "list") return `${k}:\n  - ${v}\n  - ${v}`;
      if (shape === "nested") return `${k}:\n  inner: ${v}`;
      if (shape === "comment") return `# ${v}\n${k}: ${v} # note`;
      if (shape === "crlf") return `${k}: ${v}\r`;
      return `${k}: ${v}`;
    })
    .join("\n");
}

describe("fast and precise parsers agree whenever the fast one answers", () => {
  it.each(TRICKY)("value %j", (v) => {
    agree(`key: ${v}\n`);
    agree(`list:\n  - ${v}\n`);
  });

  it("on generated documents", () => {
    let runs = 0;
    let answered = 0;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        runs++;
        if (agree(render(entries))) answered++;
      }),
      { numRuns: 1500, seed: 20220331 },
    );
    // A fast parser that always declined would pass the property unchecked.
    expect(answered, `fast parser answered ${answered} of ${runs}`).toBeGreaterThan(runs / 10);
  });

  it("on a byte-order mark, CRLF line ends and a document start marker", () => {
    agree("\uFEFFkind: action\r\nid: a-1\r\n");
    agree("---\nkind: action\n");
    agree("--- \nkind: action\n...\n");
  });
});
