// The benchmark's store generator, run small: its stores are valid, its
// planted faults are found (one file each), and a seed gives the same bytes.
// Timings belong to `npm run bench`, never here.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, runLif } from "./helpers/cli.js";
import { testdir } from "./helpers/testdir.js";

function generate(out: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "bench", "generate.mjs"), "--out", out, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function digest(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else hash.update(`${abs.slice(dir.length)}\n`).update(readFileSync(abs));
    }
  };
  walk(join(dir, "records"));
  return hash.digest("hex");
}

describe("bench:generate", () => {
  it("writes a store of every kind that lif validate finds clean", () => {
    const dir = testdir({});
    const made = generate(dir, "--records", "200", "--seed", "7");
    expect(made.status, made.stderr).toBe(0);
    const kinds = new Set<string>();
    for (const folder of ["reviews", "audits", "s11", "actions"]) {
      for (const name of readdirSync(join(dir, "records", folder))) {
        kinds.add(/^kind: (.+)$/m.exec(readFileSync(join(dir, "records", folder, name), "utf8"))![1]!);
      }
    }
    expect([...kinds].sort()).toEqual(["action", "audit", "lcspr", "rapid-review", "s11-cycle", "s11-return", "six-steps"]);
    const files = readdirSync(join(dir, "records"), { recursive: true }).filter((f) => String(f).endsWith(".yaml"));
    expect(files).toHaveLength(201);

    const result = runLif(["validate", "--store", dir]);
    expect(result.stdout).toContain("201 record files checked, no findings");
    expect(result.status).toBe(0);
  });

  it("plants faults that lif validate reports, in exactly the faulty files", () => {
    const dir = testdir({});
    expect(generate(dir, "--records", "200", "--faults", "5").status).toBe(0);
    const planted = JSON.parse(readFileSync(join(dir, "faults.json"), "utf8")) as Array<{ file: string; kind: string }>;
    expect(planted.map((f) => f.kind).sort()).toEqual(["bad-date", "bad-enum", "dangling-ref", "schema", "syntax"]);

    const result = runLif(["validate", "--store", dir, "--format", "json"]);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<{ file: string; rule: string }>;
    const withFindings = [...new Set(findings.map((f) => f.file))].sort();
    expect(withFindings).toEqual(planted.map((f) => f.file).sort());
  });

  it("gives the same bytes for the same seed, and other bytes for another", () => {
    const [a, b, c] = [testdir({}), testdir({}), testdir({})];
    generate(a, "--records", "150", "--seed", "3");
    generate(b, "--records", "150", "--seed", "3");
    generate(c, "--records", "150", "--seed", "4");
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it("refuses a folder it did not make, and bad numbers, with exit 2 or 1 and no stack trace", () => {
    const foreign = testdir({ "notes.txt": "mine" });
    const refused = generate(foreign, "--records", "10");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("was not made by the generator");
    expect(readFileSync(join(foreign, "notes.txt"), "utf8")).toBe("mine");
    const bad = generate(testdir({}), "--records", "many");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--records expects a whole number");
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
});
