// Reads every record file under records/ without following links out of the
// store or round in circles. What cannot be read becomes a finding, never a
// crash: the validator reports it with the file's name.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { decodeRecordBytes, tooLarge, type Decoded } from "../core/parse/decode.js";
import type { LifRecord } from "../core/model/records.js";
import { passedCheck, type FileCheck, type SourceFile } from "../core/validate/file-check.js";
import { withSlashes } from "./store-path.js";

const RECORD_FILE = /\.ya?ml$/i;
// Opening a named pipe waits for a writer for ever; a device never ends.
const NOT_REGULAR = "not a regular file (a named pipe, socket or device); a record is a plain text file";

/** A record file as listed: its store path, and why it cannot be read when it cannot. */
interface ListedFile {
  file: string;
  problem?: string;
}

/** Lists the record files; `onMany` is called once, as soon as PARALLEL_FROM files are found. */
function listRecordFiles(root: string, onMany?: () => void): ListedFile[] {
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
      const file = storeDir ? `${storeDir}/${name}` : name;
      // A plain record file, nearly every entry, needs no more than its name.
      if (entry.isFile()) {
        if (RECORD_FILE.test(name)) {
          found.push({ file });
          if (found.length === PARALLEL_FROM) onMany?.();
        }
        continue;
      }
      const abs = join(dir, name);
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

export interface OpenFilesOptions {
  /**
   * How the loader will check each file: a thread reading a large store
   * ahead may check some files itself the same way (see store-reader.ts),
   * and hands over the records it found clean instead of the text.
   */
  check: { ruleViews: boolean };
}

export function openStoreFiles(root: string, options: OpenFilesOptions): StoreFiles {
  // The reader thread takes a while to start: for a large store it starts
  // as soon as the listing has found that many files, not after it.
  let early: Reader | undefined;
  const listed = listRecordFiles(root, () => {
    if (hasReaderScript()) early = startReader(root, options.check);
  });
  // Made when a file is first read again (for a finding's place), if ever;
  // it holds the listed files' own strings, so names are not held twice.
  let readable: Set<string> | undefined;
  return {
    [Symbol.iterator]: () => {
      const started = early;
      early = undefined;
      return sourcesOf(root, listed, options.check, started);
    },
    reread(file) {
      readable ??= new Set(listed.filter((entry) => !entry.problem).map((entry) => entry.file));
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

function* sourcesOf(root: string, listed: readonly ListedFile[], check?: OpenFilesOptions["check"], started?: Reader): Generator<SourceFile> {
  const reader = readInOrder(root, listed.filter((entry) => !entry.problem).map((entry) => entry.file), check, started);
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

/** A file as the reader hands it over: its text, why it could not be read, or its check. */
type HandedOver = Decoded | { checked: FileCheck };

interface OrderedReader {
  /** The next file. */
  next(): HandedOver;
  close(): void;
}

/**
 * Reads the files in order, one per call. A large store is read ahead by a
 * worker thread while this one parses and checks, so reading costs little
 * more than the checking on two cores; the worker checks files itself
 * while this thread is the slower (store-reader.ts). The worker stays only
 * a few batches ahead, so the store is never held in memory at once.
 */
function readInOrder(root: string, files: readonly string[], check: OpenFilesOptions["check"] | undefined, started: Reader | undefined): OrderedReader {
  let at = 0;
  const local: OrderedReader = { next: () => readText(join(root, files[at++]!)), close() {} };
  if (!started && (files.length < PARALLEL_FROM || !hasReaderScript())) return local;
  const helper = started ?? startReader(root, check);
  helper.give(files);
  let batch: Batch | undefined;
  let inBatch = 0;
  let failed = false;
  return {
    next() {
      if (!failed && (!batch || inBatch === batch.length)) {
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
      if (failed || !batch) return local.next();
      return batch.take(inBatch++, files[at++]!);
    },
    close: () => helper.close(),
  };
}

/** A file's text, or why it cannot be read. */
export function readText(abs: string): Decoded {
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
export const POSTED = 0;
export const TAKEN = 1;
export const DONE = 2;

type CheckMode = "behind" | "always" | "never";

/** What the reader thread is given. */
export interface ReaderData {
  root: string;
  /** The files to read; when not given here, they come as the first message on `port`. */
  files?: readonly string[];
  port: MessagePort;
  state: Int32Array;
  batchFiles: number;
  ahead: number;
  /**
   * How to check files, and when: "behind" while this thread is the slower,
   * "always" and "never" for tests that take one path on purpose.
   */
  check?: { ruleViews: boolean; when: CheckMode };
}

/**
 * A batch from the reader thread: the files' bytes in one buffer, with an
 * entry for each file; or, when it checked every file and found none with
 * findings, the records as JSON.
 */
export type ReaderBatch = { entries: BatchEntry[]; buffer: ArrayBuffer } | { records: string };

/** A file of a batch read as bytes: its length, the error code it could not be read with, or its size when too large to be a record (then not read whole). */
export type BatchEntry = number | string | { tooLarge: number };

// The thread's script, beside this module in the bundle.
const READER_SCRIPT = new URL("./store-reader.js", import.meta.url);

let readerScript: boolean | undefined;

/** Run from the TypeScript sources (the test runner) there is no bundled script for the thread, and files are read in this one. */
function hasReaderScript(): boolean {
  return (readerScript ??= existsSync(fileURLToPath(READER_SCRIPT)));
}
const CHECK_MODES: ReadonlySet<string> = new Set<CheckMode>(["behind", "always", "never"]);

/** How long to wait for the worker's next batch before reading the rest here instead. */
const READER_PATIENCE_MS = 120_000;

// The worker reads a batch of files, hands it over (a buffer without a
// copy) and wakes this thread, which waits for it synchronously; it waits
// in turn while it is BATCHES_AHEAD batches ahead.
interface Reader {
  /** The files to read, in order: given once, when the listing is done. */
  give(files: readonly string[]): void;
  nextBatch(): Batch | undefined;
  close(): void;
}

function startReader(root: string, check: OpenFilesOptions["check"] | undefined): Reader {
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(12));
  // LIF_READER_CHECK (always, never, behind: the default) is for the tests of each path.
  const mode = process.env.LIF_READER_CHECK;
  const when = mode && CHECK_MODES.has(mode) ? (mode as CheckMode) : "behind";
  const data: ReaderData = { root, port: port2, state, batchFiles: BATCH_FILES, ahead: BATCHES_AHEAD, check: check && { ...check, when } };
  // The thread holds a few batches at most: a young generation of 8 MB
  // (instead of V8's 48) is plenty, and kept its heap near 26 MB instead of
  // about 50 MB at 100k records.
  const worker = new Worker(READER_SCRIPT, { workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  worker.unref();
  // The thread marks itself done however it ends (store-reader.ts), and
  // the rest is then read here.
  worker.on("error", () => {});
  let taken = 0;
  let closed = false;
  const take = (): ReaderBatch | undefined => receiveMessageOnPort(port1)?.message as ReaderBatch | undefined;
  return {
    give(files) {
      port1.postMessage(files);
    },
    nextBatch() {
      if (closed) return undefined;
      for (;;) {
        const received = take();
        if (received) {
          taken++;
          Atomics.store(state, TAKEN, taken);
          Atomics.notify(state, TAKEN);
          return unpack(received);
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

/** A batch as handed over: its files, taken one at a time in order. */
interface Batch {
  readonly length: number;
  take(i: number, file: string): HandedOver;
}

function unpack(batch: ReaderBatch): Batch {
  if (!("records" in batch)) return new BytesBatch(batch.entries, new Uint8Array(batch.buffer));
  const records = JSON.parse(batch.records) as LifRecord[];
  // The thread found these files clean: the rest of their checks follows from the records.
  return { length: records.length, take: (i, file) => ({ checked: passedCheck(file, records[i]!) }) };
}

/**
 * The files of a batch read as bytes, one after another in `bytes` (see
 * BatchEntry). A file is decoded only when taken, so a batch's texts are
 * not all held at once.
 */
export class BytesBatch {
  private readonly starts: number[] = [];

  constructor(
    private readonly entries: readonly BatchEntry[],
    private readonly bytes: Uint8Array,
  ) {
    let at = 0;
    for (const entry of entries) {
      this.starts.push(at);
      if (typeof entry === "number") at += entry;
    }
  }

  get length(): number {
    return this.entries.length;
  }

  take(i: number): Decoded {
    const entry = this.entries[i]!;
    if (typeof entry === "string") return { problem: unreadable(entry) };
    if (typeof entry !== "number") return tooLarge(entry.tooLarge);
    const start = this.starts[i]!;
    return decodeRecordBytes(this.bytes.subarray(start, start + entry));
  }
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
  return withSlashes(relative(realRoot, target)) || ".";
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
  return withSlashes(relative(root, abs));
}
