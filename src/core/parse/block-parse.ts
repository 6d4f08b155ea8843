// The fastest path: a reader for the plain block YAML that records are
// written in (key: value lines, "- " lists, plain or single-line quoted
// scalars, comments), several times quicker than js-yaml. It answers only
// when it is certain to give the very data the YAML 1.2 core schema gives;
// anything else (anchors, tags, flow collections, block scalars, multi-line
// scalars, escapes, numbers other than plain integers, duplicate keys, odd
// indentation, tabs) returns undefined and the caller falls back to the
// general parsers.
import { ownString } from "../text/own-string.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Returned by the helpers below when the text leaves the subset. */
const BAIL = Symbol("bail");
type Result<T> = T | typeof BAIL;

// Characters outside this set (tabs, CR, controls, NEL, line separators,
// byte-order marks, lone surrogates) send the file to the general parsers.
// Most files are ASCII: the cheap test spares the full one.
const NOT_PRINTABLE_ASCII = /[^\n\x20-\x7e]/;
const OUTSIDE_SUBSET = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const SPECIAL_KEYS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "__proto__"]);
const MAX_KEY_LENGTH = 200;
// Whatever YAML 1.2 core or js-yaml could read as a number: only plain
// integers are read here, the rest goes to the general parsers.
const NUMBER_LIKE = /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$|^[-+]?0[box]/;
const PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
// First characters that make a scalar something other than plain text:
// [ ] { } # & * ! | > ' " % @ ` ,
const INDICATOR = new Uint8Array(128);
for (const c of "[]{}#&*!|>'\"%@`,") INDICATOR[c.charCodeAt(0)] = 1;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

export function parseBlockYaml(text: string): { data: unknown } | undefined {
  if (NOT_PRINTABLE_ASCII.test(text) && OUTSIDE_SUBSET.test(text)) return undefined;
  const reader = new BlockReader(text);
  if (!reader.next() || reader.indent !== 0) return undefined;
  const data = reader.block(0);
  if (data === BAIL || !reader.atEnd) return undefined;
  return { data };
}

/** Reads line by line by offsets into the text; only keys and values become strings. */
class BlockReader {
  /** Offsets of the current content line: its first non-space character and its end. */
  private start = 0;
  private end = -1;
  indent = 0;
  atEnd = false;
  /** The last found places of " #" and ": " (see nextAt). */
  private comment = -1;
  private colon = -1;

  constructor(private readonly text: string) {}

  /** Moves to the next line holding content; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const length = text.length;
    let lineStart = this.end + 1;
    while (lineStart < length) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = length;
      let i = lineStart;
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
      if (i < lineEnd && text.charCodeAt(i) !== HASH) {
        this.start = i;
        this.end = lineEnd;
        this.indent = i - lineStart;
        // A document marker or a directive: never in the subset.
        if (i === lineStart && (text.startsWith("---", i) || text.startsWith("...", i) || text.charCodeAt(i) === 37)) this.start = -1;
        return true;
      }
      lineStart = lineEnd + 1;
    }
    this.end = length;
    this.atEnd = true;
    return false;
  }

  private isItem(at: number): boolean {
    return at >= 0 && this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A mapping or a sequence whose lines start at column `indent`. */
  block(indent: number): Result<Json> {
    if (this.start < 0) return BAIL;
    if (this.text.charCodeAt(this.start) === DASH) return this.isItem(this.start) ? this.sequence(indent) : BAIL;
    return this.mapping(indent);
  }

  private sequence(indent: number): Result<Json[]> {
    const text = this.text;
    const items: Json[] = [];
    while (!this.atEnd && this.indent === indent && this.isItem(this.start)) {
      let at = this.start + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at++;
      if (at === this.end) return BAIL;
      const c = text.charCodeAt(at);
      if (c === HASH || c === DASH) return BAIL;
      let item: Result<Json>;
      if (this.keyEnd(at) > 0) {
        const column = indent + (at - this.start);
        this.start = at;
        this.indent = column;
        item = this.mapping(column);
      } else {
        item = this.scalar(at);
        if (item !== BAIL) {
          this.next();
          if (!this.atEnd && this.indent > indent) return BAIL;
        }
      }
      if (item === BAIL) return BAIL;
      items.push(item);
    }
    if (!this.atEnd && this.indent > indent) return BAIL;
    return items;
  }

  private mapping(indent: number): Result<{ [key: string]: Json }> {
    const text = this.text;
    const map: { [key: string]: Json } = {};
    while (!this.atEnd && this.indent === indent) {
      if (this.start < 0) return BAIL;
      const colon = this.keyEnd(this.start);
      if (colon < 0) return BAIL;
      const key = plainKey(text, this.start, colon);
      // A special key or a key seen twice is left to the general parsers.
      if (key === undefined || Object.prototype.hasOwnProperty.call(map, key)) return BAIL;
      let at = colon + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at++;
      let value: Result<Json>;
      if (at === this.end || text.charCodeAt(at) === HASH) {
        this.next();
        value = this.nested(indent);
      } else {
        value = this.scalar(at);
        if (value === BAIL) return BAIL;
        this.next();
        if (!this.atEnd && this.indent > indent) return BAIL; // a multi-line scalar
      }
      if (value === BAIL) return BAIL;
      map[key] = value;
    }
    // Deeper than its keys is neither a key nor a value. (Inside "- key:
    // value" a shallower line ends the item and the list goes on.)
    if (!this.atEnd && this.indent > indent) return BAIL;
    return map;
  }

