// A store is a folder holding records/partnership.yaml. Like git, lif walks
// up from the current folder to the first one, unless --store names it.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";

export const PARTNERSHIP_PATH = join("records", "partnership.yaml");

export function findStore(cwd: string, explicit?: string): string {
  if (explicit) {
    const root = resolve(cwd, explicit);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--store ${explicit}: no such folder`);
    if (!existsSync(join(root, PARTNERSHIP_PATH))) {
      throw new UsageError(`--store ${explicit}: not a lif store (expected ${PARTNERSHIP_PATH} in it; lif init creates one)`);
    }
    return root;
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, PARTNERSHIP_PATH))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new UsageError(`not inside a lif store: no ${PARTNERSHIP_PATH} here or in any parent folder (use --store DIR, or lif init to start one)`);
}
