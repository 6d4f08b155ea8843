// The one way commands get a store: find it, read it, validate it.
import { loadStore, type LoadResult } from "../core/validate/load-store.js";
import { findStore } from "./find-store.js";
import { loadSchemaValidator } from "./load-schemas.js";
import { openStoreFiles } from "./read-store.js";

export interface OpenedStore extends LoadResult {
  root: string;
}

export function openStore(cwd: string, explicit?: string): OpenedStore {
  const root = findStore(cwd, explicit);
  // Files are read as the loader checks them, and read again only for the
  // place of a finding.
  const files = openStoreFiles(root);
  const result = loadStore(files, loadSchemaValidator(), { reread: (file) => files.reread(file) });
  return { root, ...result };
}
