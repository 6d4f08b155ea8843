// A write that dies before its rename must leave the old file whole. The
// rename is made to fail in-process (as a crash or a kill at that moment
// would leave things); a temporary file a killed process left behind is
// ignored by every reader.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as realFs from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Chalk } from "chalk";
import { describe, expect, it, vi } from "vitest";
import { updateAction } from "../../src/commands/actions-update.js";
import type { Terminal } from "../../src/ui/terminal.js";
import { runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";

const failing = vi.hoisted(() => ({ rename: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (failing.rename) throw Object.assign(new Error("EIO: i/o error, rename (simulated crash)"), { code: "EIO" });
    fs.renameSync(from, to);
  };
  return { ...fs, default: { ...fs, renameSync }, renameSync };
});

const FIXTURE = fileURLToPath(new URL("../fixtures/actions-scenarios/records", import.meta.url));
const FILE = "records/actions/act-due-today.yaml";

function store(): string {
  const files: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = realFs.readFileSync(join(dir, e.name), "utf8");
    }
  };
  walk(FIXTURE, "records/");
  return testdir(files);
}

function quietTerminal(): Terminal & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => {}, err: (t) => errors.push(t), color: new Chalk({ level: 0 }), isTTY: false, errors };
}

describe("lif actions update when the write dies", () => {
  it("leaves the old file intact, no temporary file and no lock behind", async () => {
    const root = store();
    const before = readFileSync(join(root, FILE), "utf8");
    failing.rename = true;
    try {
      await expect(updateAction({ cwd: root, id: "act-due-today", note: "lost", date: "2022-03-31" }, quietTerminal())).rejects.toThrow(/simulated crash/);
    } finally {
      failing.rename = false;
    }
    expect(readFileSync(join(root, FILE), "utf8")).toBe(before);
    expect(readdirSync(join(root, "records/actions")).filter((f) => f.startsWith("."))).toEqual([]);
    expect(readdirSync(root).filter((f) => f.startsWith(".lif-lock"))).toEqual([]);
    // The store is usable straight away.
    expect(await updateAction({ cwd: root, id: "act-due-today", note: "kept", date: "2022-03-31" }, quietTerminal())).toBe(0);
    expect(readFileSync(join(root, FILE), "utf8")).toContain("note: kept");
  });

  it("a temporary file left by a killed write is ignored by lif validate and lif actions", () => {
    const root = store();
    writeFileSync(join(root, "records/actions/.act-due-today.yaml.4242.deadbeef.tmp"), "kind: action\nid: half-writ");
    const v = runLif(["validate"], { cwd: root });
    expect(v.stdout).toMatch(/no findings/);
    const a = runLif(["actions", "--as-of", "2022-03-31", "--format", "json"], { cwd: root });
    expect(JSON.parse(a.stdout).count).toBe(11);
  });
});
