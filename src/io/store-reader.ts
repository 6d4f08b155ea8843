// The thread that reads a large store ahead of the main thread; the
// protocol is in read-store.ts. It reads the files in the listing's order, a
// batch at a time, and hands each batch over. While the main thread is the
// slower one (whole batches wait for it), it checks the next batch itself,
// with the very checkFile the main thread runs, and hands over the checks
// instead of the bytes: two cores then share the parsing and the schemas.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workerData } from "node:worker_threads";
import { decodeRecordBytes } from "../core/parse/decode.js";
import { checkFile, type FileCheck, type SourceFile } from "../core/validate/load-store.js";
import { loadSchemaValidator } from "./load-schemas.js";
import { DONE, POSTED, TAKEN, unreadable, type ReaderBatch, type ReaderData } from "./read-store.js";

/** Batches waiting for the main thread when this thread starts checking one. */
const CHECK_WHEN_WAITING = 2;

function run({ root, files, port, state, batchFiles, ahead, check }: ReaderData): void {
  const validator = check ? loadSchemaValidator() : undefined;
  for (let from = 0, n = 0; from < files.length; from += batchFiles, n++) {
    let taken: number;
    for (;;) {
      taken = Atomics.load(state, TAKEN);
      if (n - taken < ahead) break;
      Atomics.wait(state, TAKEN, taken);
    }
    const names = files.slice(from, from + batchFiles);
    const checkHere = validator && (check?.when === "always" || (check?.when === "behind" && n - taken >= CHECK_WHEN_WAITING));
    const batch = (checkHere && checkedBatch(root, names, (source) => checkFile(source, validator, { ruleViews: check?.ruleViews }))) || bytesBatch(root, names);
    port.postMessage(batch, "buffer" in batch ? [batch.buffer] : []);
    Atomics.add(state, POSTED, 1);
    Atomics.notify(state, POSTED);
  }
}

function bytesBatch(root: string, names: readonly string[]): ReaderBatch {
  const parts: Buffer[] = [];
  const entries: Array<number | string> = [];
  let size = 0;
  for (const file of names) {
    try {
      const bytes = readFileSync(join(root, file));
      parts.push(bytes);
      entries.push(bytes.length);
      size += bytes.length;
    } catch (error) {
      entries.push((error as NodeJS.ErrnoException).code ?? "error");
    }
  }
  // A buffer of its own (never the shared pool), since it is handed over.
  const all = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return { entries, buffer: all.buffer };
}

/** The batch checked, or undefined when a check would not come through JSON unchanged. */
function checkedBatch(root: string, names: readonly string[], check: (source: SourceFile) => FileCheck): ReaderBatch | undefined {
  const checks: FileCheck[] = [];
  for (const file of names) {
    let source: SourceFile;
    try {
      source = { file, ...decodeRecordBytes(readFileSync(join(root, file))) };
    } catch (error) {
      source = { file, problem: unreadable((error as NodeJS.ErrnoException).code) };
    }
    const checked = check(source);
    if (!sameThroughJson(checked)) return undefined;
    checks.push(checked);
  }
  // JSON is the cheapest way across: quicker to write and to read than a
  // structured clone of the same objects.
  return { checks: JSON.stringify(checks) };
}

/** False for what JSON would change: -0, NaN and the infinities (YAML can write them). */
function sameThroughJson(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every(sameThroughJson);
  for (const key in value) if (!sameThroughJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

try {
  run(workerData as ReaderData);
} finally {
  // Also after a failure: the main thread then reads the rest itself.
  const { state } = workerData as ReaderData;
  Atomics.store(state, DONE, 1);
  Atomics.notify(state, POSTED);
}
