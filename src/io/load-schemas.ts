// The schema files as objects, and the validator compiled from them. The
// validator is made once per process; schemas are read only when needed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_FILES } from "../core/model/kinds.js";
import { validatorFrom, type SchemaSet, type SchemaValidator } from "../core/validate/schema-validator.js";
import { schemaFunctions } from "./compiled-schemas.js";
import { packageRoot } from "./package-root.js";

let schemaSet: SchemaSet | undefined;
let validator: SchemaValidator | undefined;

export function readSchemas(): SchemaSet {
  if (schemaSet) return schemaSet;
  const dir = join(packageRoot(), "schemas");
  return (schemaSet = Object.fromEntries(SCHEMA_FILES.map((name) => [name, JSON.parse(readFileSync(join(dir, name), "utf8")) as object])));
}

export function loadSchemaValidator(): SchemaValidator {
  return (validator ??= validatorFrom(schemaFunctions(readSchemas), readSchemas));
}
