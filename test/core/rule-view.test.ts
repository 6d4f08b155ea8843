// `lif validate` keeps only the rules' view of each record (rule-view.ts).
// That is safe only while no rule across the store reads a field the view
// leaves out (the rules about one record read it whole, as its file is
// checked): these tests run those rules over records that note each field
// read, over every broken-store case, the bundled store and a generated
// store with planted faults, and compare the findings with and without the
// views.
import { describe, expect, it } from "vitest";
import { checkFile, finishStore, loadStore, type FileCheck, type SourceFile } from "../../src/core/validate/load-store.js";
import { ruleBlindPaths, ruleView } from "../../src/core/validate/rule-view.js";
import type { LifRecord } from "../../src/core/model/records.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { testdir } from "../helpers/testdir.js";
import { parityStores } from "../fixtures/invalid/cases.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { writeStore } from "../../bench/lib/write-store.mjs";

const validator = loadSchemaValidator();

function generatedWithFaults(): string {
  const dir = testdir({});
  (writeStore as (o: object) => void)({ out: dir, records: 400, seed: 11, faults: 10 });
  return dir;
}

const stores: Array<[string, () => string]> = [...parityStores(), ["a generated store with planted faults", generatedWithFaults]];

/** Wraps a record so that every field a rule reads, tests or lists is noted, as a path with `*` for list items. */
function recording(value: unknown, path: string, read: Set<string>, listed: Set<string>): unknown {
  if (value === null || typeof value !== "object") return value;
  const step = (key: string | symbol) => (Array.isArray(value) && typeof key === "string" && /^\d+$/.test(key) ? "*" : String(key));
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const inner = Reflect.get(target, key, receiver);
      if (typeof key === "symbol" || (Array.isArray(target) && (key === "length" || typeof inner === "function"))) return inner;
      const at = `${path}/${step(key)}`;
      read.add(at);
      return recording(inner, at, read, listed);
    },
    has(target, key) {
      read.add(`${path}/${step(key)}`);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      listed.add(path);
      return Reflect.ownKeys(target);
    },
  });
}

describe("the rules' view of a record", () => {
  it.each(stores)("gives the same findings as the whole record: %s", (_name, root) => {
    const sources = readStoreFiles(root());
    const whole = loadStore(sources, validator).findings;
    expect(loadStore(sources, validator, { ruleViews: true }).findings).toEqual(whole);
  });

  it.each(stores)("leaves out only fields no rule reads: %s", (_name, root) => {
    const sources: SourceFile[] = readStoreFiles(root());
    const texts = new Map(sources.map((s) => [s.file, s.text]));
    const reads = new Map<string, { read: Set<string>; listed: Set<string> }>();
    const checks: FileCheck[] = sources.map((source) => {
      const check = checkFile(source, validator);
      if (!check.record) return check;
      const seen = reads.get(check.record.kind) ?? { read: new Set<string>(), listed: new Set<string>() };
      reads.set(check.record.kind, seen);
      return { ...check, record: recording(check.record, "", seen.read, seen.listed) as LifRecord };
    });
    finishStore(checks, (file) => texts.get(file));
    expect(reads.size).toBeGreaterThan(0);
    for (const [kind, { read, listed }] of reads) {
      for (const blind of ruleBlindPaths(kind)) {
        const parent = blind.slice(0, blind.lastIndexOf("/")) || "";
        expect(read.has(blind), `a rule reads ${kind} ${blind}, which the rules' view leaves out`).toBe(false);
        expect(listed.has(parent) || listed.has(blind), `a rule lists the keys of ${kind} ${parent || "/"}, which the rules' view cuts`).toBe(false);
      }
    }
  });

  it("keeps what the rules across the store read, and drops the prose and what only the rules about the record read", () => {
    const action = {
      kind: "action", id: "act-1", description: "Write the guidance", owner: "Named lead", leadAgency: "police", group: "qa",
      source: { type: "review", record: "lcspr-x", recommendation: "R1" }, created: "2022-01-01", due: "2022-06-30", status: "complete",
      completed: "2022-05-01", progress: [{ date: "2022-03-01", note: "Drafted" }], impact: [{ date: "2022-06-01", text: "Audit showed change" }],
    } as unknown as LifRecord;
    expect(ruleView(action)).toEqual({
      kind: "action", id: "act-1", leadAgency: "police", group: "qa", source: { type: "review", record: "lcspr-x", recommendation: "R1" },
      due: "2022-06-30", status: "complete", impact: [{ date: "2022-06-01" }],
    });
    // The record itself is untouched.
    expect((action as unknown as { description: string }).description).toBe("Write the guidance");
    expect(ruleBlindPaths("lcspr")).toEqual(ruleBlindPaths("scr"));
    // Both share the practice reviews' list, which leaves the prose out.
    expect(ruleBlindPaths("lcspr")).toContain("/summary");
  });
});
