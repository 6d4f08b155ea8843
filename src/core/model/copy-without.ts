// Deep copies of record data (what YAML's core schema gives: text, numbers,
// booleans, null, lists and mappings) without some of its fields, named by
// JSON pointers with `*` for every item of a list. One walk copies what is
// kept; nothing is deleted from a copy (which would make it slower to read).

/** The paths to leave out as a tree: `true` leaves the key out, an object goes deeper. */
export interface PathTree {
  [key: string]: true | PathTree;
}

const NOTHING: PathTree = {};

export function pathTree(paths: readonly string[]): PathTree {
  const root: PathTree = {};
  for (const path of paths) {
    const keys = path.split("/").slice(1);
    let node: PathTree | undefined = root;
    for (let i = 0; i < keys.length && node; i++) {
      const key = keys[i]!;
      const next: true | PathTree | undefined = node[key];
      if (i === keys.length - 1) node[key] = true;
      // A key already left out whole stays out.
      else node = next === true ? undefined : (next ?? (node[key] = {}));
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
    const inner = each === undefined || each === true ? NOTHING : each;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyWithout(value[i], inner, copyText);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const left = tree[key];
    if (left === true) continue;
    out[key] = copyWithout((value as Record<string, unknown>)[key], left ?? NOTHING, copyText);
  }
  return out;
}
