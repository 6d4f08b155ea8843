// Narrowing lif validate to some paths must not make a broken store look clean.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runLif } from "../helpers/cli.js";
import { copyOfBundledStore } from "../helpers/testdir.js";

it("says how many errors lie outside the paths asked about", () => {
  const root = copyOfBundledStore();
  const file = join(root, "records/audits/audit-2021-06-nai-under-2s.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(/^type: deep-dive$/m, "type: deepdive"));
  const r = runLif(["validate", "records/actions", "--store", root], { cwd: root });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/no findings/);
  expect(r.stderr).toMatch(/note: 1 error elsewhere in the store/);
});

it("under --strict, points to lif validate --strict, which is where a privacy finding shows", () => {
  const root = copyOfBundledStore();
  const file = join(root, "records/audits/audit-2021-06-nai-under-2s.yaml");
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\nnotes: NHS 943 476 5919\n`);
  const r = runLif(["validate", "--strict", "records/actions", "--store", root], { cwd: root });
  expect(r.stderr).toMatch(/note: 1 error elsewhere in the store \(run lif validate --strict without paths to see it\)/);
  expect(runLif(["validate", "--strict", "--store", root], { cwd: root }).stdout).toMatch(/looks like an NHS number/);
});
