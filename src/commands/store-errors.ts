// The errors a loaded store has, for the commands that compute from it
// (actions, deadlines, render, rollup, check privacy): each words its own
// refusal or warning, all count the same way.
import type { Finding } from "../core/findings.js";
import { pluralWord } from "../core/render/format.js";
import { listSome } from "../core/text/lists.js";

export interface StoreErrors {
  errors: number;
  /** The files with an error, once each, in the findings' (file) order. */
  files: string[];
}

export function storeErrors(findings: readonly Finding[]): StoreErrors {
  const errors = findings.filter((f) => f.severity === "error");
  return { errors: errors.length, files: [...new Set(errors.map((f) => f.file))] };
}

/** "3 errors in 2 files (records/a.yaml, records/b.yaml)", naming five files at most. */
export function describeStoreErrors({ errors, files }: StoreErrors): string {
  return `${errors} ${pluralWord(errors, "error")} in ${files.length} ${pluralWord(files.length, "file")} (${listSome(files, 5)})`;
}
