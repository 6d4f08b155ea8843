// Hostile text in records (pipes, HTML, {{, heading markers, very long
// words) keeps the rendered structure intact and passes markdownlint.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { copyOfStore } from "../helpers/testdir.js";
import { markdownlint, structure } from "./render-support.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/render-basic");
const LONG = `Supercalifragilistic${"x".repeat(400)}`;
const HOSTILE = [
  "Pipes | break | tables",
  "<script>alert('x')</script> & <b>bold</b> &amp; &lt;",
  "{{constructor}} {{#each records}}{{/each}} {{> annual-report}}",
  "# Not a heading",
  "- not a list item",
  "> not a quote",
  "1. not an ordered list",
  "```mermaid",
  LONG,
  "line one\n## line two\n\n| a | b |",
];

function edit(root: string, file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = join(root, "records", file);
  const doc = parseDocument(readFileSync(path, "utf8"));
  change(doc);
  writeFileSync(path, doc.toString());
}

function store(hostile: boolean): string {
  const root = copyOfStore(FIXTURE);
  if (!hostile) return root;
  edit(root, "reviews/rr-2021-05-child-1.yaml", (d) => {
    d.setIn(["keyLearning"], HOSTILE);
    d.setIn(["summary"], HOSTILE.join(" "));
    d.setIn(["briefing", "questions"], HOSTILE);
  });
  edit(root, "reviews/scr-2018-child-w.yaml", (d) => d.setIn(["keyLearning"], HOSTILE));
  edit(root, "audits/audit-2021-09-nai.yaml", (d) => {
    d.setIn(["title"], `Audit ${HOSTILE[0]} ${HOSTILE[1]}`);
    d.setIn(["changes"], HOSTILE);
  });
  edit(root, "audits/audit-2021-11-cancelled.yaml", (d) => d.setIn(["cancellation", "reason"], HOSTILE.join(" ")));
  edit(root, "actions/act-s11-2020-police-s2.yaml", (d) => d.setIn(["description"], HOSTILE.join(" ")));
  return root;
}

function render(root: string, args: string[], out: string): string {
  const r = runLif([...args, "--store", root, ...(args[1] === "briefing" ? [] : ["--as-of", "2022-06-30"]), "--out", join(root, out)]);
  expect(r.stderr).toMatch(/^lif: wrote /);
  expect(r.status).toBe(0);
  return readFileSync(join(root, out), "utf8");
}

describe("hostile record text", () => {
  const clean = store(false);
  const hostile = store(true);
  const cases: Array<[string, string[]]> = [
    ["report.md", ["render", "annual-report", "--year", "2021/22"]],
    ["briefing.md", ["render", "briefing", "rr-2021-05-child-1"]],
    ["audit.md", ["render", "briefing", "audit-2021-09-nai", "--audience", "internal"]],
  ];

  it.each(cases)("%s keeps the structure of the clean render", (file, args) => {
    const before = render(clean, args, file);
    const after = render(hostile, args, file);
    expect(structure(after)).toEqual(structure(before));
    // The record's own "&amp;" is printed literally (escaped); lif never writes an HTML entity.
    expect(after).not.toMatch(/(?<!\\)&(amp|lt|gt);/);
    expect(after).not.toMatch(/(?<!\\)<(script|b)\b/);
    expect(after).toContain("{{constructor}} {{#each records}}{{/each}} {{\\> annual-report}}");
    expect(after).toContain(LONG);
    expect(after).not.toMatch(/^(#|-|>|1\.) (Not a heading|not a list item|not a quote|not an ordered list)/m);
  });

  it("markdownlint passes on the hostile renders", () => {
    const lint = markdownlint(hostile, cases.map(([f]) => f));
    expect(lint.output).toMatch(/Summary: 0 error/);
    expect(lint.status).toBe(0);
  });
});
