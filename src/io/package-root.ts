// Where lif's own files (schemas/, templates/) are, whether running from the
// bundle in dist/ or from src/ under the test runner.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "schemas", "defs.schema.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("lif's schemas/ folder is missing from the installation");
    dir = parent;
  }
  return (cached = dir);
}
