// Value comparison for the diff: key order in YAML is not a change, and a
// changed field is named the way a person reads it (dates.signedOff,
// progress (1 added)), not as a JSON pointer.

/** JSON with object keys sorted, so two equal records give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Readable paths of every difference between two values; lists that only grew or shrank at the end say by how much. */
export function changedFields(a: unknown, b: unknown, path = ""): string[] {
  if (sameValue(a, b)) return [];
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => {
      const sub = path ? `${path}.${k}` : k;
      if (!(k in a)) return [`${sub} (added)`];
      if (!(k in b)) return [`${sub} (removed)`];
      return changedFields(a[k], b[k], sub);
    });
  }
  if (Array.isArray(a) && Array.isArray(b)) return changedList(a, b, path);
  return [path || "(whole record)"];
}

function changedList(a: unknown[], b: unknown[], path: string): string[] {
  const common = Math.min(a.length, b.length);
  const prefixSame = a.slice(0, common).every((item, i) => sameValue(item, b[i]));
  if (prefixSame && b.length > a.length) return [`${path} (${b.length - a.length} added)`];
  if (prefixSame && a.length > b.length) return [`${path} (${a.length - b.length} removed)`];
  if (a.length === b.length) return a.flatMap((item, i) => changedFields(item, b[i], `${path}[${i}]`));
  return [`${path} (${a.length} → ${b.length} entries)`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}
