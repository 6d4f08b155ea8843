// The ids every rule resolves references against: valid records come from
// the store's index, the rest from files that hold no valid record, and an
// id declared by both is the first file's.
import { describe, expect, it } from "vitest";
import type { LifRecord, Located } from "../../src/core/model/records.js";
import { KnownIds } from "../../src/core/validate/known-ids.js";
import type { KnownId } from "../../src/core/validate/rule-context.js";
import { loadStore, type SourceFile } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const validator = loadSchemaValidator();

const located = (file: string, id: string, kind: string): Located => ({ file, record: { id, kind } as LifRecord });

const valid = new Map<string, Located>([
  ["lcspr-a", located("records/reviews/lcspr-a.yaml", "lcspr-a", "lcspr")],
  ["act-1", located("records/actions/act-1.yaml", "act-1", "action")],
]);
const others = new Map<string, KnownId>([
  // A broken copy filed before the valid record, and one after it.
  ["act-1", { kind: "action", file: "records/actions/act-0.yaml" }],
  ["lcspr-a", { file: "records/reviews/zz-broken.yaml" }],
  ["audit-x", { kind: "audit", file: "records/audits/audit-x.yaml" }],
]);
const ids = new KnownIds(valid, others);

describe("KnownIds", () => {
  it("gives each id the first file declaring it, valid or not", () => {
    expect(ids.get("lcspr-a")).toEqual({ kind: "lcspr", file: "records/reviews/lcspr-a.yaml" });
    expect(ids.get("act-1")).toEqual({ kind: "action", file: "records/actions/act-0.yaml" });
    expect(ids.get("audit-x")).toEqual({ kind: "audit", file: "records/audits/audit-x.yaml" });
    expect(ids.get("nothing")).toBeUndefined();
  });

  it("holds each id once", () => {
    expect(ids.has("audit-x") && ids.has("act-1") && !ids.has("nothing")).toBe(true);
    const keys = [...ids].map(([id]) => id);
    expect(keys.length).toBe(3);
    expect(keys.sort()).toEqual(["act-1", "audit-x", "lcspr-a"]);
    expect(new Map(ids)).toEqual(new Map(keys.map((id) => [id, ids.get(id)])));
  });
});

describe("the ids a store's references resolve to", () => {
  it("do not depend on the order the files are loaded in", () => {
    // Two broken files declaring the id of a valid LCSPR, as an audit and as
    // a six-steps assessment. The audit's file comes first in the store's
    // order, so references to that id find an audit, as lif validate of the
    // same files on disk says, whatever order they are loaded in.
    const first: SourceFile = { file: "records/actions/aaa-broken.yaml", text: "kind: audit\nid: lcspr-2020-child-z\nnot-a-field: 1\n" };
    const last: SourceFile = { file: "records/s11/zzz-broken.yaml", text: "kind: six-steps\nid: lcspr-2020-child-z\nnot-a-field: 1\n" };
    const store = readStoreFiles(PROJECT_ROOT);
    const findings = (sources: SourceFile[]) => loadStore(sources, validator).findings;
    const inStoreOrder = findings([first, ...store, last]);
    const refKind = inStoreOrder.filter((f) => f.rule === "ref-kind");
    expect(refKind.length).toBeGreaterThan(0);
    expect(refKind.every((f) => f.message.includes("is an audit (records/actions/aaa-broken.yaml)"))).toBe(true);
    expect(findings([last, ...store, first])).toEqual(inStoreOrder);
    expect(findings([...store, first, last].reverse())).toEqual(inStoreOrder);
  });
});
