// Reads every record file under records/ without following links out of the
// store or round in circles. What cannot be read becomes a finding, never a
// crash: the validator reports it with the file's name.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { decodeRecordBytes } from "../core/parse/decode.js";
import type { SourceFile } from "../core/validate/load-store.js";

const RECORD_FILE = /\.ya?ml$/i;

export function listRecordFiles(root: string): Array<{ file: string; abs: string; problem?: string }> {
  const recordsDir = join(root, "records");
  const realRoot = realpathSync(root);
  const found: Array<{ file: string; abs: string; problem?: string }> = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      found.push({ file: toStorePath(root, dir), abs: dir, problem: "folder link points nowhere (a broken or looping symbolic link)" });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      found.push({ file: toStorePath(root, dir), abs: dir, problem: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith(".")) continue;
      const abs = join(dir, name);
      const file = toStorePath(root, abs);
      const link = lstatSync(abs);
      if (link.isSymbolicLink()) {
        const problem = checkLink(abs, realRoot);
        if (problem) {
          if (RECORD_FILE.test(name) || isDir(abs)) found.push({ file, abs, problem });
          continue;
        }
      }
      if (isDir(abs)) walk(abs);
      else if (RECORD_FILE.test(name)) found.push({ file, abs });
    }
  };
  walk(recordsDir);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function readStoreFiles(root: string): SourceFile[] {
  return listRecordFiles(root).map(({ file, abs, problem }) => {
    if (problem) return { file, problem };
    try {
      const decoded = decodeRecordBytes(readFileSync(abs));
      return "text" in decoded ? { file, text: decoded.text } : { file, problem: decoded.problem };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { file, problem: code === "EACCES" ? "file cannot be read: permission denied" : `file cannot be read (${code ?? "error"})` };
    }
  });
}

function checkLink(abs: string, realRoot: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ELOOP" ? "symbolic link loops back on itself" : "symbolic link points to nothing";
  }
  if (target !== realRoot && !target.startsWith(realRoot + sep)) return "symbolic link leads outside the store; lif reads only files inside it";
  return undefined;
}

function isDir(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

export function toStorePath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join("/");
}
