// ajv, compiled once from the schema files the io layer read. The core never
// touches the disk: schemas arrive as plain objects.
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { isCalendarDate } from "../dates/calendar.js";
import { kindInfo } from "../model/kinds.js";

export type SchemaSet = Record<string, object>;

export interface SchemaValidator {
  /** Schema errors for a record of `kind`, or [] when it is valid. */
  validate(kind: string, data: unknown): ErrorObject[];
  /** The root schema object for a kind (titles and descriptions for prompts). */
  schemaFor(kind: string): Record<string, unknown> | undefined;
  schemas: SchemaSet;
}

export function createSchemaValidator(schemas: SchemaSet): SchemaValidator {
  const ajv = new Ajv2020.default({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    formats: { date: isCalendarDate },
  });
  // Marks fields that never reach public output (see core/render).
  ajv.addKeyword({ keyword: "x-lif-audience", schemaType: "string" });
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  const compiled = new Map<string, ValidateFunction>();

  function compile(kind: string): ValidateFunction | undefined {
    const info = kindInfo(kind);
    if (!info) return undefined;
    let fn = compiled.get(info.schema);
    if (!fn) {
      fn = ajv.getSchema(info.schema);
      if (!fn) throw new Error(`schema ${info.schema} is missing`);
      compiled.set(info.schema, fn);
    }
    return fn;
  }

  return {
    schemas,
    validate(kind, data) {
      const fn = compile(kind);
      if (!fn) return [];
      return fn(data) ? [] : [...(fn.errors ?? [])];
    },
    schemaFor(kind) {
      const info = kindInfo(kind);
      return info ? (schemas[info.schema] as Record<string, unknown>) : undefined;
    },
  };
}
