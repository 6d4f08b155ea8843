// In-place edits of a record's top-level mapping that touch only the bytes
// they change. yaml's Document API finds each node and its source range;
// the edit splices new text there, so every comment, blank line, key order,
// quoting style and indentation elsewhere stays exactly as written (a record
// edited by the tool must not lose the comments people wrote in it).
// Each function takes text and returns text: callers chain them, and each
// step parses afresh, so ranges never go stale.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap } from "yaml";

export class EditError extends Error {
  override readonly name = "EditError";
}

export type FlatItem = ReadonlyArray<readonly [key: string, value: string]>;

interface TopLevel {
  map: YAMLMap;
  eol: string;
  /** Column of the top-level keys. */
  indent: number;
}

function topLevel(text: string): TopLevel {
  const doc = parseDocument(text, { schema: "core", keepSourceTokens: false });
  if (doc.errors.length) throw new EditError(`the file is not valid YAML (${doc.errors[0]!.message.split("\n")[0]}); fix it first (lif validate shows where)`);
  const map = doc.contents;
  if (!isMap(map) || map.flow) throw new EditError("the record is not a block mapping (key: value lines); lif can only edit it in place when it is");
  const first = map.items[0]?.key as Node | undefined;
  return { map, eol: text.includes("\r\n") ? "\r\n" : "\n", indent: first?.range ? column(text, first.range[0]) : 0 };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/** The offset just after the line that holds `offset - 1` (ranges may already end after a line break). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function pairEnd(text: string, pair: Pair): number {
  const node = (pair.value ?? pair.key) as Node;
  return lineEnd(text, node.range![1]);
}

/** A scalar written on one line: plain when YAML reads it back as the same string, quoted otherwise. */
export function scalarText(value: string): string {
  if (/[\r\n]/.test(value)) return JSON.stringify(value);
  const out = stringify(value, { lineWidth: 0 }).replace(/\n$/, "");
  return out.includes("\n") ? JSON.stringify(value) : out;
}

/** Where a new key goes: after the nearest key that precedes it in `order`, else after the last key. */
function insertionPoint(text: string, top: TopLevel, key: string, order: readonly string[]): number {
  const at = order.indexOf(key);
  for (let i = at - 1; i >= 0; i--) {
    const pair = findPair(top.map, order[i]!);
    if (pair) return pairEnd(text, pair);
  }
  const last = top.map.items[top.map.items.length - 1];
  return last ? pairEnd(text, last as Pair) : text.length;
}

function insertLines(text: string, offset: number, lines: string[], eol: string): string {
  const needsBreak = offset > 0 && text[offset - 1] !== "\n";
  return text.slice(0, offset) + (needsBreak ? eol : "") + lines.map((l) => l + eol).join("") + text.slice(offset);
}

/** Sets `key: value` (a scalar): the value's bytes are replaced, or a new line is added in `order`. */
export function setScalar(text: string, key: string, value: string, order: readonly string[]): string {
  const top = topLevel(text);
  const pair = findPair(top.map, key);
  if (!pair) return insertLines(text, insertionPoint(text, top, key, order), [`${" ".repeat(top.indent)}${key}: ${scalarText(value)}`], top.eol);
  const node = pair.value as Node | null;
  if (!node?.range) return insertAfterColon(text, pair, ` ${scalarText(value)}`);
  if (!isScalar(node)) throw new EditError(`${key} holds a ${isSeq(node) ? "list" : "mapping"}, not a single value; edit it by hand`);
  return text.slice(0, node.range[0]) + scalarText(value) + text.slice(node.range[1]);
}

function insertAfterColon(text: string, pair: Pair, insert: string): string {
  const colon = text.indexOf(":", (pair.key as Node).range![1]);
  return text.slice(0, colon + 1) + insert + text.slice(colon + 1);
}

/** Removes `key` and its value (the lines from the key to the value's end). */
export function removeKey(text: string, key: string): string {
  const top = topLevel(text);
  const pair = findPair(top.map, key);
  if (!pair) return text;
  const start = text.lastIndexOf("\n", (pair.key as Node).range![0] - 1) + 1;
  return text.slice(0, start) + text.slice(pairEnd(text, pair));
}

/** Sets `key` to a mapping of scalars written as a block, replacing any value it had. */
export function setFlatMap(text: string, key: string, item: FlatItem, order: readonly string[]): string {
  const removed = removeKey(text, key);
  const top = topLevel(removed);
  const pad = " ".repeat(top.indent);
  const lines = [`${pad}${key}:`, ...item.map(([k, v]) => `${pad}  ${k}: ${scalarText(v)}`)];
  return insertLines(removed, insertionPoint(removed, top, key, order), lines, top.eol);
}

/** Appends a mapping of scalars to the list under `key`, in the list's own layout; creates the list if absent. */
export function appendItem(text: string, key: string, item: FlatItem, order: readonly string[]): string {
  const top = topLevel(text);
  const pair = findPair(top.map, key);
  const seq = pair?.value as Node | null | undefined;
  if (pair && seq && isSeq(seq) && !seq.flow && seq.items.length) return appendToBlock(text, seq.items[seq.items.length - 1] as Node, item, top.eol);
  if (pair && seq && isSeq(seq) && seq.flow && seq.items.length) {
    const close = text.lastIndexOf("]", seq.range![1]);
    return `${text.slice(0, close)}, { ${item.map(([k, v]) => `${k}: ${scalarText(v)}`).join(", ")} }${text.slice(close)}`;
  }
  const dash = " ".repeat(top.indent + sequenceOffset(text));
  const lines = blockItem(`${dash}- `, `${dash}  `, item);
  if (!pair) return insertLines(text, insertionPoint(text, top, key, order), [`${" ".repeat(top.indent)}${key}:`, ...lines], top.eol);
  if (seq && !(isSeq(seq) || (isScalar(seq) && seq.value === null))) throw new EditError(`${key} is not a list; edit it by hand`);
  // `key:`, `key: ~` or `key: []`: the list starts on the next line.
  const colon = text.indexOf(":", (pair.key as Node).range![1]);
  const valueEnd = seq?.range ? seq.range[1] : colon + 1;
  const rest = text.slice(valueEnd);
  // What followed the value on its line (a line break, or a comment) follows the new list.
  const joint = rest === "" || !/^\r?\n/.test(rest) ? top.eol : "";
  return text.slice(0, colon + 1) + top.eol + lines.join(top.eol) + joint + rest;
}

function appendToBlock(text: string, last: Node, item: FlatItem, eol: string): string {
  const contentCol = column(text, last.range![0]);
  const lineStart = last.range![0] - contentCol;
  const dash = text.lastIndexOf("-", last.range![0] - 1);
  // `-` alone on its line with the item below it: write the new item in the usual compact form.
  const dashCol = dash >= lineStart ? dash - lineStart : Math.max(0, contentCol - 2);
  const first = `${" ".repeat(dashCol)}-${" ".repeat(Math.max(1, contentCol - dashCol - 1))}`;
  return insertLines(text, lineEnd(text, last.range![1]), blockItem(first, " ".repeat(Math.max(contentCol, dashCol + 2)), item), eol);
}

function blockItem(first: string, rest: string, item: FlatItem): string[] {
  return item.map(([k, v], i) => `${i === 0 ? first : rest}${k}: ${scalarText(v)}`);
}

/** How far this file indents a list under its key: 0 (`key:\n- a`) or 2 (`key:\n  - a`, yaml's default). */
function sequenceOffset(text: string): number {
  const m = /^( *)[\w$]+:[ \t]*\r?\n( *)- /m.exec(text);
  return m ? Math.max(0, m[2]!.length - m[1]!.length) : 2;
}
