// Reads a revision's records through git itself (ls-tree + cat-file), never
// by checking it out over the working tree: a diff must not touch the files a
// person is editing. Every git failure becomes a UsageError with git's own
// words, summarised to one line.
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative } from "node:path";
import { withSlashes } from "./store-path.js";
import { decodeRecordBytes } from "../core/parse/decode.js";
import type { SourceFile } from "../core/validate/load-store.js";
import { UsageError } from "../errors.js";

const RECORD_FILE = /\.ya?ml$/i;

export interface GitStore {
  /** The repository's top folder. */
  top: string;
  /** The store's folder inside the repository, "" or ending in "/" (e.g. "safeguarding/"). */
  prefix: string;
}

interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], input?: Buffer | string): GitResult {
  const result = spawnSync("git", args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_LITERAL_PATHSPECS: "1", LC_ALL: "C" } });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? "git is not installed or not on PATH; lif diff reads revisions through git" : `git could not be run (${code ?? result.error.message})`);
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: String(result.stderr) };
}

/** git's first "fatal:"/"error:" line, without the prefix: enough to act on, no noise. */
export function summariseGitError(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? "no message";
  return line.replace(/^(fatal|error):\s*/, "");
}

/** Where the store sits in its git repository; a UsageError outside git. */
export function locateStoreInGit(storeRoot: string): GitStore {
  const top = git(storeRoot, ["rev-parse", "--show-toplevel"]);
  if (top.status !== 0) {
    throw new UsageError(`the store at ${storeRoot} is not inside a git repository (git: ${summariseGitError(top.stderr)}); lif diff compares git revisions, so run git init and commit the records first`);
  }
  const topDir = top.stdout.toString("utf8").trim();
  // --show-prefix is empty at the top and for a store in a symlinked path; compute it from real paths.
  const rel = withSlashes(relative(realpathSync(topDir), realpathSync(storeRoot)));
  return { top: topDir, prefix: rel ? `${rel}/` : "" };
}

/** The commit a revision names, or a UsageError saying why not (no commits yet, unknown revision). */
export function resolveCommit(repo: GitStore, revision: string): string {
  if (revision.startsWith("-") || revision.trim() === "") throw new UsageError(`${JSON.stringify(revision)} is not a git revision (expected a branch, tag or commit, for example main or origin/main)`);
  const result = git(repo.top, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  if (result.status === 0) return result.stdout.toString("utf8").trim();
  const head = git(repo.top, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.status !== 0) {
    throw new UsageError(`the git repository at ${repo.top} has no commits yet, so there is no revision ${JSON.stringify(revision)} to compare with; commit the records first`);
  }
  const why = git(repo.top, ["rev-parse", "--verify", `${revision}^{commit}`]);
  throw new UsageError(`unknown git revision ${JSON.stringify(revision)} (git: ${summariseGitError(why.stderr)}); expected a branch, tag or commit, for example main, origin/main or HEAD~1`);
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

/** Every record file under <prefix>records/ at `commit`, as the loader's SourceFiles (store-relative paths). */
export function readStoreFilesAt(repo: GitStore, commit: string): SourceFile[] {
  const listed = git(repo.top, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", `${repo.prefix}records`]);
  if (listed.status !== 0) throw new UsageError(`git could not list the records at ${commit.slice(0, 12)} (git: ${summariseGitError(listed.stderr)})`);
  const entries = parseTree(listed.stdout.toString("utf8"))
    .map((e) => ({ ...e, file: e.path.slice(repo.prefix.length) }))
    .filter((e) => e.path.startsWith(`${repo.prefix}records/`) && RECORD_FILE.test(e.file) && !e.file.split("/").some((part) => part.startsWith(".")));
  const links = entries.filter((e) => e.mode === "120000");
  const blobs = entries.filter((e) => e.type === "blob" && e.mode !== "120000");
  const contents = catBlobs(repo, blobs.map((b) => b.object));
  const files: SourceFile[] = [
    ...links.map((e) => ({ file: e.file, problem: "symbolic link; lif does not follow links when reading a git revision" })),
    ...blobs.map((e) => {
      const decoded = decodeRecordBytes(contents.get(e.object)!);
      return "text" in decoded ? { file: e.file, text: decoded.text } : { file: e.file, problem: decoded.problem };
    }),
  ];
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function parseTree(output: string): TreeEntry[] {
  return output
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode = "", type = "", object = ""] = line.slice(0, tab).split(" ");
      return { mode, type, object, path: line.slice(tab + 1) };
    });
}

/** One `git cat-file --batch` for all blobs: "<oid> blob <size>\n<bytes>\n" per object. */
function catBlobs(repo: GitStore, objects: string[]): Map<string, Buffer> {
  const unique = [...new Set(objects)];
  const out = new Map<string, Buffer>();
  if (!unique.length) return out;
  const result = git(repo.top, ["cat-file", "--batch"], `${unique.join("\n")}\n`);
  if (result.status !== 0) throw new UsageError(`git could not read the record files (git: ${summariseGitError(result.stderr)})`);
  let at = 0;
  const data = result.stdout;
  for (const object of unique) {
    const headerEnd = data.indexOf(0x0a, at);
    const [oid, type, size] = data.subarray(at, headerEnd).toString("utf8").split(" ");
    if (oid !== object || type !== "blob") throw new UsageError(`git returned ${type ?? "nothing"} for ${object}; expected a file`);
    const start = headerEnd + 1;
    out.set(object, data.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return out;
}

/** A short name for a commit, for headings: the revision as typed plus its abbreviated id. */
export function describeCommit(repo: GitStore, revision: string, commit: string): string {
  const short = git(repo.top, ["rev-parse", "--short", commit]);
  const id = short.status === 0 ? short.stdout.toString("utf8").trim() : commit.slice(0, 7);
  return revision === id || commit.startsWith(revision) ? id : `${revision} (${id})`;
}
