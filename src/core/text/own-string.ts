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
  const slot = (length * 0x9e3 + value.charCodeAt(0) * 0x3b1 + value.charCodeAt(length >> 1) * 0x5f + value.charCodeAt(length - 1) * 0x107 + value.charCodeAt(length - 2 < 0 ? 0 : length - 2) * 0x2d + value.charCodeAt(length > 3 ? 3 : 0)) & (SLOTS - 1);
  const known = shared[slot]!;
  if (known === value) return known;
  const copy = length < SLICE_MIN ? value : flatCopy(value);
  shared[slot] = copy;
  return copy;
}

function flatCopy(value: string): string {
  // Joining makes a new string; turning it into a number flattens it into
  // fresh memory, and the slice then points there instead of into the text.
  const joined = " " + value;
  Number(joined);
  return joined.slice(1);
}
