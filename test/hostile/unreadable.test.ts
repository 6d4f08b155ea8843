// An unreadable record file is a finding naming it, not a crash. Root reads
// everything, so when the tests run as root the CLI runs as an unprivileged
// user (setpriv) against a store it may read except for that one file.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, LIF, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";
import { PARTNERSHIP, VALID_ACTION } from "./cases.js";

const asRoot = process.getuid?.() === 0;
const canDrop = asRoot && existsSync("/usr/bin/setpriv");

function run(root: string): { status: number; output: string } {
  if (!asRoot) {
    const r = runLif(["validate", "--store", root]);
    return { status: r.status, output: r.stdout + r.stderr };
  }
  const r = spawnSync("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, LIF, "validate", "--store", root], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", HOME: "/tmp" },
    timeout: 30_000,
  });
  return { status: r.status ?? -1, output: String(r.stdout) + String(r.stderr) };
}

describe.skipIf(asRoot && !canDrop)("hostile input: an unreadable file", () => {
  it("is reported with its name, exit 1, nothing changed", () => {
    const root = testdir({ "records/partnership.yaml": PARTNERSHIP, "records/actions/act-hostile.yaml": VALID_ACTION });
    for (const dir of [root, join(root, "records"), join(root, "records/actions")]) chmodSync(dir, 0o755);
    chmodSync(join(root, "records/partnership.yaml"), 0o644);
    chmodSync(join(root, "records/actions/act-hostile.yaml"), 0o000);
    const r = run(root);
    expect(r.output).toContain("records/actions/act-hostile.yaml");
    expect(r.output).toMatch(/cannot be read: permission denied/);
    expect(r.status).toBe(1);
    expect(hasStackTrace(r.output)).toBe(false);
    chmodSync(join(root, "records/actions/act-hostile.yaml"), 0o644);
    expect(readFileSync(join(root, "records/actions/act-hostile.yaml"), "utf8")).toBe(VALID_ACTION);
  });
});
