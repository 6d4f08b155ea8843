// The validate functions for schemas/. From source (tests, tsc) they are
// compiled with ajv here; scripts/build.mjs replaces this module in the
// bundle with ajv standalone code generated from the same schemas and
// options, so the CLI neither loads ajv's compiler nor compiles at start-up.
import { compileSchemas } from "../core/validate/schema-compiler.js";
import type { SchemaFunction, SchemaSet } from "../core/validate/schema-validator.js";

export function schemaFunctions(read: () => SchemaSet): Readonly<Record<string, SchemaFunction>> {
  return compileSchemas(read());
}
