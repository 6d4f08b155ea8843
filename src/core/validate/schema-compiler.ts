// Compiles the schemas with ajv at run time: used under the test runner and
// by scripts/build.mjs, which turns the same compilation into standalone code.
import Ajv2020, { type CodeOptions } from "ajv/dist/2020.js";
import { AJV_OPTIONS, AUDIENCE_KEYWORD, SCHEMA_FORMATS, validatorFrom, type SchemaFunction, type SchemaSet, type SchemaValidator } from "./schema-validator.js";

export function createAjv(schemas: SchemaSet, code?: CodeOptions): Ajv2020.default {
  const ajv = new Ajv2020.default({ ...AJV_OPTIONS, formats: SCHEMA_FORMATS, ...(code ? { code } : {}) });
  ajv.addKeyword({ ...AUDIENCE_KEYWORD });
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  return ajv;
}

export function compileSchemas(schemas: SchemaSet): Record<string, SchemaFunction> {
  const ajv = createAjv(schemas);
  const functions: Record<string, SchemaFunction> = {};
  for (const name of Object.keys(schemas)) {
    const fn = ajv.getSchema(name);
    if (!fn) throw new Error(`schema ${name} is missing`);
    functions[name] = fn;
  }
  return functions;
}

export function createSchemaValidator(schemas: SchemaSet): SchemaValidator {
  return validatorFrom(compileSchemas(schemas), () => schemas);
}
