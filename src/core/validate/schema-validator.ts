// The schema validator the loader uses: one validate function per schema
// file, either compiled by ajv at run time (schema-compiler.ts, when run from
// source, as under the test runner) or compiled at build time into
// standalone code (scripts/build.mjs), so `lif` never pays for compiling schemas at start-up.
// This module imports no ajv code: the bundle's start-up stays small.
import type { ErrorObject } from "ajv";
import { isCalendarDate } from "../dates/calendar.js";
import { kindInfo } from "../model/kinds.js";

export type SchemaSet = Record<string, object>;

/** An ajv validate function, compiled at run time or at build time. */
export interface SchemaFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface SchemaValidator {
  /** Schema errors for a record of `kind`, or [] when it is valid. */
  validate(kind: string, data: unknown): ErrorObject[];
  /** The root schema object for a kind (titles and descriptions for prompts). */
  schemaFor(kind: string): Record<string, unknown> | undefined;
  schemas: SchemaSet;
}

/**
 * ajv's options, shared by the run-time compiler and the build. `verbose`
 * keeps the failing schema and data in each error: the messages need them.
 */
export const AJV_OPTIONS = { strict: true, allErrors: true, allowUnionTypes: true, verbose: true, inlineRefs: false } as const;

/** Formats the schemas use; the build imports them by name into the standalone code. */
export const SCHEMA_FORMATS = { date: isCalendarDate };

/** Marks fields that never reach public output (see core/render). */
export const AUDIENCE_KEYWORD = { keyword: "x-lif-audience", schemaType: "string" } as const;

/**
 * A validator over compiled functions, keyed by schema file name. `schemas`
 * is read only when a caller asks for a schema object.
 */
export function validatorFrom(functions: Readonly<Record<string, SchemaFunction>>, schemas: () => SchemaSet): SchemaValidator {
  let read: SchemaSet | undefined;
  const all = () => (read ??= schemas());
  return {
    get schemas() {
      return all();
    },
    validate(kind, data) {
      const info = kindInfo(kind);
      if (!info) return [];
      const fn = functions[info.schema];
      if (!fn) throw new Error(`schema ${info.schema} is missing`);
      return fn(data) ? [] : [...(fn.errors ?? [])];
    },
    schemaFor(kind) {
      const info = kindInfo(kind);
      return info ? (all()[info.schema] as Record<string, unknown>) : undefined;
    },
  };
}
