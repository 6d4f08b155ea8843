// A copy of the small fixture store the lif new tests write into.
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { PROJECT_ROOT } from "./cli.js";
import { testdir } from "./testdir.js";

export function newStore(): string {
  const root = testdir({});
  cpSync(join(PROJECT_ROOT, "test", "fixtures", "new-store"), root, { recursive: true });
  return root;
}

/** Every file under records/, store-relative, sorted. */
export function recordFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${rel}/${entry.name}`);
      else out.push(`${rel}/${entry.name}`);
    }
  };
  walk(join(root, "records"), "records");
  return out;
}

/** Compares a written file with test/golden/new/NAME; UPDATE_GOLDEN=1 writes the golden file instead. */
export function expectGolden(actual: string, name: string): void {
  const path = join(PROJECT_ROOT, "test", "golden", "new", name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
