// Ids are how records refer to each other: unique across the store, and the
// file is named after the id so a person can find a record from a reference.
import type { Rule } from "../rule-context.js";

export const idMatchesFileName: Rule = (ctx) => {
  for (const r of ctx.store.records) {
    if (r.record.kind === "partnership") continue;
    const base = r.file.slice(r.file.lastIndexOf("/") + 1).replace(/\.ya?ml$/i, "");
    if (base !== r.record.id) {
      ctx.report(r, "/id", "id-filename", `id: "${r.record.id}" does not match the file name "${base}"; rename the file to ${r.record.id}.yaml or change the id to ${base}`);
    }
  }
};

export const idsAreUnique: Rule = (ctx) => {
  const first = new Map<string, string>();
  for (const r of ctx.store.records) {
    const seen = first.get(r.record.id);
    if (seen) ctx.report(r, "/id", "id-unique", `id: "${r.record.id}" is already used by ${seen}; every id must be unique across the store, so give one of them a new id`);
    else first.set(r.record.id, r.file);
  }
};
