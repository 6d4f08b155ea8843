// Paths seen from where lif runs, against the store's root.
import { isAbsolute, relative, sep } from "node:path";

/** A relative path with "/" between its parts, whatever the system's separator: how lif names the files of a store. */
export function withSlashes(rel: string): string {
  return rel.split(sep).join("/");
}

/** True when a path relative to a folder leads out of it. */
export function isOutside(rel: string): boolean {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * The store's folder as seen from `cwd`, ending in "/", to put before a
 * store path ("stores/east/records/…"): GitHub annotations name files from
 * where the workflow runs, the repository root, which may hold the store in
 * a subfolder. Empty when `cwd` is the store or lies outside it.
 */
export function storePrefix(cwd: string, root: string): string {
  const rel = relative(cwd, root);
  return rel === "" || isOutside(rel) ? "" : `${withSlashes(rel)}/`;
}
