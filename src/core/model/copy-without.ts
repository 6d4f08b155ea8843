// Deep copies of record data (what YAML's core schema gives: text, numbers,
// booleans, null, lists and mappings) without some of its fields, named by
// JSON pointers with `*` for every item of a list. One walk copies what is
// kept; nothing is deleted from a copy (which would make it slower to read).

/** The paths to leave out as a tree: `true` leaves the key out, an object goes deeper. */
export interface PathTree {
  [key: string]: true | PathTree;
}

// Trees have no prototype: a record's key such as "constructor" finds
// nothing in them.
const node = (): PathTree => Object.create(null) as PathTree;

/** Leaves nothing out. */
export const KEEP_ALL: PathTree = node();

export function pathTree(paths: readonly string[]): PathTree {
  const root = node();
  for (const path of paths) {
    const keys = path.split("/").slice(1);
    let at: PathTree | undefined = root;
    for (let i = 0; i < keys.length && at; i++) {
      const key = keys[i]!;
      const next: true | PathTree | undefined = at[key];
      if (i === keys.length - 1) at[key] = true;
      // A key already left out whole stays out.
      else at = next === true ? undefined : (next ?? (at[key] = node()));
    }
  }
  return root;
}

/** A copy of `value` without the fields in `tree`; `copyText` may replace each string kept. */
export function copyWithout(value: unknown, tree: PathTree, copyText?: (text: string) => string): unknown {
  if (typeof value === "string") return copyText ? copyText(value) : value;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const each = tree["*"];
    const inner = each === undefined || each === true ? KEEP_ALL : each;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyWithout(value[i], inner, copyText);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const left = tree[key];
    if (left === true) continue;
    const copy = copyWithout((value as Record<string, unknown>)[key], left ?? KEEP_ALL, copyText);
    // Assigned, "__proto__" would set the copy's prototype instead.
    if (key === "__proto__") Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}
