// The one write path refuses to write through a symbolic link or outside the
// store, and leaves no temporary file behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { withStoreLock, writeFileAtomic } from "../../src/io/safe-write.js";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { copyOfBundledStore, testdir } from "../helpers/testdir.js";

describe("writeFileAtomic", () => {
  it("writes a new file and leaves no temporary file", () => {
    const root = testdir({ "records/partnership.yaml": "kind: partnership\n" });
    writeFileAtomic(root, join(root, "records/actions/a.yaml"), "id: a\n");
    expect(readFileSync(join(root, "records/actions/a.yaml"), "utf8")).toBe("id: a\n");
    expect(readdirSync(join(root, "records/actions"))).toEqual(["a.yaml"]);
  });

  it("refuses a target that is a symbolic link", () => {
    const root = testdir({ "records/real.yaml": "id: real\n" });
    symlinkSync("real.yaml", join(root, "records/link.yaml"));
    expect(() => writeFileAtomic(root, join(root, "records/link.yaml"), "x")).toThrow(UsageError);
    expect(readFileSync(join(root, "records/real.yaml"), "utf8")).toBe("id: real\n");
  });

  it("refuses a path outside the store, also through a linked folder", () => {
    const outside = testdir({});
    const root = testdir({ "records/partnership.yaml": "" });
    expect(() => writeFileAtomic(root, join(root, "..", "escape.yaml"), "x")).toThrow(/outside the store/);
    symlinkSync(outside, join(root, "records/linked"));
    expect(() => writeFileAtomic(root, join(root, "records/linked/escape.yaml"), "x")).toThrow(/outside the store/);
    expect(existsSync(join(outside, "escape.yaml"))).toBe(false);
  });

  it("with exclusive never overwrites", () => {
    const root = testdir({ "records/a.yaml": "old\n" });
    expect(() => writeFileAtomic(root, join(root, "records/a.yaml"), "new\n", { exclusive: true })).toThrow(/never overwrites/);
    expect(readFileSync(join(root, "records/a.yaml"), "utf8")).toBe("old\n");
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const root = testdir({});
    writeFileSync(join(root, ".lif-lock"), "999999999");
    expect(withStoreLock(root, () => "ran")).toBe("ran");
    expect(existsSync(join(root, ".lif-lock"))).toBe(false);
  });
});

describe("lif actions update through a symbolic link", () => {
  it("is refused with exit 2 and nothing written", () => {
    const root = copyOfBundledStore();
    const id = "act-board-2021-02";
    const real = join(root, "records/elsewhere", `${id}.yaml`);
    mkdirSync(join(root, "records/elsewhere"));
    renameSync(join(root, "records/actions", `${id}.yaml`), real);
    symlinkSync(`../elsewhere/${id}.yaml`, join(root, "records/actions", `${id}.yaml`));
    const before = readFileSync(real, "utf8");
    const r = runLif(["actions", "update", id, "--note", "through a link", "--store", root, "--as-of", "2022-04-01"]);
    expect(r.stderr).toMatch(/symbolic link/);
    expect([1, 2]).toContain(r.status);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readFileSync(real, "utf8")).toBe(before);
  });
});

describe("templates are not code", () => {
  it("a partial naming a file outside the template folders is not read", () => {
    const root = copyOfBundledStore({ "templates/annual-report/audits.hbs": "\n## Audits\n\n{{> ../../../../etc/hostname}}\n" });
    const r = runLif(["render", "section", "audits", "--year", "2021/22", "--store", root]);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain(readFileSync("/etc/hostname", "utf8").trim() || "\u0000");
    expect(r.stderr).toMatch(/templates\/annual-report\/audits\.hbs/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
