// lif diff BASE [HEAD]: what a change to the records means, for a reviewer.
// Both revisions are read through git (HEAD defaults to the working tree) and
// loaded from texts by the same loader validate uses.
import { buildDiff } from "../core/diff/build-diff.js";
import type { DiffView } from "../core/diff/model.js";
import { renderDiffMarkdown, renderDiffText } from "../core/diff/render-diff.js";
import { loadStore } from "../core/validate/load-store.js";
import { EXIT_OK } from "../errors.js";
import { findStore } from "../io/find-store.js";
import { describeCommit, locateStoreInGit, readStoreFilesAt, resolveCommit } from "../io/git.js";
import { loadSchemaValidator } from "../io/load-schemas.js";
import { readStoreFiles } from "../io/read-store.js";
import type { Terminal } from "../ui/terminal.js";

export const DIFF_FORMATS = ["markdown", "json", "text"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  cwd: string;
  store?: string;
  base: string;
  /** A git revision; undefined compares with the working tree. */
  head?: string;
  asOf: string;
  /** undefined: markdown when stdout is not a terminal, text on a terminal. */
  format?: DiffFormat;
}

export function computeDiff(options: DiffOptions): DiffView {
  const root = findStore(options.cwd, options.store);
  const repo = locateStoreInGit(root);
  const baseCommit = resolveCommit(repo, options.base);
  const headCommit = options.head === undefined ? undefined : resolveCommit(repo, options.head);
  const validator = loadSchemaValidator();
  const base = loadStore(readStoreFilesAt(repo, baseCommit), validator);
  const head = loadStore(headCommit ? readStoreFilesAt(repo, headCommit) : readStoreFiles(root), validator);
  return buildDiff(base, head, {
    base: describeCommit(repo, options.base, baseCommit),
    head: headCommit ? describeCommit(repo, options.head!, headCommit) : "working tree",
    asOf: options.asOf,
  });
}

export async function diff(options: DiffOptions, t: Terminal): Promise<number> {
  const view = computeDiff(options);
  const format = options.format ?? (t.isTTY ? "text" : "markdown");
  if (format === "json") t.out(JSON.stringify(view, null, 2));
  else if (format === "markdown") t.out(renderDiffMarkdown(view));
  else t.out(renderDiffText(view, t.color));
  return EXIT_OK;
}
