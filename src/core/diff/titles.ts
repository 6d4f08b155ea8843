// How a reviewer recognises a record in a PR comment: its pseudonym or title,
// never a bare id alone.
import type { LifRecord, Located } from "../model/records.js";
import { s11CycleTitle, sixStepsTitle } from "../model/names.js";
import type { RecordStore } from "../model/store.js";
import type { RecordRef } from "./model.js";

const MAX_TITLE = 70;

export function titleOf(record: LifRecord, store: RecordStore): string {
  switch (record.kind) {
    case "partnership":
      return record.name;
    case "rapid-review":
      return record.pseudonym;
    case "audit":
      return record.title;
    case "s11-cycle":
      return s11CycleTitle(record);
    case "s11-return":
      return `${store.agencyName(record.agency)}: Section 11 return (${record.cycle})`;
    case "six-steps":
      return sixStepsTitle(record);
    case "action":
      return shorten(record.description);
    default:
      return record.pseudonym;
  }
}

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MAX_TITLE ? flat : `${flat.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

export function refOf(located: Located, store: RecordStore): RecordRef {
  return { id: located.record.id, kind: located.record.kind, title: titleOf(located.record, store), file: located.file };
}

export function byIdThenFile<T extends { id: string; file: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
