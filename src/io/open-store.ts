// The one way commands get a store: find it, read it, validate it.
import { PreciseDocument } from "../core/parse/precise-parse.js";
import { checkFile, finishStore, type FileCheck, type LoadResult } from "../core/validate/load-store.js";
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

export interface OpenOptions {
  /**
   * Keep of each record only what the rules read: for a command that needs
   * the findings, not the records' text (lif validate).
   */
  ruleViews?: boolean;
}

export function openStore(cwd: string, explicit?: string, options: OpenOptions = {}): OpenedStore {
  const root = findStore(cwd, explicit);
  // Files are read as they are checked (a large store by a thread reading
  // ahead), and read again only for the place of a finding.
  const files = openStoreFiles(root);
  const validator = loadSchemaValidator();
  const ruleViews = options.ruleViews === true;
  function* checks(): Generator<FileCheck> {
    for (const source of files) yield checkFile(source, validator, { ruleViews });
  }
  const result = finishStore(checks(), (file) => files.reread(file));
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
