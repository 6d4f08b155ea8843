// The precise path: `yaml` 2 with the YAML 1.2 core schema, keeping the
// document tree so any JSON pointer can be turned into a line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { pointerKeys } from "../findings.js";

export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem extends Position {
  rule: "yaml-syntax" | "yaml-duplicate-key" | "yaml-alias";
  message: string;
}

/** Expanding more aliases than this is treated as an attack ("billion laughs"). */
const MAX_ALIASES = 100;

export class PreciseDocument {
  readonly problems: YamlProblem[] = [];
  readonly data: unknown;
  private readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();

  constructor(private readonly text: string) {
    this.doc = parseDocument(text, { schema: "core", uniqueKeys: true, lineCounter: this.lines, prettyErrors: false, logLevel: "error" });
    // After the first syntax error the parser's later complaints are mostly
    // echoes of it; every duplicate key is a separate mistake, so all are kept.
    let syntaxReported = false;
    for (const error of this.doc.errors) {
      const duplicate = error.code === "DUPLICATE_KEY";
      if (!duplicate && syntaxReported) continue;
      syntaxReported ||= !duplicate;
      const offset = this.errorOffset(error.code, error.message, error.pos[0]);
      this.problems.push({
        rule: duplicate ? "yaml-duplicate-key" : "yaml-syntax",
        ...this.position(offset),
        message: describeYamlError(error.code, error.message, text.slice(offset)),
      });
    }
    this.problems.sort((a, b) => a.line - b.line || a.column - b.column);
    this.data = this.problems.length ? undefined : this.toData();
  }

  /** An unclosed quote is reported where the text ends; the person needs to see where it opened. */
  private errorOffset(code: string, message: string, offset: number): number {
    const quote = code === "MISSING_CHAR" ? /closing (["'])quote/.exec(message)?.[1] : undefined;
    if (!quote) return Math.min(offset, this.text.length);
    const open = this.text.lastIndexOf(quote, offset - 1);
    return open >= 0 ? open : offset;
  }

  private toData(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const at = this.firstAlias();
      this.problems.push({
        rule: "yaml-alias",
        ...at,
        message: `anchors and aliases expand to too many values (a "billion laughs" pattern that would exhaust memory); write the values out instead of using anchors (&) and aliases (*)`,
      });
      return undefined;
    }
  }

  /**
   * What can still be read from a document with errors, for cross-record
   * rules to know what a broken file was meant to say; never validated.
   */
  partialData(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      return undefined;
    }
  }

  private firstAlias(): Position {
    const match = /(?:^|[\s[{,:-])\*[^\s,\]}]/m.exec(this.text);
    return match ? this.position(match.index + match[0].indexOf("*")) : { line: 1, column: 1 };
  }

  position(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /**
   * Where the value at `pointer` starts, or its key when `at` is "key".
   * A pointer to something absent falls back to the nearest present parent.
   */
  locate(pointer: string, at: "value" | "key" = "value"): Position {
    const parts = pointerKeys(pointer);
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    let best: Position = { line: 1, column: 1 };
    for (const part of parts) {
      const next = child(node, part);
      if (!next) return best;
      node = next.value;
      keyNode = next.key;
      best = this.start(keyNode ?? (node as Node)) ?? best;
    }
    if (at === "key" && keyNode) return this.start(keyNode) ?? best;
    if (isMap(node) || isSeq(node)) return keyNode ? (this.start(keyNode) ?? best) : best;
    return this.start(node as Node) ?? best;
  }

  private start(node: Node | undefined): Position | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.position(offset);
  }
}

function child(node: unknown, part: string): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === part) {
        return { key: item.key as Node, value: item.value ?? item.key };
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(part);
    const item = Number.isInteger(index) ? node.items[index] : undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}

function describeYamlError(code: string, message: string, rest: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
  switch (code) {
    case "DUPLICATE_KEY": {
      const key = /^["']?([^"':\n]+)/.exec(rest)?.[1]?.trim();
      return `key ${key ? `"${key}" ` : ""}appears twice in the same mapping; keep one (the second would silently replace the first)`;
    }
    case "MULTIPLE_DOCS":
      return "file holds more than one YAML document (a line \"---\" starts another); keep one record per file";
    case "TAB_AS_INDENT":
      return "a tab is used for indentation; YAML indents with spaces";
    case "MISSING_CHAR":
      if (/closing (["'])quote/.test(first)) {
        const quote = /closing (["'])quote/.exec(first)![1];
        return `this quoted value has no closing ${quote}; add one where the value ends, or remove the opening ${quote}`;
      }
      if (/followed by map values/.test(first)) return "this line is not a \"key: value\" pair; add a colon after the key, or indent it under the key it belongs to";
      return `YAML syntax: ${first}`;
    case "BLOCK_AS_IMPLICIT_KEY":
      return "a value cannot hold another \"key: value\" on the same line; put the inner key on its own indented line, or quote the value if the colon is part of the text";
    case "MULTILINE_IMPLICIT_KEY":
      return "a key must fit on one line and be followed by a colon (key: value); check this line's indentation and colon";
    case "BAD_SCALAR_START":
      return `a value cannot start with this character; put the value in quotes (${first})`;
    case "BAD_INDENT":
      return `indentation is wrong here: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
    case "UNEXPECTED_TOKEN":
      return `YAML syntax: unexpected text here; check this line's indentation against the line above (${first})`;
    default:
      return `YAML syntax: ${first}`;
  }
}
