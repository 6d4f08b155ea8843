// The one way commands get a store: find it, read it, validate it.
import { loadStore, locator, type LoadResult, type Locate } from "../core/validate/load-store.js";
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
  locate: Locate;
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
  // ahead, which checks some files itself the way the loader would), and
  // read again only for the place of a finding.
  const check = { ruleViews: options.ruleViews === true };
  const files = openStoreFiles(root, { check });
  const reread = (file: string) => files.reread(file);
  const result = loadStore(files, loadSchemaValidator(), { reread, ...check });
  return { root, ...result, locate: locator(reread) };
}
