// The thread that reads a large store ahead of the main thread; the
// protocol is in read-store.ts. It reads the files in the listing's order, a
// batch at a time, and hands each batch over. While the main thread is the
// slower one (whole batches wait for it), it checks the next batch itself,
// with the very checkFile the main thread runs, and hands over the records
// it found clean instead of the bytes: two cores then share the parsing and
// the schemas.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { sep } from "node:path";
import { once } from "node:events";
import { setImmediate, setTimeout } from "node:timers/promises";
import { workerData } from "node:worker_threads";
import type { FileCheck, SourceFile } from "../core/validate/file-check.js";
import type { LifRecord } from "../core/model/records.js";
import { MAX_RECORD_BYTES } from "../core/parse/decode.js";
import { type BatchEntry, BytesBatch, DONE, POSTED, TAKEN, type ReaderBatch, type ReaderData } from "./read-store.js";

/**
 * Batches waiting for the main thread when this thread starts checking one
 * (it is never more than BATCHES_AHEAD ahead). With 2 the main thread,
 * given checked batches it takes in a moment, ran dry while this thread
 * checked and waited some 0.3 s in all at 100k records; with 6, under 0.1 s.
 */
const CHECK_WHEN_WAITING = 6;

type Checker = (source: SourceFile) => FileCheck;

async function run({ root, files: given, port, state, batchFiles, ahead, check }: ReaderData): Promise<void> {
  // The thread may start before the listing is done (see read-store.ts).
  const files = given ?? ((await once(port, "message")) as [readonly string[]])[0];
  // The checking code (parsers, schemas) takes a while to load: the first
  // batches go over as bytes meanwhile, and it loads between them.
  let checker: Checker | undefined;
  let loading: Promise<void> | undefined;
  if (check && check.when !== "never") {
    // If the code cannot load or set up, this thread only reads.
    loading = import("./store-checker.js")
      .then((module) => void (checker = module.fileChecker(check.ruleViews)))
      .catch(() => void (loading = undefined));
    if (check.when === "always") await loading;
  }
  for (let from = 0, n = 0; from < files.length; from += batchFiles, n++) {
    let taken: number;
    for (;;) {
      taken = Atomics.load(state, TAKEN);
      if (n - taken < ahead) break;
      // While the checking code loads, wait without blocking the thread (a
      // timer, which also keeps it alive); after, sleep until woken.
      if (loading && !checker) await setTimeout(1);
      else Atomics.wait(state, TAKEN, taken);
    }
    const names = files.slice(from, from + batchFiles);
    const checkHere = check?.when === "always" || n - taken >= CHECK_WHEN_WAITING;
    const read = readBatch(root, names);
    const batch = (checker && checkHere && checkedBatch(names, read, checker)) || asBytes(read);
    port.postMessage(batch, "buffer" in batch ? [batch.buffer] : []);
    Atomics.add(state, POSTED, 1);
    Atomics.notify(state, POSTED);
    if (loading && !checker) await setImmediate();
  }
}

/** The reader's buffer, kept for the next batch when a batch goes over checked. */
let spare: Uint8Array | undefined;

/**
 * The batch's files read into one buffer, which goes over without a copy
 * if the batch goes as bytes. Each file is read straight into it: no
 * buffer of its own, and no fstat for its size (readFileSync makes one).
 * A file is read until a read gives nothing (a read may come short before
 * the end on some file systems), and no further than a record may be.
 */
function readBatch(root: string, names: readonly string[]): ReadBatch {
  let buffer = spare ?? Buffer.allocUnsafeSlow(FIRST_CAPACITY);
  spare = undefined;
  const entries: BatchEntry[] = [];
  let size = 0;
  // Store paths are already normal ("records/actions/x.yaml"): joined by
  // hand, as path.join's normalizing cost about 0.4 µs a file.
  const prefix = root.endsWith(sep) ? root : root + sep;
  for (const file of names) {
    const start = size;
    let fd: number | undefined;
    try {
      fd = openSync(prefix + file, "r");
      let entry: BatchEntry | undefined;
      while (entry === undefined) {
        if (size === buffer.length) buffer = grown(buffer, size);
        const read = readSync(fd, buffer, size, buffer.length - size, null);
        size += read;
        if (read === 0) entry = size - start;
        // Too large to be a record: its size is all the main thread needs.
        else if (size - start > MAX_RECORD_BYTES) entry = { tooLarge: Math.max(fstatSync(fd).size, size - start) };
      }
      if (typeof entry !== "number") size = start;
      entries.push(entry);
    } catch (error) {
      size = start;
      entries.push((error as NodeJS.ErrnoException).code ?? "error");
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return { entries, bytes: buffer };
}

/** 256 files of about 1.1 KB, with room: most batches never grow. */
const FIRST_CAPACITY = 512 * 1024;

interface ReadBatch {
  entries: BatchEntry[];
  bytes: Uint8Array;
}

function grown(buffer: Uint8Array, used: number): Uint8Array {
  const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
  bigger.set(buffer.subarray(0, used));
  return bigger;
}

function asBytes(batch: ReadBatch): ReaderBatch {
  return { entries: batch.entries, buffer: batch.bytes.buffer as ArrayBuffer };
}

/**
 * The batch checked, or undefined when the main thread must check it: when
 * a check would not come through JSON unchanged, or a file has findings.
 * A file's findings can depend on the thread: the precise YAML parser
 * reports text nested deeper than the stack allows as an error, and this
 * thread's stack is not the main thread's. A file without findings passed
 * its schema, whose shapes are only a few levels deep.
 */
function checkedBatch(names: readonly string[], batch: ReadBatch, check: Checker): ReaderBatch | undefined {
  const files = new BytesBatch(batch.entries, batch.bytes);
  const records: LifRecord[] = [];
  for (let i = 0; i < names.length; i++) {
    const checked = check({ file: names[i]!, ...files.take(i) });
    if (checked.findings.length || !checked.record || !sameThroughJson(checked.record)) return undefined;
    records.push(checked.record);
  }
  // The bytes stay here, to be read into again.
  spare = batch.bytes;
  // Only the records go over (the rest of a clean check follows from them,
  // see passedCheck), as JSON: quicker to write and to read than a
  // structured clone of the same objects.
  return { records: JSON.stringify(records) };
}

/** False for what JSON would change: -0, NaN and the infinities (YAML can write them). */
function sameThroughJson(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every(sameThroughJson);
  for (const key in value) if (!sameThroughJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

const data = workerData as ReaderData;
// Also after a failure: the main thread then reads the rest itself.
void run(data)
  .catch(() => undefined)
  .finally(() => {
    Atomics.store(data.state, DONE, 1);
    Atomics.notify(data.state, POSTED);
  });
