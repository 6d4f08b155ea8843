// What the reader thread needs to check files as the main thread does: a
// module of its own, which the thread loads while it reads its first
// batches (see store-reader.ts).
import { checkFile, type FileCheck, type SourceFile } from "../core/validate/load-store.js";
import { loadSchemaValidator } from "./load-schemas.js";

export function fileChecker(ruleViews: boolean): (source: SourceFile) => FileCheck {
  const validator = loadSchemaValidator();
  // The check goes over as JSON at once: what it keeps may share the text.
  const options = { ruleViews, shareText: true };
  return (source) => checkFile(source, validator, options);
}
