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