  /** The value on the lines after "key:": a block, a list at the key's own indent, or null. */
  private nested(indent: number): Result<Json> {
    if (this.atEnd || this.indent < indent) return null;
    if (this.indent > indent) return this.block(this.indent);
    return this.isItem(this.start) ? this.sequence(indent) : null;
  }

  /**
   * Where the ":" ending a plain-word key that starts at `at` is, or -1 when
   * the line is not "key: ..." or "key:" with a key the subset accepts.
   */
  private keyEnd(at: number): number {
    const text = this.text;
    const limit = Math.min(this.end, at + MAX_KEY_LENGTH + 1);
    let i = at;
    let c = text.charCodeAt(i);
    // [A-Za-z_$] first, then [A-Za-z0-9_$-]
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36)) return -1;
    for (i++; i < limit; i++) {
      c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === DASH) continue;
      break;
    }
    if (i >= limit || c !== COLON) return -1;
    return i + 1 === this.end || text.charCodeAt(i + 1) === SPACE ? i : -1;
  }

  /** A scalar written on one line from `at` to the line's end, after "key: " or "- ". */
  private scalar(at: number): Result<Json> {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 34) return this.doubleQuoted(at);
    if (c === 39) return this.singleQuoted(at);
    if (c < 128 && INDICATOR[c]) return BAIL;
    if ((c === DASH || c === 63 || c === COLON) && (at + 1 === this.end || text.charCodeAt(at + 1) === SPACE)) return BAIL;
    // " #" starts a comment; ": " would start a mapping, which a plain
    // scalar cannot hold.
    let end = this.end;
    const comment = this.nextAt(" #", at);
    if (comment < end) end = comment + 1;
    if (this.nextAt(": ", at + 1) < end) return BAIL;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (text.charCodeAt(end - 1) === COLON) return BAIL;
    return resolvePlain(text.slice(at, end));
  }

  private doubleQuoted(at: number): Result<string> {
    const text = this.text;
    const close = text.indexOf('"', at + 1);
    if (close < 0 || close >= this.end) return BAIL;
    for (let i = at + 1; i < close; i++) if (text.charCodeAt(i) === 92 /* \\ */) return BAIL; // escapes
    if (!this.onlyCommentAfter(close)) return BAIL;
    return text.slice(at + 1, close);
  }

  private singleQuoted(at: number): Result<string> {
    const text = this.text;
    let out = "";
    let i = at + 1;
    for (;;) {
      const q = text.indexOf("'", i);
      if (q < 0 || q >= this.end) return BAIL;
      out += text.slice(i, q);
      if (text.charCodeAt(q + 1) === 39 && q + 1 < this.end) {
        out += "'";
        i = q + 2;
        continue;
      }
      return this.onlyCommentAfter(q) ? out : BAIL;
    }
  }

  /**
   * Where `pair` is next found from `from` on (the text's length when
   * nowhere). Each search is remembered, so the text is searched for a pair
   * once over, not once per value; that holds because the reader only
   * moves forward, asking from ever later places.
   */
  private nextAt(pair: " #" | ": ", from: number): number {
    const found = pair === " #" ? this.comment : this.colon;
    if (found >= from) return found;
    let at = this.text.indexOf(pair, from);
    if (at < 0) at = this.text.length;
    if (pair === " #") this.comment = at;
    else this.colon = at;
    return at;
  }

  /** After a closing quote: nothing, or spaces and a comment. */
  private onlyCommentAfter(close: number): boolean {
    let i = close + 1;
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i === this.end || (this.text.charCodeAt(i) === HASH && i > close + 1);
  }
}

// Records repeat the same few dozen keys: a key is looked up in a small
// table by its length and its first, middle and last characters and
// compared in place, so that a known key costs no new string (nor the
// hashing of one).
const KEY_SLOTS = 512;
const keys = new Array<string>(KEY_SLOTS).fill("");

/** The key written from `start` to `end`, or undefined for one the subset leaves to the general parsers. */
function plainKey(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  const slot = (length * 67 + text.charCodeAt(start) * 13 + text.charCodeAt(end - 1) * 3 + text.charCodeAt(start + (length >> 1))) & (KEY_SLOTS - 1);
  const known = keys[slot]!;
  if (known.length === length && text.startsWith(known, start)) return known;
  // The table's own copy: a slice would keep this file's text alive.
  const key = ownString(text.slice(start, end));
  if (SPECIAL_KEYS.has(key)) return undefined;
  keys[slot] = key;
  return key;
}

function resolvePlain(value: string): Result<Json> {
  switch (value) {
    case "~": case "null": case "Null": case "NULL":
      return null;
    case "true": case "True": case "TRUE":
      return true;
    case "false": case "False": case "FALSE":
      return false;
  }
  const c = value.charCodeAt(0);
  // Digits, signs and dots may make a number; only plain integers are read here.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (PLAIN_INTEGER.test(value)) return Number(value);
    if (NUMBER_LIKE.test(value)) return BAIL;
  }
  return value;
}
