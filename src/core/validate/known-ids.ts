// Every id in the store, whether or not its record passed its schema, with
// the kind and file of the first file in the store's order (by path, as
// lif validate reads a store) declaring it, whatever order the files were
// loaded in (lif new loads its new files after the store's).
// The store's index already holds the valid records' ids; only the files
// that hold no valid record are kept here besides, so a large store does not
// index every id twice.
import type { Located } from "../model/records.js";
import type { KnownId, KnownIdIndex } from "./rule-context.js";

export class KnownIds implements KnownIdIndex {
  constructor(
    private readonly valid: ReadonlyMap<string, Located>,
    /** Ids declared by files without a valid record (or named after such files), each with the first such file by path. */
    private readonly others: ReadonlyMap<string, KnownId>,
  ) {}

  get(id: string): KnownId | undefined {
    const record = this.valid.get(id);
    const other = this.others.get(id);
    if (!record) return other;
    return other && other.file < record.file ? other : { kind: record.record.kind, file: record.file };
  }

  has(id: string): boolean {
    return this.valid.has(id) || this.others.has(id);
  }

  *[Symbol.iterator](): Generator<[string, KnownId]> {
    for (const id of this.valid.keys()) yield [id, this.get(id)!];
    for (const [id, known] of this.others) if (!this.valid.has(id)) yield [id, known];
  }
}
