// lif check privacy and lif validate --strict find identifying text in the
// records themselves, located, and accept a reviewed false positive.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { copyOfBundledStore } from "../helpers/testdir.js";

const FILE = "records/actions/act-board-2021-02.yaml";

function plant(root: string, note: string): number {
  const path = join(root, FILE);
  const text = readFileSync(path, "utf8");
  writeFileSync(path, `${text.trimEnd()}\nnotes: ${note}\n`);
  return text.trimEnd().split("\n").length + 1;
}

describe("lif check privacy", () => {
  it("is clean on the bundled store", () => {
    const r = runLif(["check", "privacy"]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/no findings/);
  });

  it("names the file, line and kind of each planted identifier", () => {
    const root = copyOfBundledStore();
    const line = plant(root, "Call mother on 07700 900123 or email kim.smith@example.co.uk, NHS 943 476 5919, lives at BN21 4UY.");
    const r = runLif(["check", "privacy", "--store", root, "--format", "json"]);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<{ file: string; line: number; rule: string }>;
    expect(findings.map((f) => f.rule).sort()).toEqual(["privacy-email", "privacy-nhs-number", "privacy-phone", "privacy-postcode"]);
    for (const f of findings) expect(`${f.file}:${f.line}`).toBe(`${FILE}:${line}`);
    const strict = runLif(["validate", "--strict", "--store", root]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/looks like an NHS number/);
    expect(runLif(["validate", "--store", root]).status).toBe(0);
    expect(hasStackTrace(r.stdout + r.stderr + strict.stdout)).toBe(false);
  });

  it("--format github names each file from where lif runs, with the store in a subfolder", () => {
    const root = copyOfBundledStore();
    const line = plant(root, "NHS 943 476 5919");
    const r = runLif(["check", "privacy", "--store", root, "--format", "github"], { cwd: dirname(root) });
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd()).toBe(`::error file=${basename(root)}/${FILE},line=${line},col=8,title=lif privacy-nhs-number::"943 476 5919" looks like an NHS number; use a pseudonym or a role, or if it is not identifying add it to privacyReviewed: [{text: "943 476 5919", reason: "…"}]`);
  });

  it("accepts text a person reviewed and listed in privacyReviewed", () => {
    const root = copyOfBundledStore();
    plant(root, "Raised with Sarah Jones, the named nurse.");
    const found = runLif(["check", "privacy", "--store", root]);
    expect(found.status).toBe(1);
    expect(found.stdout).toContain('"Sarah Jones" looks like a real person\'s name;');
    const path = join(root, FILE);
    writeFileSync(path, `${readFileSync(path, "utf8")}privacyReviewed:\n  - text: Sarah Jones\n    reason: the name of a training programme, not a person\n`);
    const r = runLif(["check", "privacy", "--store", root]);
    expect(r.status, r.stdout).toBe(0);
  });
});
