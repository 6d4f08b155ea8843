// Planted names, NHS numbers and postcodes stop public output with the
// record and field named, and nothing written; a reviewed text passes.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { copyOfStore } from "../helpers/testdir.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/render-basic");

function plantedStore(reviewed: Array<{ file: string; text: string }> = []): string {
  const root = copyOfStore(FIXTURE);
  const edit = (file: string, change: (d: ReturnType<typeof parseDocument>) => void) => {
    const path = join(root, "records", file);
    const doc = parseDocument(readFileSync(path, "utf8"));
    change(doc);
    writeFileSync(path, doc.toString());
  };
  // A name in a published review's learning, an NHS number in an audit's changes, a postcode in an action.
  edit("reviews/scr-2018-child-w.yaml", (d) => d.addIn(["keyLearning"], "Sarah Jones told the health visitor about the bruising"));
  edit("audits/audit-2021-09-nai.yaml", (d) => d.addIn(["changes"], "Records for NHS number 943 476 5919 were corrected"));
  edit("actions/act-s11-2020-police-s2.yaml", (d) => d.setIn(["description"], "Visit the family at TN34 1AA to check the plan"));
  // Planted where public output never goes: an internal field, and a delayed review's restricted learning.
  edit("reviews/rr-2021-05-child-1.yaml", (d) => d.setIn(["circumstances"], "Mrs Okafor, DOB 12/03/1990, of BN7 2AB"));
  edit("reviews/lcspr-2021-child-z.yaml", (d) => d.addIn(["keyLearning"], "Kelly Taylor at BN1 1AA"));
  for (const r of reviewed) edit(r.file, (d) => d.setIn(["privacyReviewed"], [{ text: r.text, reason: "checked: not a real person" }]));
  return root;
}

describe("the privacy guard on lif render", () => {
  it("stops the public report with each record and field named, writing nothing", () => {
    const root = plantedStore();
    const r = runLif(["render", "annual-report", "--year", "2021/22", "--store", root, "--as-of", "2022-06-30", "--out", "build/report.md"], { cwd: root });
    expect(r.status).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).toBe("");
    expect(existsSync(join(root, "build/report.md"))).toBe(false);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      'records/actions/act-s11-2020-police-s2.yaml: act-s11-2020-police-s2 field /description: looks like a UK postcode: "TN34 1AA"',
      'records/audits/audit-2021-09-nai.yaml: audit-2021-09-nai field /changes/1: looks like an NHS number: "943 476 5919"',
      'records/reviews/scr-2018-child-w.yaml: scr-2018-child-w field /keyLearning/2: looks like a real person\'s name: "Sarah Jones"',
      expect.stringMatching(/^lif: 3 privacy findings: nothing written\./),
    ]);
  });

  it("stops a public briefing; the internal audience is not checked", () => {
    const root = plantedStore();
    const pub = runLif(["render", "briefing", "audit-2021-09-nai", "--store", root]);
    expect(pub.status).toBe(1);
    expect(pub.stdout).toBe("");
    expect(pub.stderr).toContain("audit-2021-09-nai field /changes/1: looks like an NHS number");
    const internal = runLif(["render", "briefing", "rr-2021-05-child-1", "--store", root, "--audience", "internal"]);
    expect(internal.status).toBe(0);
    expect(internal.stdout).toContain("Mrs Okafor");
  });

  it("names the field of a text the report shortens before writing it", () => {
    const root = copyOfStore(FIXTURE);
    const path = join(root, "records/reviews/lcspr-2021-child-z.yaml");
    const doc = parseDocument(readFileSync(path, "utf8"));
    // The report writes the reason without its full stop: not the record's text as it stands,
    // but the name in it is the record's.
    doc.setIn(["publication"], doc.createNode({ status: "pending", reason: "Sarah Jones has asked to read it first.", expected: "2022-09-30" }));
    writeFileSync(path, doc.toString());
    const r = runLif(["render", "annual-report", "--year", "2021/22", "--store", root, "--as-of", "2022-06-30"]);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe(
      'records/reviews/lcspr-2021-child-z.yaml: lcspr-2021-child-z field /publication/reason: looks like a real person\'s name: "Sarah Jones"',
    );
  });

  it("traces what a store's template writes of a counted action to the action's field", () => {
    // An id that reads as an NHS number, written by a template that lists the actions opened.
    const root = copyOfStore(FIXTURE, { "templates/annual-report/actions.hbs": "## Actions\n\n{{#each figures.actions.lists.opened}}\n- {{id}}: {{name}}\n{{/each}}\n" });
    const action = readFileSync(join(root, "records/actions/act-board-01.yaml"), "utf8").replace("id: act-board-01", "id: act9434765919");
    writeFileSync(join(root, "records/actions/act9434765919.yaml"), action);
    const args = ["render", "annual-report", "--year", "2021/22", "--store", root, "--as-of", "2022-06-30"];
    const r = runLif(args);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe('records/actions/act9434765919.yaml: act9434765919 field /id: looks like an NHS number: "9434765919"');
    // Reviewed on the record, it passes.
    writeFileSync(join(root, "records/actions/act9434765919.yaml"), `${action}privacyReviewed:\n  - text: "9434765919"\n    reason: an id, not an NHS number\n`);
    const reviewed = runLif(args);
    expect(reviewed.stderr).toBe("");
    expect(reviewed.status).toBe(0);
    expect(reviewed.stdout).toContain("act9434765919: Report on health visitor capacity to the Board.");
  });

  it("names a template for identifying text it wrote itself, and says to change the template", () => {
    const root = copyOfStore(FIXTURE, { "templates/annual-report/actions.hbs": "## Actions\n\nAsk Mrs Okafor for the figures.\n" });
    const r = runLif(["render", "annual-report", "--year", "2021/22", "--store", root, "--as-of", "2022-06-30"]);
    expect(r.status).toBe(1);
    const [finding, summary] = r.stderr.trim().split("\n");
    expect(finding).toBe('templates/annual-report.hbs: annual-report: looks like a real person\'s name: "Mrs Okafor"');
    // Only the template's advice: no record's privacyReviewed can help here.
    expect(summary).toMatch(/^lif: 1 privacy finding: nothing written\. A finding named after a template is in text that template, or one it includes, wrote .*: change the template/);
    expect(summary).not.toContain("privacyReviewed");
  });

  it("passes once the record lists the text as reviewed", () => {
    const root = plantedStore([
      { file: "reviews/scr-2018-child-w.yaml", text: "Sarah Jones" },
      { file: "audits/audit-2021-09-nai.yaml", text: "943 476 5919" },
      { file: "actions/act-s11-2020-police-s2.yaml", text: "TN34 1AA" },
    ]);
    const r = runLif(["render", "annual-report", "--year", "2021/22", "--store", root, "--as-of", "2022-06-30"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Sarah Jones told the health visitor");
  });
});
