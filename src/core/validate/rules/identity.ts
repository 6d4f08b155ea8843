// Ids are how records refer to each other: unique across the store, and the
// file is named after the id so a person can find a record from a reference.
import { idFromFileName } from "../file-check.js";
import type { RecordRule, Rule } from "../rule-context.js";

export const idMatchesFileName: RecordRule = (r, ctx) => {
  if (r.record.kind === "partnership" || isNamedAfter(r.file, r.record.id)) return;
  const base = idFromFileName(r.file);
  if (base !== r.record.id) {
    ctx.report(r, "/id", "id-filename", `id: "${r.record.id}" does not match the file name "${base}"; rename the file to ${r.record.id}.yaml or change the id to ${base}`);
  }
};

/** `file` is `…/ID.yaml`: the usual case, told without making a string. */
function isNamedAfter(file: string, id: string): boolean {
  const end = file.length - ".yaml".length;
  return file.endsWith(".yaml") && file.startsWith(id, end - id.length) && file.charCodeAt(end - id.length - 1) === 47; // "/"
}

export const idsAreUnique: Rule = (ctx) => {
  // The store's index holds the first record of each id, in the store's order.
  for (const r of ctx.store.records) {
    const first = ctx.store.byId.get(r.record.id);
    if (first && first !== r) ctx.report(r, "/id", "id-unique", `id: "${r.record.id}" is already used by ${first.file}; every id must be unique across the store, so give one of them a new id`);
  }
};
