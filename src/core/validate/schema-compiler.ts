// Compiles the schemas with ajv at run time: used from source (the test
// runner, via src/io/compiled-schemas.ts) and by scripts/build.mjs, which
// turns the same compilation into standalone code.
import Ajv2020, { type CodeOptions } from "ajv/dist/2020.js";
import { AJV_OPTIONS, AUDIENCE_KEYWORD, SCHEMA_FORMATS, type SchemaFunction, type SchemaSet } from "./schema-validator.js";

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
