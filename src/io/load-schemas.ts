import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_FILES } from "../core/model/kinds.js";
import { createSchemaValidator, type SchemaSet, type SchemaValidator } from "../core/validate/schema-validator.js";
import { packageRoot } from "./package-root.js";

export function readSchemas(): SchemaSet {
  const dir = join(packageRoot(), "schemas");
  return Object.fromEntries(SCHEMA_FILES.map((name) => [name, JSON.parse(readFileSync(join(dir, name), "utf8")) as object]));
}

export function loadSchemaValidator(): SchemaValidator {
  return createSchemaValidator(readSchemas());
}
