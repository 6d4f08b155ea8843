// lif diff on a real git repository: two commits of a small store kept in a
// subfolder, one change of every kind between them. The expected changes are
// the edits this file makes, named one by one.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DiffView } from "../../src/core/diff/model.js";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/diff-base/records");
const AS_OF = "2022-06-30";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function initRepo(): string {
  const repo = testdir({});
  git(repo, "init", "-q", "-b", "main");
  git(repo, "config", "user.name", "Test Business Manager");
  git(repo, "config", "user.email", "business.manager@example.org");
  git(repo, "config", "commit.gpgsign", "false");
  return repo;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** The second commit: one edit per kind of change the diff must describe. */
function applyChanges(store: string): void {
  const r = (path: string) => join(store, "records", path);
  edit(r("reviews/lcspr-2021-child-a.yaml"), "status: signed-off", "status: published");
  edit(r("reviews/lcspr-2021-child-a.yaml"), "  signedOff: 2021-12-14\n", "  signedOff: 2021-12-14\n  presented: 2022-01-20\n  sentToPanel: 2022-06-01\n  published: 2022-06-20\n");
  edit(r("reviews/lcspr-2021-child-a.yaml"), "  status: pending\n  expected: 2022-07-29\n", "  status: published\n");
  edit(r("reviews/rr-2022-01-child-b.yaml"), "status: notified", "status: decided");
  edit(r("reviews/rr-2022-01-child-b.yaml"), "  sentToPanel: 2022-01-28\n", "  sentToPanel: 2022-01-28\n  decision: 2022-01-28\n");
  writeFileSync(r("reviews/rr-2022-01-child-b.yaml"), `${readFileSync(r("reviews/rr-2022-01-child-b.yaml"), "utf8")}decision:\n  outcome: no-lcspr\n`);
  edit(r("s11/s11-2022-police.yaml"), "rating: amber", "rating: red");
  edit(r("s11/s11-2022-nhs.yaml"), "rating: amber", "rating: green");
  edit(r("actions/act-lcspr-child-a-r1.yaml"), "status: in-progress", "status: complete\ncompleted: 2022-06-15");
  edit(r("actions/act-board-01.yaml"), "status: in-progress", "status: complete\ncompleted: 2022-05-20\nimpact:\n  - date: 2022-06-10\n    text: Referrers now cite the policy in escalations.");
  edit(r("actions/act-s11-2022-police-s2.yaml"), "due: 2022-09-30", "due: 2022-12-31");
  edit(r("actions/act-s11-2022-police-s2.yaml"), "    reason: Training provider changed.\n", "    reason: Training provider changed.\n  - due: 2022-09-30\n    changed: 2022-06-01\n    reason: Trainer unavailable.\n");
  edit(r("actions/act-board-02.yaml"), "due: 2022-08-31", "due: 2022-04-30");
  mkdirSync(r("actions/audit"));
  renameSync(r("actions/act-audit-neglect-r1.yaml"), r("actions/audit/act-audit-neglect-r1.yaml"));
  edit(r("actions/act-nhs-s1.yaml"), "id: act-nhs-s1", "id: act-s11-2022-nhs-s1");
  edit(r("actions/act-old-name.yaml"), "id: act-old-name", "id: act-new-name");
  renameSync(r("actions/act-old-name.yaml"), r("actions/act-new-name.yaml"));
  rmSync(r("actions/act-cdop-01.yaml"));
  edit(r("s11/six-steps-2021.yaml"), "notes: Agreed at the Planning Group.", "notes: [Agreed at the Planning Group.]");
  writeFileSync(r("reviews/rr-2022-05-child-c.yaml"), [
    "kind: rapid-review", "id: rr-2022-05-child-c", "pseudonym: Child C", "status: notified", "dates:", "  aware: 2022-05-03",
    "children:", "  - ageBand: under-1", "    sex: male", "abuseTypes:", "  - neglect", "themes:", "  - information-sharing", "",
  ].join("\n"));
  writeFileSync(r("actions/act-broken.yaml"), [
    "kind: action", "id: act-broken", "source:", "  type: board", "description: No due date yet.", "leadAgency: council",
    "owner: Head of Service", "group: board", "created: 2022-06-01", "status: not-started", "",
  ].join("\n"));
}

describe("lif diff on a two-commit repository", () => {
  let repo: string;
  let store: string;
  let view: DiffView;
  let markdown: string;
  let worktree: { status: number; stdout: string };

  beforeAll(() => {
    repo = initRepo();
    store = join(repo, "safeguarding");
    cpSync(FIXTURE, join(store, "records"), { recursive: true });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "Records as agreed");
    applyChanges(store);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "June updates");
    const json = runLif(["diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", "json"], { cwd: store });
    expect(json.stderr).toBe("");
    expect(json.status).toBe(0);
    view = JSON.parse(json.stdout) as DiffView;
    const md = runLif(["diff", "HEAD~1", "--as-of", AS_OF], { cwd: join(store, "records") });
    expect(md.status).toBe(0);
    markdown = md.stdout;
    worktree = md;
  });

  it("counts added, removed and changed records", () => {
    expect(view.added.map((r) => r.id)).toEqual(["rr-2022-05-child-c"]);
    expect(view.removed.map((r) => r.id)).toEqual(["act-cdop-01"]);
    expect(view.summary).toMatchObject({ added: 1, removed: 1, renamed: 2, idChanged: 2, ragWorse: 1, ragBetter: 1, newOverdue: 1 });
  });

  it("recognises a renamed file and a record whose id changed", () => {
    const byId = new Map(view.changed.map((c) => [c.id, c]));
    expect(byId.get("act-audit-neglect-r1")).toMatchObject({ renamedFrom: "records/actions/act-audit-neglect-r1.yaml", file: "records/actions/audit/act-audit-neglect-r1.yaml", fields: [] });
    expect(byId.get("act-s11-2022-nhs-s1")).toMatchObject({ idChangedFrom: "act-nhs-s1", file: "records/actions/act-nhs-s1.yaml" });
    expect(byId.get("act-s11-2022-nhs-s1")?.renamedFrom).toBeUndefined();
    expect(byId.get("act-new-name")).toMatchObject({ idChangedFrom: "act-old-name", renamedFrom: "records/actions/act-old-name.yaml", fields: [] });
    expect(markdown).toContain("id changed from act-old-name to act-new-name; file renamed from records/actions/act-old-name.yaml to records/actions/act-new-name.yaml");
    expect(view.removed.map((r) => r.id)).not.toContain("act-old-name");
  });

  it("reports status changes, but an action's completion only under actions completed", () => {
    expect(view.statusChanges.map((s) => [s.id, s.from, s.to])).toEqual([
      ["lcspr-2021-child-a", "signed-off", "published"],
      ["rr-2022-01-child-b", "notified", "decided"],
    ]);
  });

  it("compares RAG ratings per agency and standard", () => {
    expect(view.ragChanges.map((r) => [r.agencyName, r.standard, r.from, r.to, r.direction])).toEqual([
      ["County Police", "s2", "amber", "red", "worse"],
      ["NHS Integrated Care Board", "s1", "amber", "green", "better"],
    ]);
  });

  it("lists due dates moved with how often each has moved", () => {
    expect(view.dueMoves.map((m) => [m.id, m.from, m.to, m.direction, m.timesMoved])).toEqual([
      ["act-board-02", "2022-08-31", "2022-04-30", "earlier", 1],
      ["act-s11-2022-police-s2", "2022-09-30", "2022-12-31", "later", 2],
    ]);
    expect(view.dueMoves[1]?.reason).toBe("Trainer unavailable.");
  });

  it("tells actions completed with and without evidence of impact", () => {
    expect(view.actionsCompleted.map((a) => [a.id, a.completed, a.hasImpactEvidence, a.fromLcspr])).toEqual([
      ["act-board-01", "2022-05-20", true, false],
      ["act-lcspr-child-a-r1", "2022-06-15", false, true],
    ]);
  });

  it("reports the review published", () => {
    expect(view.publication).toEqual([expect.objectContaining({ id: "lcspr-2021-child-a", what: "report", from: "pending", to: "published", published: "2022-06-20" })]);
  });

  it("finds actions newly overdue and deadlines newly missed as of --as-of", () => {
    expect(view.newOverdue.map((a) => [a.id, a.due, a.daysOverdue])).toEqual([["act-board-02", "2022-04-30", 61]]);
    // act-board-01 was overdue at BASE (due 2022-05-31) and is complete at HEAD: not new.
    expect(view.newMissedDeadlines.map((d) => [d.id, d.deadline.split(":")[0]])).toEqual([
      ["rr-2022-05-child-c", "Panel notified"],
      ["rr-2022-05-child-c", "Rapid review sent to Panel"],
    ]);
  });

  it("tells a record that now fails validation from one removed", () => {
    expect(view.noLongerValid.map((r) => r.id)).toEqual(["six-steps-2021"]);
    expect(view.removed.map((r) => r.id)).not.toContain("six-steps-2021");
    expect(view.ragChanges.some((r) => r.context === "six-steps-2021")).toBe(false);
  });

  it("lists validation findings introduced at HEAD", () => {
    // The file with no due date; the LCSPR action completed without impact; the id that no longer matches its file name.
    expect(view.findingsIntroduced.map((f) => [f.file, f.severity, f.rule])).toEqual([
      ["records/actions/act-broken.yaml", "error", "schema"],
      ["records/actions/act-lcspr-child-a-r1.yaml", "warning", "lcspr-impact"],
      ["records/actions/act-nhs-s1.yaml", "error", "id-filename"],
      ["records/s11/six-steps-2021.yaml", "error", "schema"],
    ]);
    expect(view.summary.findingsResolved).toBe(0);
  });

  it("writes Markdown for a pull-request comment by default when piped, from the working tree", () => {
    expect(worktree.status).toBe(0);
    expect(markdown.startsWith("<!-- lif-diff -->\n## Records: HEAD~1 (")).toBe(true);
    expect(markdown).toContain("→ working tree");
    expect(markdown).toContain("### RAG ratings changed (2)");
    expect(markdown).toContain("| Section 11 2022 | County Police | s2 Staff training | amber | red | **worse** |");
    expect(markdown).toContain("none (required for an LCSPR action)");
    // Same view as the committed HEAD: the working tree is that commit.
    const sections = (text: string) => text.split("\n").slice(2).join("\n");
    const committed = runLif(["diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", "markdown"], { cwd: store });
    expect(sections(committed.stdout)).toBe(sections(markdown));
    expect(git(repo, "status", "--porcelain")).toBe("");
  });

  it("shows a terminal view with --format text", () => {
    const text = runLif(["diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", "text"], { cwd: store });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^RAG ratings changed \(2\)$/m);
    expect(text.stdout).not.toContain("|");
  });

  it("is repeatable: the same revisions and date give the same bytes", () => {
    const again = runLif(["diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", "json"], { cwd: store });
    expect(JSON.parse(again.stdout)).toEqual(view);
  });

  it("exits 2 with git's reason for an unknown revision", () => {
    const result = runLif(["diff", "no-such-branch", "--as-of", AS_OF], { cwd: store });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^lif: unknown git revision "no-such-branch" \(git: /);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const option = runLif(["diff", "--", "--upload-pack=x"], { cwd: store });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("is not a git revision");
  });
});

describe("lif diff outside a usable repository", () => {
  it("exits 2 in a repository with no commits", () => {
    const repo = initRepo();
    cpSync(FIXTURE, join(repo, "records"), { recursive: true });
    const result = runLif(["diff", "main"], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("has no commits yet");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it("exits 2 outside git", () => {
    const dir = testdir({});
    cpSync(FIXTURE, join(dir, "records"), { recursive: true });
    const result = runLif(["diff", "main"], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is not inside a git repository");
    expect(result.stdout).toBe("");
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
