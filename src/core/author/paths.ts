// Dotted paths into an answers tree. Keys that would reach an object's
// prototype are refused: answers come from files and flags.
import type { Answers } from "./types.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export function isSafeKey(key: string): boolean {
  return !FORBIDDEN.has(key);
}

export function getPath(item: Answers, key: string): unknown {
  let node: unknown = item;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, part)) return undefined;
    node = (node as Answers)[part];
  }
  return node;
}

export function setPath(item: Answers, key: string, value: unknown): void {
  const parts = key.split(".");
  let node: Answers = item;
  for (const part of parts.slice(0, -1)) {
    if (!isSafeKey(part)) return;
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[part] = {};
    node = node[part] as Answers;
  }
  const last = parts[parts.length - 1]!;
  if (isSafeKey(last)) node[last] = value;
}

/** "ratings[1]" + "actions" → "ratings[1].actions". */
export function joinPath(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** "ratings[1].actions[0].due" → "ratings.actions.due" (for schema look-ups). */
export function withoutIndices(path: string): string {
  return path.replace(/\[\d+\]/g, "");
}

export function isPlainObject(value: unknown): value is Answers {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
