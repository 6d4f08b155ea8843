// Inline file trees in a temporary folder, for small store scenarios.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { PROJECT_ROOT } from "./cli.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function testdir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "lif-test-"));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/** A copy of a store's records/ (a fixture's, or the bundled one), with `extra` files, to change freely. */
export function copyOfStore(store: string, extra: Record<string, string> = {}): string {
  const root = testdir(extra);
  cpSync(join(store, "records"), join(root, "records"), { recursive: true, force: false });
  return root;
}

/** A copy of the bundled store (records/ only) to change without touching the real one. */
export function copyOfBundledStore(extra: Record<string, string> = {}): string {
  return copyOfStore(PROJECT_ROOT, extra);
}
