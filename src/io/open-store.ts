// The one way commands get a store: find it, read it, validate it.
import { PreciseDocument } from "../core/parse/precise-parse.js";
import { loadStore, type LoadResult } from "../core/validate/load-store.js";
import { findStore } from "./find-store.js";
import { loadSchemaValidator } from "./load-schemas.js";
import { openStoreFiles } from "./read-store.js";

export interface OpenedStore extends LoadResult {
  root: string;
  /**
   * Line and column of a JSON pointer in a file of the store, for findings
   * made after loading (privacy, overdue annotations). The file is read again
   * the loader's safe way; 1:1 when it can no longer be read.
   */
  locate(file: string, pointer: string, at?: "key" | "value"): { line: number; column: number };
}

export function openStore(cwd: string, explicit?: string): OpenedStore {
  const root = findStore(cwd, explicit);
  // Files are read as the loader checks them, and read again only for the
  // place of a finding.
  const files = openStoreFiles(root);
  const result = loadStore(files, loadSchemaValidator(), { reread: (file) => files.reread(file) });
  const docs = new Map<string, PreciseDocument | undefined>();
  const locate: OpenedStore["locate"] = (file, pointer, at = "value") => {
    if (!docs.has(file)) {
      const text = files.reread(file);
      docs.set(file, text === undefined ? undefined : new PreciseDocument(text));
    }
    return docs.get(file)?.locate(pointer, at) ?? { line: 1, column: 1 };
  };
  return { root, ...result, locate };
}
