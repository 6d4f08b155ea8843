// Which record at BASE is which at HEAD. The id is the identity; a file that
// moved keeps it. When the id itself changed, the file path (or, failing that,
// the content apart from the id) still tells that it is the same record, so a
// reviewer sees "id changed from X to Y" rather than one removal and one addition.
import type { Located } from "../model/records.js";
import { canonicalJson } from "./values.js";

export interface RecordPair {
  base: Located;
  head: Located;
  renamedFrom?: string;
  idChangedFrom?: string;
}

export interface Matched {
  pairs: RecordPair[];
  added: Located[];
  removed: Located[];
}

export function matchRecords(base: readonly Located[], head: readonly Located[]): Matched {
  const pairs: RecordPair[] = [];
  const usedHead = new Set<Located>();
  const headById = new Map<string, Located>();
  for (const h of head) if (!headById.has(h.record.id)) headById.set(h.record.id, h);

  let unmatched: Located[] = [];
  for (const b of base) {
    const h = headById.get(b.record.id);
    if (h && !usedHead.has(h)) {
      usedHead.add(h);
      pairs.push(pair(b, h));
    } else unmatched.push(b);
  }

  const headByFile = new Map(head.filter((h) => !usedHead.has(h)).map((h) => [h.file, h]));
  unmatched = unmatched.filter((b) => {
    const h = headByFile.get(b.file);
    if (!h || usedHead.has(h) || h.record.kind !== b.record.kind) return true;
    usedHead.add(h);
    pairs.push(pair(b, h));
    return false;
  });

  const headByContent = new Map<string, Located>();
  for (const h of head) if (!usedHead.has(h)) headByContent.set(contentKey(h), headByContent.get(contentKey(h)) ?? h);
  unmatched = unmatched.filter((b) => {
    const h = headByContent.get(contentKey(b));
    if (!h || usedHead.has(h)) return true;
    usedHead.add(h);
    pairs.push(pair(b, h));
    return false;
  });

  return { pairs, added: head.filter((h) => !usedHead.has(h)), removed: unmatched };
}

function pair(base: Located, head: Located): RecordPair {
  const p: RecordPair = { base, head };
  if (base.file !== head.file) p.renamedFrom = base.file;
  if (base.record.id !== head.record.id) p.idChangedFrom = base.record.id;
  return p;
}

function contentKey(located: Located): string {
  const { id: _id, ...rest } = located.record;
  return canonicalJson(rest);
}
