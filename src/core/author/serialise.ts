// A record as a person would have written it: a comment saying what it is,
// the schema modeline so the editor checks it while typing, keys in schema
// order, a blank line before each section, dates as plain YYYY-MM-DD, and
// the comments of an answers file carried over to the same fields.
import { Document, isMap, isPair, isScalar, isSeq, type Node, type ParsedNode } from "yaml";
import { kindInfo } from "../model/kinds.js";
import type { Answers } from "./types.js";

/** The modeline path from a record file to the store's schemas/ folder, e.g. ../../schemas/action.schema.json. */
export function schemaModeline(file: string, kind: string): string {
  const depth = file.split("/").length - 1;
  const schema = kindInfo(kind)?.schema ?? `${kind}.schema.json`;
  return `yaml-language-server: $schema=${"../".repeat(depth)}schemas/${schema}`;
}

export interface SerialiseOptions {
  file: string;
  kind: string;
  /** Lines of the header comment, after the modeline. */
  header: string[];
  /** The answers file, parsed, whose comments are carried over. */
  commentsFrom?: Document.Parsed;
  /** Comments to put above top-level keys. */
  keyComments?: Record<string, string>;
}

export function serialiseRecord(record: Answers, options: SerialiseOptions): string {
  const doc = new Document(record, { version: "1.2" });
  const header = [schemaModeline(options.file, options.kind), ...options.header];
  // An answers file that is itself a record brings its own header: keep only what lif did not write.
  const ours = new Set(header.map((l) => l.trim()));
  // A comment above the answers file's first key describes the whole file: it joins the header.
  const from = options.commentsFrom;
  const firstKey = from && isMap(from.contents) && isPair(from.contents.items[0]) && isScalar(from.contents.items[0].key) ? from.contents.items[0].key : undefined;
  const top = [from?.commentBefore, from?.contents?.commentBefore, firstKey?.commentBefore].filter(Boolean).join("\n");
  if (firstKey) firstKey.commentBefore = undefined;
  const carried = top ? top.split("\n").filter((l) => !/yaml-language-server:/.test(l) && !ours.has(l.trim())) : [];
  doc.commentBefore = [...header.map((l) => ` ${l}`), ...carried].join("\n");
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      if (!isScalar(pair.key)) return;
      // A blank line around each section (a mapping or a list), as people space them.
      const previous = doc.contents && isMap(doc.contents) ? doc.contents.items[i - 1]?.value : undefined;
      if (i > 0 && (isMap(pair.value) || isSeq(pair.value) || isMap(previous) || isSeq(previous))) pair.key.spaceBefore = true;
      const note = options.keyComments?.[String(pair.key.value)];
      if (note) pair.key.commentBefore = note.split("\n").map((l) => ` ${l}`).join("\n");
    });
    if (options.commentsFrom?.contents) copyComments(options.commentsFrom.contents, doc.contents);
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** Copies comments between nodes at the same paths (keys matched by name, list entries by position). */
function copyComments(from: ParsedNode | Node, to: Node): void {
  if (isMap(from) && isMap(to)) {
    for (const item of from.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const target = to.items.find((p) => isScalar(p.key) && p.key.value === (item.key as { value: unknown }).value);
      if (!target || !isScalar(target.key)) continue;
      if (item.key.commentBefore) target.key.commentBefore = item.key.commentBefore;
      const value = item.value as Node | null;
      const targetValue = target.value as Node | null;
      if (value && targetValue) {
        if (value.commentBefore && !targetValue.commentBefore) targetValue.commentBefore = value.commentBefore;
        if (value.comment) targetValue.comment = value.comment;
        copyComments(value, targetValue);
      }
    }
  } else if (isSeq(from) && isSeq(to)) {
    from.items.forEach((item, i) => {
      const target = to.items[i] as Node | undefined;
      if (!item || !target) return;
      const node = item as Node;
      if (node.commentBefore) target.commentBefore = node.commentBefore;
      if (node.comment) target.comment = node.comment;
      copyComments(node, target);
    });
  }
}
