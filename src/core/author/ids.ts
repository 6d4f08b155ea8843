// Proposed ids: readable, built from what the record is about (the date and
// pseudonym of a rapid review, the cycle and agency of a Section 11 return),
// and free: never one the store or this run already uses.

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ID = 80;

export function isId(text: string): boolean {
  return ID.test(text) && text.length <= MAX_ID;
}

/** "Child 5" → "child-5"; "Family C.C." → "family-c-c"; at most `max` characters, on a word boundary. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}

/** Joins the non-empty parts into an id. */
export function idFrom(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => Boolean(p)).map((p) => slugify(p, MAX_ID)).filter(Boolean).join("-").slice(0, MAX_ID - 3).replace(/-+$/, "");
}

/** `base` if free, else base-2, base-3, … */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The next numbered id: base-01, base-02, … (the first free number after the highest used). */
export function nextNumberedId(base: string, taken: ReadonlySet<string>): string {
  let highest = 0;
  const prefix = `${base}-`;
  for (const id of taken) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${base}-${String(highest + 1).padStart(2, "0")}`;
}
