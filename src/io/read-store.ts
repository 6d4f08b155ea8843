// Reads every record file under records/ without following links out of the
// store or round in circles. What cannot be read becomes a finding, never a
// crash: the validator reports it with the file's name.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { decodeRecordBytes, type Decoded } from "../core/parse/decode.js";
import type { SourceFile } from "../core/validate/load-store.js";

const RECORD_FILE = /\.ya?ml$/i;
// Opening a named pipe waits for a writer for ever; a device never ends.
const NOT_REGULAR = "not a regular file (a named pipe, socket or device); a record is a plain text file";

export function listRecordFiles(root: string): Array<{ file: string; abs: string; problem?: string }> {
  const recordsDir = join(root, "records");
  const realRoot = realpathSync(root);
  const found: Array<{ file: string; abs: string; problem?: string }> = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const storeDir = toStorePath(root, dir);
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      found.push({ file: storeDir, abs: dir, problem: "folder link points nowhere (a broken or looping symbolic link)" });
      return;
    }
    if (visited.has(real)) {
      found.push({ file: storeDir, abs: dir, problem: "folder already read by another path: a symbolic link loops back; the link is not followed" });
      return;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      // Entry types come with the listing: a plain file or folder costs no
      // extra system call; only links are looked at more closely.
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      found.push({ file: storeDir, abs: dir, problem: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      const abs = join(dir, name);
      const file = storeDir ? `${storeDir}/${name}` : name;
      if (entry.isSymbolicLink()) {
        const problem = checkLink(abs, realRoot);
        if (problem) {
          if (RECORD_FILE.test(name) || isDir(abs)) found.push({ file, abs, problem });
          continue;
        }
        const target = statOf(abs);
        if (target?.isDirectory()) {
          const inRecords = folderLinkIntoRecords(abs, realRoot);
          if (inRecords) found.push({ file, abs, problem: `folder link to ${inRecords}, which lif already reads; the link is not followed (records would be read twice, or round in a loop)` });
          else walk(abs);
        } else if (RECORD_FILE.test(name)) found.push(target?.isFile() === false ? { file, abs, problem: NOT_REGULAR } : { file, abs });
      } else if (entry.isDirectory()) walk(abs);
      else if (RECORD_FILE.test(name)) found.push(entry.isFile() ? { file, abs } : { file, abs, problem: NOT_REGULAR });
    }
  };
  walk(recordsDir);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function readStoreFiles(root: string): SourceFile[] {
  const listed = listRecordFiles(root);
  const readable = listed.filter((entry) => !entry.problem);
  const contents = readAll(readable.map((entry) => entry.abs));
  let next = 0;
  return listed.map(({ file, problem }) => {
    if (problem) return { file, problem };
    const read = contents[next++]!;
    return "text" in read ? { file, text: read.text } : { file, problem: read.problem };
  });
}

/** Below this many files a second thread costs more than it saves. */
const PARALLEL_FROM = 4000;

/**
 * Every file's text, or why it could not be read. A large store is read by
 * two threads at once, this one and a worker, so that reading takes about
 * half the time on two cores (issue: performance). Bytes are turned into
 * text as soon as they are read, so the two are never all held at once.
 */
function readAll(paths: readonly string[]): Decoded[] {
  if (paths.length < PARALLEL_FROM) return paths.map(readText);
  const half = paths.length >> 1;
  const helper = startReader(paths.slice(half));
  const first = paths.slice(0, half).map(readText);
  return first.concat(helper.wait());
}

function readText(abs: string): Decoded {
  try {
    return decodeRecordBytes(readFileSync(abs));
  } catch (error) {
    return { problem: unreadable((error as NodeJS.ErrnoException).code) };
  }
}

function unreadable(code: string | undefined): string {
  return code === "EACCES" ? "file cannot be read: permission denied" : `file cannot be read (${code ?? "error"})`;
}

// The worker reads its share into one buffer, hands it over without a copy
// and wakes this thread, which waits for it synchronously.
const READER_SOURCE = `
const { readFileSync } = require("node:fs");
const { workerData } = require("node:worker_threads");
const { paths, port, done } = workerData;
try {
  const parts = [];
  const entries = [];
  let size = 0;
  for (const abs of paths) {
    try {
      const bytes = readFileSync(abs);
      parts.push(bytes);
      entries.push(bytes.length);
      size += bytes.length;
    } catch (error) {
      entries.push(error.code || "error");
    }
  }
  const all = Buffer.concat(parts, size);
  port.postMessage({ entries, buffer: all.buffer, offset: all.byteOffset }, [all.buffer]);
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
`;

/** How long to wait for the worker before reading its share here instead. */
const READER_PATIENCE_MS = 120_000;

function startReader(paths: readonly string[]): { wait(): Decoded[] } {
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(READER_SOURCE, { eval: true, workerData: { paths, port: port2, done }, transferList: [port2] });
  worker.unref();
  return {
    wait() {
      Atomics.wait(done, 0, 0, READER_PATIENCE_MS);
      const received = receiveMessageOnPort(port1)?.message as { entries: Array<number | string>; buffer: ArrayBuffer; offset: number } | undefined;
      port1.close();
      void worker.terminate();
      // Reading in one thread is the fallback that always works.
      if (!received) return paths.map(readText);
      let at = received.offset;
      return received.entries.map((entry) => {
        if (typeof entry === "string") return { problem: unreadable(entry) };
        const bytes = new Uint8Array(received.buffer, at, entry);
        at += entry;
        return decodeRecordBytes(bytes);
      });
    },
  };
}

/** The store path of a linked folder's target when it lies inside records/, which is read anyway. */
function folderLinkIntoRecords(abs: string, realRoot: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch {
    return undefined;
  }
  const records = join(realRoot, "records");
  if (target !== records && !target.startsWith(records + sep)) return undefined;
  return relative(realRoot, target).split(sep).join("/") || ".";
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

function statOf(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

function isDir(abs: string): boolean {
  return statOf(abs)?.isDirectory() === true;
}

export function toStorePath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join("/");
}
