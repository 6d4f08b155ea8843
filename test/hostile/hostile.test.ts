// Every hostile case, through the real CLI: a clear finding or error naming
// the file, exit 1 or 2, no stack trace, no hang, and no file changed.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStore } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";
import { HOSTILE_CASES, PARTNERSHIP, VALID_ACTION, type HostileCase } from "./cases.js";

/** Commands that read the whole store; each must fail cleanly on every case. */
const READERS: string[][] = [
  ["validate"],
  ["rollup", "--year", "2021/22"],
  ["render", "annual-report", "--year", "2021/22"],
  ["actions", "--as-of", "2022-03-31"],
];

function buildStore(c: HostileCase): string {
  const root = testdir({ "records/partnership.yaml": PARTNERSHIP, "records/actions/act-hostile.yaml": VALID_ACTION });
  for (const [path, content] of Object.entries(c.files ?? {})) {
    testdirWrite(root, path, content);
  }
  c.setup?.(root);
  return root;
}

function testdirWrite(root: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** A fingerprint of every regular file and link under root (pipes are never opened). */
function snapshot(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const st = lstatSync(abs);
      hash.update(`${abs}:${st.mode}:${st.size}\n`);
      if (st.isDirectory()) walk(abs);
      else if (st.isFile()) hash.update(readFileSync(abs));
    }
  };
  walk(root);
  return hash.digest("hex");
}

describe.each(HOSTILE_CASES)("hostile input: $name", (c) => {
  it("ends in a located finding or a clear error, and changes nothing", () => {
    const root = buildStore(c);
    const before = snapshot(root);
    for (const args of READERS) {
      const r = runLif([...args, "--store", root], { timeout: 30_000 });
      const output = r.stdout + r.stderr;
      expect(r.status, `${args.join(" ")} exit code\n${output.slice(0, 2000)}`).toBe(c.expectExit);
      expect([1, 2]).toContain(r.status);
      // validate names file:line:col; the other commands name the file.
      expect(output).toContain(args[0] === "validate" ? c.expectFile : c.expectFile.split(":")[0]);
      if (args[0] === "validate") expect(output).toMatch(c.expectMessage);
      expect(hasStackTrace(output), output.slice(0, 2000)).toBe(false);
    }
    expect(snapshot(root)).toBe(before);
  });

  it("does not pollute Object.prototype when loaded in-process", () => {
    const root = buildStore(c);
    loadStore(readStoreFiles(root), loadSchemaValidator());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});
