// The precise path: `yaml` 2 with the YAML 1.2 core schema, keeping the
// document tree so any JSON pointer can be turned into a line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

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
    this.doc = parseDocument(text, { schema: "core", uniqueKeys: true, lineCounter: this.lines, prettyErrors: false });
    for (const error of this.doc.errors) {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      this.problems.push({
        rule: error.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
        line: pos.line,
        column: pos.col,
        message: describeYamlError(error.code, error.message),
      });
    }
    this.data = this.problems.length ? undefined : this.toData();
  }

  private toData(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const at = this.firstAlias();
      this.problems.push({
        rule: "yaml-alias",
        ...at,
        message: `aliases expand too far (${(error as Error).message.replace(/\.$/, "")}); write the values out instead of using anchors and aliases`,
      });
      return undefined;
    }
  }

  private firstAlias(): Position {
    const match = /(?:^|[\s[{,:-])\*[^\s,\]}]/m.exec(this.text);
    return match ? this.position(match.index) : { line: 1, column: 1 };
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
    const parts = pointer ? pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
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

function describeYamlError(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return "key appears twice in the same mapping; keep one (the second would silently replace the first)";
    case "MULTIPLE_DOCS":
      return "file holds more than one YAML document; keep one record per file";
    case "TAB_AS_INDENT":
      return "a tab is used for indentation; YAML indents with spaces";
    default:
      return `YAML syntax: ${first}`;
  }
}
