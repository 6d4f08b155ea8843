// A store's templates/ folder overrides lif's templates by relative name;
// `lif templates list` says which one wins; template mistakes fail with the
// file and line (exit 2), and probes into prototypes render nothing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { copyOfStore } from "../helpers/testdir.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/render-basic");

function store(templates: Record<string, string> = {}): string {
  return copyOfStore(FIXTURE, Object.fromEntries(Object.entries(templates).map(([name, text]) => [join("templates", name), text])));
}

function ok(args: string[], root: string): string {
  const r = runLif([...args, "--store", root, ...(args[0] === "render" && args[1] !== "briefing" ? ["--as-of", "2022-06-30"] : [])]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

const REPORT = ["render", "annual-report", "--year", "2021/22"];
const AUDITS = ["render", "section", "audits", "--year", "2021/22"];
const OVERRIDE = "---\ndescription: Our own audits section\n---\n\n## Audits we held\n\n{{figures.audits.held.count}} held, {{figures.audits.cancelled.count}} cancelled ({{#each figures.audits.cancelled.items}}{{reason}}{{/each}}).\n";

describe("a store template overriding one partial", () => {
  it("changes only that part of the report", () => {
    const plain = store();
    const custom = store({ "annual-report/audits.hbs": OVERRIDE });
    const before = ok(REPORT, plain);
    const after = ok(REPORT, custom);
    const oldSection = ok(AUDITS, plain).trim();
    const newSection = ok(AUDITS, custom).trim();
    expect(newSection).toBe("## Audits we held\n\n1 held, 1 cancelled (Lack of police capacity for non-statutory audits).");
    expect(before).toContain(oldSection);
    expect(after).toBe(before.replace(oldSection, newSection));
  });

  it("lif templates list shows both files and which wins", () => {
    const root = store({ "annual-report/audits.hbs": OVERRIDE });
    const rows = JSON.parse(ok(["templates", "list", "--format", "json"], root)) as Array<{ name: string; source: string; used: boolean; description: string | null }>;
    expect(rows.filter((r) => r.name === "annual-report/audits")).toEqual([
      { name: "annual-report/audits", file: "templates/annual-report/audits.hbs", source: "built-in", used: false, description: "Multi-agency case file audits by the Quality Assurance subgroup", wordBudget: null },
      { name: "annual-report/audits", file: "templates/annual-report/audits.hbs", source: "store", used: true, description: "Our own audits section", wordBudget: null },
    ]);
    expect(rows.filter((r) => r.source === "built-in" && r.name !== "annual-report/audits").every((r) => r.used)).toBe(true);
    const text = ok(["templates", "list"], root);
    expect(text).toMatch(/annual-report\/audits\s+built-in\s+no \(overridden by the store\)/);
    expect(text).toMatch(/annual-report\/audits\s+store\s+yes/);
  });
});

describe("template mistakes", () => {
  it.each([
    ["a missing field", "\n## Audits\n\n{{figures.audits.nothing}}\n", 'templates/annual-report/audits.hbs:4: "nothing" not defined'],
    ["an unknown helper", "\n## Audits\n\n{{readFile \"/etc/passwd\"}}\n", "templates/annual-report/audits.hbs:4: You specified knownHelpersOnly, but used the unknown helper readFile"],
    ["a partial that does not exist", "\n## Audits\n\n{{> ../../../etc/passwd}}\n", "templates/annual-report/audits.hbs: The partial ../../../etc/passwd could not be found"],
  ])("%s fails with the file and line, exit 2, nothing written", (_what, text, message) => {
    const root = store({ "annual-report/audits.hbs": text });
    const r = runLif([...REPORT, "--store", root, "--out", "report.md"], { cwd: root });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`lif: ${message}`);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(root, "report.md"))).toBe(false);
  });

  it("probes into prototypes render nothing and leave no trace", () => {
    const root = store({ "annual-report/audits.hbs": '\n## Audits\n\n[{{constructor}}][{{__proto__}}][{{lookup this "constructor"}}][{{figures.constructor.name}}][{{#with constructor}}x{{/with}}]\n' });
    expect(ok(AUDITS, root)).toBe("## Audits\n\n[][][][][]\n");
  });
});

describe("the one-page word budget", () => {
  it("a briefing over its template's budget is written with a warning naming both numbers", () => {
    const root = store({ "briefing/rapid-review.hbs": "---\nwordBudget: 20\n---\n# {{title}}\n\n{{list keyLearning}}\n" });
    const r = runLif(["render", "briefing", "rr-2021-05-child-1", "--store", root]);
    expect(r.status).toBe(0);
    const words = r.stdout.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)!.length;
    expect(r.stderr).toBe(`lif: warning: the briefing for rr-2021-05-child-1 is ${words} words, over the one-page budget of 20 (wordBudget in templates/briefing/rapid-review.hbs); shorten the record's text\n`);
  });
});
