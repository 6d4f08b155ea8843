// The one way commands get a store: find it, read it, validate it.
import { loadStore, type LoadResult } from "../core/validate/load-store.js";
import { findStore } from "./find-store.js";
import { loadSchemaValidator } from "./load-schemas.js";
import { readStoreFiles } from "./read-store.js";

export interface OpenedStore extends LoadResult {
  root: string;
}

export function openStore(cwd: string, explicit?: string): OpenedStore {
  const root = findStore(cwd, explicit);
  const result = loadStore(readStoreFiles(root), loadSchemaValidator());
  return { root, ...result };
}
