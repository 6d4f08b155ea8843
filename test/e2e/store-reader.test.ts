// The reader thread of a large store (src/io/store-reader.ts), driven
// directly from the bundle with one file per batch, so that what it does
// with each file can be seen: a file it checks must come over exactly as
// the loader here checks it; a file with findings, or with a value JSON
// would change, must come over as bytes for the main thread to check.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { beforeAll, describe, expect, it } from "vitest";
import type { LifRecord } from "../../src/core/model/records.js";
import { passedCheck } from "../../src/core/validate/file-check.js";
import { checkFile } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { BytesBatch, DONE, POSTED, readStoreFiles, readText, type ReaderBatch, type ReaderData } from "../../src/io/read-store.js";
import { PROJECT_ROOT } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { writeStore } from "../../bench/lib/write-store.mjs";

const READER = join(PROJECT_ROOT, "dist", "store-reader.js");
let store: string;
const planted: Record<string, string> = {};

beforeAll(() => {
  store = testdir({});
  (writeStore as (o: object) => void)({ out: store, records: 150, seed: 5, faults: 2 });
  const actions = join(store, "records", "actions");
  const names = readdirSync(actions).sort();
  const edit = (label: string, i: number, change: (text: string) => string) => {
    const path = join(actions, names[i]!);
    writeFileSync(path, change(readFileSync(path, "utf8")));
    planted[label] = `records/actions/${names[i]!}`;
  };
  edit("crlf", 10, (t) => t.replace(/\n/g, "\r\n"));
  edit("non-ascii", 11, (t) => t.replace("owner: ", "owner: Café lead — "));
  // "# é" saved as Latin-1: a finding (the file is not UTF-8).
  const latin1 = join(actions, names[12]!);
  writeFileSync(latin1, Buffer.concat([readFileSync(latin1), Buffer.from([0x23, 0x20, 0xe9, 0x0a])]));
  planted["not-utf8"] = `records/actions/${names[12]!}`;
  // A valid -0, which JSON would turn into 0.
  const audits = readdirSync(join(store, "records", "audits")).sort();
  const audit = join(store, "records", "audits", audits[1]!);
  const text = readFileSync(audit, "utf8");
  writeFileSync(audit, /^lettersOfRecognition:/m.test(text) ? text.replace(/^lettersOfRecognition: .*$/m, "lettersOfRecognition: -0") : `${text}lettersOfRecognition: -0\n`);
  planted["minus-zero"] = `records/audits/${audits[1]!}`;
});

/** Every batch the reader hands over, one file each, with it checking every batch it may. */
function readAll(files: readonly string[]): Promise<ReaderBatch[]> {
  return runReader({ root: store, files, batchFiles: 1, ahead: files.length + 1, check: { ruleViews: true, when: "always" } });
}

/** Every batch the reader thread hands over; the files go as a message when `data` has none, as when it starts during the listing. */
function runReader(data: Omit<ReaderData, "port" | "state">, files?: readonly string[]): Promise<ReaderBatch[]> {
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(12));
  const batches: ReaderBatch[] = [];
  port1.on("message", (batch: ReaderBatch) => batches.push(batch));
  const worker = new Worker(READER, { workerData: { ...data, port: port2, state } satisfies ReaderData, transferList: [port2] });
  if (files) port1.postMessage(files);
  return new Promise((resolve, reject) => {
    worker.on("error", reject);
    // Done, and every batch it posted has arrived.
    const poll = setInterval(() => {
      if (Atomics.load(state, DONE) !== 1 || batches.length < Atomics.load(state, POSTED)) return;
      clearInterval(poll);
      port1.close();
      void worker.terminate().then(() => resolve(batches));
    }, 10);
  });
}

describe("the reader thread, given its files once the listing is done", () => {
  it("hands over every file as readFileSync reads it, however large, and names one too large to be a record", async () => {
    const dir = testdir({});
    const files = ["a.yaml", "b-large.yaml", "c.yaml", "d-too-large.yaml", "e-folder.yaml", "f.yaml"].map((name) => `records/${name}`);
    const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
    mkdirSync(join(dir, "records", "e-folder.yaml"), { recursive: true });
    write(files[0]!, "kind: action\nid: a\n");
    // Larger than the thread's first buffer (512 KB), which must grow.
    write(files[1]!, `kind: action\nnotes: ${"x".repeat(700_000)}\n`);
    write(files[2]!, "kind: action\nid: c — café\n");
    // Over 1 MB: read no further than that.
    write(files[3]!, `notes: ${"y".repeat(1_600_000)}\n`);
    write(files[5]!, "");
    const batches = await runReader({ root: dir, batchFiles: 4, ahead: 10 }, files);
    const handed = batches.flatMap((batch) => {
      if (!("entries" in batch)) throw new Error("the thread checked a batch it was not asked to check");
      const taken = new BytesBatch(batch.entries, new Uint8Array(batch.buffer));
      return Array.from({ length: taken.length }, (_, i) => taken.take(i));
    });
    expect(handed).toEqual(files.map((file) => readText(join(dir, file))));
    expect(handed[3]).toEqual({ problem: "file is 1.5 MB; a record is at most 1 MB (split it, or move long text elsewhere)" });
    expect(handed[4]).toEqual({ problem: "file cannot be read (EISDIR)" });
  });
});

describe("the reader thread, checking every batch it may", () => {
  it("hands over each clean file checked as the loader checks it, and the rest as bytes", async () => {
    const sources = readStoreFiles(store);
    const files = sources.map((s) => s.file);
    const batches = await readAll(files);
    expect(batches).toHaveLength(files.length);
    const validator = loadSchemaValidator();
    const checkedHere = new Map(sources.map((s) => [s.file, checkFile(s, validator, { ruleViews: true })]));
    const byThread = new Map<string, "checked" | "bytes">();
    batches.forEach((batch, i) => {
      const file = files[i]!;
      if ("records" in batch) {
        const [record] = JSON.parse(batch.records) as LifRecord[];
        expect(passedCheck(file, record!), file).toEqual(checkedHere.get(file));
        byThread.set(file, "checked");
      } else byThread.set(file, "bytes");
    });
    // Checked there: files with no findings, Windows line ends and non-ASCII text among them.
    for (const [file, check] of checkedHere) {
      if (check.findings.length) expect(byThread.get(file), file).toBe("bytes");
    }
    expect(byThread.get(planted.crlf!)).toBe("checked");
    expect(byThread.get(planted["non-ascii"]!)).toBe("checked");
    expect([...byThread.values()].filter((v) => v === "checked").length).toBeGreaterThan(files.length / 2);
    // As bytes: the -0 (JSON would make it 0) and the file that is not UTF-8 (a finding).
    expect(checkedHere.get(planted["minus-zero"]!)!.findings).toEqual([]);
    expect(byThread.get(planted["minus-zero"]!)).toBe("bytes");
    expect(checkedHere.get(planted["not-utf8"]!)!.findings.map((f) => f.rule)).toEqual(["file"]);
    expect(byThread.get(planted["not-utf8"]!)).toBe("bytes");
  });
});
