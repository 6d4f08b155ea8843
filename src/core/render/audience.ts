// Who a document is for. Public output (the default) never shows a field the
// schemas mark `x-lif-audience: internal`, and shows a review whose
// publication is delayed or withheld only by its pseudonym, its status and
// the learning marked publishable (Working Together: publication may be
// delayed by criminal proceedings or withheld for a child's safety).
// The internal fields come from the schema annotations, not from a list here.
import { copyWithout, pathTree, type PathTree } from "../model/copy-without.js";
import { kindInfo } from "../model/kinds.js";
import type { LearningItem, LifRecord, PracticeReview, RapidReview } from "../model/records.js";

export type Audience = "public" | "internal";

type Schema = Record<string, unknown>;
export type SchemaSet = Record<string, object>;

/** Per schema file, the JSON paths (`/circumstances`, `/cases/*\/summary`) marked internal. */
export type InternalFields = ReadonlyMap<string, readonly string[]>;

export function internalFields(schemas: SchemaSet): InternalFields {
  const out = new Map<string, string[]>();
  for (const [file, schema] of Object.entries(schemas)) {
    const paths: string[] = [];
    walk(schema as Schema, file, "", schemas, paths, new Set());
    out.set(file, [...new Set(paths)].sort());
  }
  return out;
}

function resolve(ref: string, file: string, schemas: SchemaSet): { schema: Schema; file: string } | undefined {
  const [target, pointer = ""] = ref.split("#");
  const targetFile = target || file;
  let node: unknown = schemas[targetFile];
  for (const key of pointer.split("/").filter(Boolean)) node = (node as Schema | undefined)?.[key];
  return node && typeof node === "object" ? { schema: node as Schema, file: targetFile } : undefined;
}

function walk(schema: Schema, file: string, path: string, schemas: SchemaSet, out: string[], seen: Set<string>): void {
  if (schema["x-lif-audience"] === "internal") {
    out.push(path || "/");
    return;
  }
  if (typeof schema.$ref === "string") {
    const key = `${file}#${schema.$ref}@${path}`;
    const target = resolve(schema.$ref, file, schemas);
    if (target && !seen.has(key) && path.split("/").length < 12) {
      seen.add(key);
      walk(target.schema, target.file, path, schemas, out, seen);
    }
  }
  const properties = schema.properties as Record<string, Schema> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) walk(sub, file, `${path}/${name}`, schemas, out, seen);
  if (schema.items && typeof schema.items === "object") walk(schema.items as Schema, file, `${path}/*`, schemas, out, seen);
}

/** The paths marked internal for a record kind. */
export function internalPathsFor(kind: string, fields: InternalFields): readonly string[] {
  const info = kindInfo(kind);
  return info ? (fields.get(info.schema) ?? []) : [];
}

/** A deep copy of `record` without the fields marked internal (public), or unchanged (internal). */
export function forAudience<R extends LifRecord>(record: R, audience: Audience, fields: InternalFields): R {
  if (audience === "internal") return record;
  return copyWithout(record, internalTree(record.kind, fields)) as R;
}

// The internal paths of each kind as a tree, made once per set of fields.
const trees = new WeakMap<InternalFields, Map<string, PathTree>>();

function internalTree(kind: string, fields: InternalFields): PathTree {
  let byKind = trees.get(fields);
  if (!byKind) trees.set(fields, (byKind = new Map()));
  let tree = byKind.get(kind);
  if (!tree) byKind.set(kind, (tree = pathTree(internalPathsFor(kind, fields))));
  return tree;
}

export type Restriction = "delayed" | "withheld-locally";

/** Why a practice review is restricted in public output, or undefined. */
export function restrictionOf(record: LifRecord): Restriction | undefined {
  const status = (record as PracticeReview).publication?.status;
  return status === "delayed" || status === "withheld-locally" ? status : undefined;
}

/**
 * What public output may show of a restricted review: its pseudonym, its
 * status and the learning marked publishable. Nothing else is copied.
 */
export function restrictedProjection(record: PracticeReview | RapidReview, restriction: Restriction): LifRecord {
  const learning = (record.keyLearning ?? []).filter((l: LearningItem) => typeof l === "object" && l.publishable === true);
  const projection: Record<string, unknown> = {
    kind: record.kind,
    id: record.id,
    pseudonym: record.pseudonym,
    status: record.status,
    keyLearning: learning,
  };
  if (record.kind !== "rapid-review") projection.publication = { status: restriction };
  return projection as unknown as LifRecord;
}

export function learningText(item: LearningItem): string {
  return typeof item === "string" ? item : item.text;
}
