// Strings that hold on to nothing else. V8 cuts a string of 13 characters
// or more out of a longer one as a slice that keeps the whole longer string
// alive: a record's id kept from a file's text would keep the file's text.
// What a loader keeps of many files goes through `ownString`.

const SLICE_MIN = 13;
// Short strings that repeat (dates, statuses, codes, kinds) are shared
// through a table indexed by their hash, one string per slot: a lookup is a
// hash and a comparison, and the table never grows.
const SHARED_MAX = 24;
const SLOTS = 1 << 16;
const shared = new Array<string>(SLOTS).fill("");

/** The same text in memory of its own; a short text seen recently is shared. */
export function ownString(value: string): string {
  const length = value.length;
  if (length > SHARED_MAX) return flatCopy(value);
  if (length === 0) return value;
  const slot = slotOf(value, length);
  const known = shared[slot]!;
  if (known === value) return known;
  const copy = length < SLICE_MIN ? value : flatCopy(value);
  shared[slot] = copy;
  return copy;
}

/**
 * A table slot from the length and the characters at the end, where the
 * short texts that repeat differ (a date's day, month and year; a code's
 * number), rather than from every character, which costs more.
 */
function slotOf(value: string, length: number): number {
  const at = (back: number) => value.charCodeAt(back < length ? length - 1 - back : 0);
  let hash = length;
  hash = Math.imul(hash ^ at(0), 0x9e3779b1);
  hash = Math.imul(hash ^ at(1), 0x85ebca6b);
  hash = Math.imul(hash ^ at(3), 0xc2b2ae35);
  hash = Math.imul(hash ^ at(4), 0x27d4eb2f);
  hash = Math.imul(hash ^ at(6), 0x165667b1);
  hash = Math.imul(hash ^ at(7), 0x9e3779b1);
  hash = Math.imul(hash ^ value.charCodeAt(0), 0x85ebca6b);
  return (hash ^ (hash >>> 16)) & (SLOTS - 1);
}

function flatCopy(value: string): string {
  // Joining makes a new string; turning it into a number flattens it into
  // fresh memory, and the slice then points there instead of into the text.
  const joined = " " + value;
  Number(joined);
  return joined.slice(1);
}
