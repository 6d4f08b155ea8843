// `--set key=value`, repeatable: the unattended way to answer `lif new`.
//   --set pseudonym="Child 5"                 a field
//   --set dates.aware=2022-04-04              a field inside a mapping
//   --set themes=covid-19,voice-of-the-child  a list of choices, separated by commas
//   --set children=under-1:female,age-1:male  a list of entries in short form
//   --set ratings[1].evidence="…"             one entry of a list (counted from 0, as findings show)
//   --set keyLearning+="…"                    adds one text to a list (repeat for more)
import { isPlainObject, isSafeKey } from "./paths.js";
import type { Answers } from "./types.js";

/** A --set that cannot be read; the command turns it into a usage error (exit 2). */
export class SetSyntaxError extends Error {
  override readonly name = "SetSyntaxError";
}

export interface Assignment {
  /** Keys and list indices, e.g. ["ratings", 1, "evidence"]. */
  path: Array<string | number>;
  value: string;
  append: boolean;
  /** As written, for messages. */
  text: string;
}

const SEGMENT = /^[A-Za-z][A-Za-z0-9]*$/;

export function parseAssignment(text: string): Assignment {
  const m = /^([^=+]+?)(\+?)=(.*)$/s.exec(text);
  if (!m) throw new SetSyntaxError(`--set ${JSON.stringify(text)}: expected key=value (for example --set dates.aware=2022-04-04)`);
  const [, key, plus, value] = m as unknown as [string, string, string, string];
  const path: Array<string | number> = [];
  for (const raw of key.trim().replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (/^\d+$/.test(raw)) path.push(Number(raw));
    else if (SEGMENT.test(raw) && isSafeKey(raw)) path.push(raw);
    else throw new SetSyntaxError(`--set ${JSON.stringify(text)}: ${JSON.stringify(raw)} is not a field name (letters and digits, joined by dots; list entries as [0], [1], …)`);
  }
  if (typeof path[0] !== "string") throw new SetSyntaxError(`--set ${JSON.stringify(text)}: start with a field name`);
  return { path, value, append: plus === "+", text };
}

/** Readable form of a path without indices, for matching plan questions: ["ratings", 1, "x"] → "ratings.x". */
export function fieldOf(path: ReadonlyArray<string | number>): string {
  return path.filter((p) => typeof p === "string").join(".");
}

/**
 * Applies assignments to an answers tree (from --answers, or empty). Shorter
 * paths go first, so `ratings=s1:green,s2:amber` is expanded (by `expand`)
 * before `ratings[1].evidence=…` fills in one entry.
 */
export function applyAssignments(tree: Answers, assignments: readonly Assignment[], expand: (field: string, value: string) => unknown[] | undefined): Answers {
  const ordered = [...assignments].sort((a, b) => a.path.length - b.path.length);
  for (const a of ordered) {
    let node: unknown = tree;
    for (const [i, part] of a.path.entries()) {
      const container = node as Record<string | number, unknown>;
      if (i === a.path.length - 1) {
        const existing = container[part];
        if (a.append) container[part] = [...(Array.isArray(existing) ? existing : existing === undefined ? [] : [existing]), a.value];
        else container[part] = expand(fieldOf(a.path), a.value) ?? a.value;
        break;
      }
      let next = container[part];
      if (typeof a.path[i + 1] === "number") {
        if (!Array.isArray(next)) {
          // A short form from the answers file (ratings: s1:green,s2:amber) is expanded so one entry can be filled in.
          const expanded = typeof next === "string" ? expand(fieldOf(a.path.slice(0, i + 1)), next) : undefined;
          next = container[part] = expanded ?? [];
        }
        const index = a.path[i + 1] as number;
        const length = (next as unknown[]).length;
        if (index > length) throw new SetSyntaxError(`--set ${a.text}: entry [${index}] comes before entry [${length}] is given; number entries from 0 without gaps`);
      } else if (!isPlainObject(next)) {
        next = container[part] = {};
      }
      node = next;
    }
  }
  return tree;
}
