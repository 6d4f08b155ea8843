// Output formats and path narrowing, on one store that combines several
// broken-store cases (errors and warnings in several files and folders).
import { cpSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { invalidCases, INVALID_DIR, parseTextOutput, storeForCase, VALID_MINIMAL, type ExpectedFinding } from "../fixtures/invalid/cases.js";

// Cases whose files do not overlap: a YAML error, a schema error, two rule
// errors and two warnings, in records/actions, records/s11 and records/audits.
const COMBINED = ["yaml-duplicate-key", "rule-dangling-reference", "rule-s11-amber-without-action", "warning-six-deep-dives"];
const GITHUB_LINE = /^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+$/;
const ANSI = /\u001b\[/;

let root: string;
let expected: ExpectedFinding[];

beforeAll(() => {
  root = storeForCase(COMBINED[0]!);
  for (const name of COMBINED.slice(1)) cpSync(join(INVALID_DIR, name, "records"), join(root, "records"), { recursive: true });
  const cases = invalidCases().filter((c) => COMBINED.includes(c.name));
  const key = (f: ExpectedFinding) => `${f.file}\u0000${String(f.line).padStart(6)}\u0000${String(f.column).padStart(6)}`;
  expected = cases.flatMap((c) => c.findings).sort((a, b) => key(a).localeCompare(key(b)));
});

describe("the minimal valid store", () => {
  it("validates clean: exit 0, no findings", () => {
    const r = runLif(["validate", "--store", VALID_MINIMAL, "--strict"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^✓ \d+ record files checked, no findings$/m);
    expect(r.status).toBe(0);
  });
});

describe("lif validate --format json", () => {
  it("prints one object per finding with file, line, column, path, rule, severity and message", () => {
    const r = runLif(["validate", "--format", "json"], { cwd: root });
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(["column", "file", "line", "message", "path", "rule", "severity"]);
      expect(typeof f.line).toBe("number");
      expect(typeof f.column).toBe("number");
      expect(typeof f.path).toBe("string");
    }
    expect(findings.map((f) => [f.file, f.line, f.column, f.rule, f.severity])).toEqual(expected.map((f) => [f.file, f.line, f.column, f.rule, f.severity]));
  });

  it("prints an empty list for a clean store", () => {
    const r = runLif(["validate", "--format", "json", "records/reviews"], { cwd: root });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe("lif validate --format github", () => {
  it("prints one workflow command per finding", () => {
    const r = runLif(["validate", "--format", "github"], { cwd: root });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(expected.length);
    for (const line of lines) expect(line).toMatch(GITHUB_LINE);
    expect(lines.filter((l) => l.startsWith("::warning")).length).toBe(expected.filter((f) => f.severity === "warning").length);
    expect(lines[0]).toContain(`file=${expected[0]!.file},line=${expected[0]!.line},col=${expected[0]!.column}`);
  });
});

describe("lif validate text output", () => {
  it("groups findings under each file, with file:line:col, and no colour when piped", () => {
    const r = runLif(["validate"], { cwd: root, env: { NO_COLOR: undefined } });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(ANSI);
    const found = parseTextOutput(r.stdout);
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(expected.map((f) => `${f.file}:${f.line}:${f.column}`));
    for (const f of found) expect(f.heading).toBe(f.file);
    const headings = r.stdout.split("\n").filter((l) => l.startsWith("records/"));
    expect(headings).toEqual([...new Set(expected.map((f) => f.file))]);
    const errors = expected.filter((f) => f.severity === "error").length;
    const files = new Set(expected.map((f) => f.file)).size;
    expect(r.stdout).toContain(`${errors} errors, ${expected.length - errors} warnings in ${files} files (`);
  });

  it("NO_COLOR turns colour off; FORCE_COLOR turns it on without a terminal", () => {
    const plain = runLif(["validate"], { cwd: root, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toMatch(ANSI);
    const forced = runLif(["validate"], { cwd: root, env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(ANSI);
  });
});

describe("lif validate PATH", () => {
  it("narrows findings to a folder and to a file", () => {
    const folder = runLif(["validate", "--format", "json", "records/s11"], { cwd: root });
    const inFolder = JSON.parse(folder.stdout) as Array<{ file: string }>;
    expect(inFolder.map((f) => f.file)).toEqual(expected.filter((f) => f.file.startsWith("records/s11/")).map((f) => f.file));
    expect(folder.status).toBe(1);
    const file = runLif(["validate", "--format", "json", join(root, "records/actions/act-audit-neglect-r2.yaml")], { cwd: join(root, "records") });
    expect((JSON.parse(file.stdout) as Array<{ file: string }>).map((f) => f.file)).toEqual(["records/actions/act-audit-neglect-r2.yaml"]);
  });

  it("exits 0 on warnings alone, 1 with --strict", () => {
    expect(runLif(["validate", "records/audits"], { cwd: root }).status).toBe(0);
    expect(runLif(["validate", "--strict", "records/audits"], { cwd: root }).status).toBe(1);
  });

  it("a PATH outside the store, or missing, is a usage error (exit 2)", () => {
    const outside = runLif(["validate", "--store", root, "/"], { cwd: root });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/outside the store/);
    expect(hasStackTrace(outside.stderr)).toBe(false);
    const missing = runLif(["validate", "records/nothing-here"], { cwd: root });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
  });

  it("an unknown format is a usage error (exit 2)", () => {
    const r = runLif(["validate", "--format", "xml"], { cwd: root });
    expect(r.status).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
