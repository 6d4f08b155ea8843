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

/** A record file as listed: its store path, and why it cannot be read when it cannot. */
interface ListedFile {
  file: string;
  problem?: string;
}

function listRecordFiles(root: string): ListedFile[] {
  const recordsDir = join(root, "records");
  const realRoot = realpathSync(root);
  const found: ListedFile[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const storeDir = toStorePath(root, dir);
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      found.push({ file: storeDir, problem: "folder link points nowhere (a broken or looping symbolic link)" });
      return;
    }
    if (visited.has(real)) {
      found.push({ file: storeDir, problem: "folder already read by another path: a symbolic link loops back; the link is not followed" });
      return;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      // Entry types come with the listing: a plain file or folder costs no
      // extra system call; only links are looked at more closely.
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      found.push({ file: storeDir, problem: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
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
          if (RECORD_FILE.test(name) || isDir(abs)) found.push({ file, problem });
          continue;
        }
        const target = statOf(abs);
        if (target?.isDirectory()) {
          const inRecords = folderLinkIntoRecords(abs, realRoot);
          if (inRecords) found.push({ file, problem: `folder link to ${inRecords}, which lif already reads; the link is not followed (records would be read twice, or round in a loop)` });
          else walk(abs);
        } else if (RECORD_FILE.test(name)) found.push(target?.isFile() === false ? { file, problem: NOT_REGULAR } : { file });
      } else if (entry.isDirectory()) walk(abs);
      else if (RECORD_FILE.test(name)) found.push(entry.isFile() ? { file } : { file, problem: NOT_REGULAR });
    }
  };
  walk(recordsDir);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every record file of the store, all read at once (for callers that load it again with edits). */
export function readStoreFiles(root: string): SourceFile[] {
  return [...sourcesOf(root, listRecordFiles(root))];
}

/**
 * Every record file of the store in order, each read only when asked for,
 * so that the loader can check one file and let its text go before the
 * next. `reread` reads a listed file again.
 */
export interface StoreFiles extends Iterable<SourceFile> {
  reread(file: string): string | undefined;
}

export function openStoreFiles(root: string): StoreFiles {
  const listed = listRecordFiles(root);
  // The listed files' own strings: a large store's names are not held twice.
  const readable = new Set(listed.filter((entry) => !entry.problem).map((entry) => entry.file));
  return {
    [Symbol.iterator]: () => sourcesOf(root, listed),
    reread(file) {
      if (!readable.has(file)) return undefined;
      const abs = join(root, file);
      // Read again only what is still a plain file inside the store: a
      // file swapped for a pipe or a link out since must not hang or leak.
      if (statOf(abs)?.isFile() !== true || checkLink(abs, realpathSync(root))) return undefined;
      const read = readText(abs);
      return "text" in read ? read.text : undefined;
    },
  };
}

function* sourcesOf(root: string, listed: readonly ListedFile[]): Generator<SourceFile> {
  const reader = readInOrder(root, listed.filter((entry) => !entry.problem).map((entry) => entry.file));
  try {
    for (const { file, problem } of listed) {
      if (problem) {
        yield { file, problem };
        continue;
      }
      yield { file, ...reader.next() };
    }
  } finally {
    reader.close();
  }
}

/** Below this many files a second thread costs more than it saves. */
const PARALLEL_FROM = 4000;

interface OrderedReader {
  /** The next file's text, or why it could not be read. */
  next(): Decoded;
  close(): void;
}

/**
 * Reads the files in order, one per call. A large store is read ahead by a
 * worker thread while this one parses and checks, so reading costs little
 * more than the checking on two cores. The worker
 * stays only a few batches ahead, so the store is never held in memory at once.
 */
function readInOrder(root: string, files: readonly string[]): OrderedReader {
  let at = 0;
  const local: OrderedReader = { next: () => readText(join(root, files[at++]!)), close() {} };
  if (files.length < PARALLEL_FROM) return local;
  const helper = startReader(root, files);
  let batch: Decoded[] = [];
  let inBatch = 0;
  let failed = false;
  return {
    next() {
      if (!failed && inBatch === batch.length) {
        const received = helper.nextBatch();
        if (received) {
          batch = received;
          inBatch = 0;
        } else {
          // Reading in this thread is the fallback that always works.
          failed = true;
          helper.close();
        }
      }
      if (failed) return readText(join(root, files[at++]!));
      at++;
      return batch[inBatch++]!;
    },
    close: () => helper.close(),
  };
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

const BATCH_FILES = 256;
const BATCHES_AHEAD = 8;
// state[0]: batches posted, state[1]: batches taken, state[2]: 1 when the worker is done.
const POSTED = 0;
const TAKEN = 1;
const DONE = 2;

// The worker reads a batch of files into one buffer, hands it over without
// a copy and wakes this thread, which waits for it synchronously; it waits
// in turn while it is BATCHES_AHEAD batches ahead.
const READER_SOURCE = `
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { workerData } = require("node:worker_threads");
const { root, files, port, state, batchFiles, ahead } = workerData;
try {
  for (let from = 0, n = 0; from < files.length; from += batchFiles, n++) {
    for (;;) {
      const taken = Atomics.load(state, ${TAKEN});
      if (n - taken < ahead) break;
      Atomics.wait(state, ${TAKEN}, taken);
    }
    const parts = [];
    const entries = [];
    let size = 0;
    for (const file of files.slice(from, from + batchFiles)) {
      try {
        const bytes = readFileSync(join(root, file));
        parts.push(bytes);
        entries.push(bytes.length);
        size += bytes.length;
      } catch (error) {
        entries.push(error.code || "error");
      }
    }
    // A buffer of its own (never the shared pool), since it is handed over.
    const all = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    port.postMessage({ entries, buffer: all.buffer }, [all.buffer]);
    Atomics.add(state, ${POSTED}, 1);
    Atomics.notify(state, ${POSTED});
  }
} finally {
  Atomics.store(state, ${DONE}, 1);
  Atomics.notify(state, ${POSTED});
}
`;

/** How long to wait for the worker's next batch before reading the rest here instead. */
const READER_PATIENCE_MS = 120_000;

function startReader(root: string, files: readonly string[]): { nextBatch(): Decoded[] | undefined; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(12));
  const worker = new Worker(READER_SOURCE, {
    eval: true,
    workerData: { root, files, port: port2, state, batchFiles: BATCH_FILES, ahead: BATCHES_AHEAD },
    transferList: [port2],
  });
  worker.unref();
  let taken = 0;
  let closed = false;
  const take = (): { entries: Array<number | string>; buffer: ArrayBuffer } | undefined =>
    receiveMessageOnPort(port1)?.message as { entries: Array<number | string>; buffer: ArrayBuffer } | undefined;
  return {
    nextBatch() {
      if (closed) return undefined;
      for (;;) {
        const received = take();
        if (received) {
          taken++;
          Atomics.store(state, TAKEN, taken);
          Atomics.notify(state, TAKEN);
          let at = 0;
          return received.entries.map((entry) => {
            if (typeof entry === "string") return { problem: unreadable(entry) };
            const bytes = new Uint8Array(received.buffer, at, entry);
            at += entry;
            return decodeRecordBytes(bytes);
          });
        }
        const posted = Atomics.load(state, POSTED);
        if (posted > taken) continue;
        if (Atomics.load(state, DONE) === 1) return undefined;
        if (Atomics.wait(state, POSTED, posted, READER_PATIENCE_MS) === "timed-out") return undefined;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      port1.close();
      void worker.terminate();
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

function toStorePath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join("/");
}
