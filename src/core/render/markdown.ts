// Markdown safety: every piece of record text reaches the output through
// `escapeMarkdown`. Text is escaped for Markdown (backslash escapes), never
// for HTML: no `&amp;`, and `<script>` shows as text because `\<` is a
// literal `<` to every CommonMark renderer. Record text is data, never a
// template: `{{` in a record is printed as it stands.

const URL = /\bhttps?:\/\/[^\s<>"'`|\\]+[^\s<>"'`|\\.,;:!?)\]]/g;

/**
 * Escapes one piece of record text for use inside a line of Markdown: a
 * paragraph, a list item, a heading or a table cell. Line breaks become
 * spaces (a line starting `#`, `-`, `>` or `1.` could otherwise start a new
 * block), punctuation that Markdown reads as syntax is backslash-escaped,
 * and web addresses become autolinks.
 */
export function escapeMarkdown(text: string): string {
  return PLAIN.test(text) && !text.includes("://") ? text : escapeMarkdownFully(text);
}

// Text with nothing to escape, as most record text is: words with one space
// between, no Markdown punctuation, no control character or line break, no
// entity, not starting like a block. A report escapes thousands of cells.
const PLAIN = /^(?![#+\-=:]|\d{1,9}[.)])[^\s\\`*_[\]<>|~&\u0000-\u001f\u007f]+(?: [^\s\\`*_[\]<>|~&\u0000-\u001f\u007f]+)*$/;

/** `escapeMarkdown` without its shortcut for plain text: a test holds that the two agree. */
export function escapeMarkdownFully(text: string): string {
  const flat = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
  let out = "";
  let last = 0;
  for (const m of flat.matchAll(URL)) {
    out += escapeInline(flat.slice(last, m.index));
    out += `<${m[0]}>`;
    last = m.index + m[0].length;
  }
  out += escapeInline(flat.slice(last));
  return escapeLineStart(out);
}

function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    // An entity (&amp; &#60;) would be decoded by the renderer; keep it literal.
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    // Two spaces before a line end would be a hard break; none survive here anyway.
    .replace(/ {2,}/g, " ");
}

/** What Markdown reads as the start of a block when it begins a line. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^([#+\-=:])/, "\\$1")
    .replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** A table cell: the same escaping; an empty cell stays empty. */
export function tableCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return escapeMarkdown(String(value));
}

export interface TableColumn {
  header: string;
  align?: "left" | "right";
}

/**
 * A GitHub-flavoured Markdown table. Cells are escaped unless marked as
 * already Markdown (`{ markdown: "..." }`, for cells built by helpers).
 */
export function markdownTable(columns: readonly TableColumn[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const cell = (v: unknown) => (isMarkdown(v) ? v.markdown : tableCell(v));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const rule = line(columns.map((c) => (c.align === "right" ? "---:" : "---")));
  return [line(columns.map((c) => escapeMarkdown(c.header))), rule, ...rows.map((r) => line(columns.map((_, i) => cell(r[i]))))].join("\n");
}

export interface MarkdownCell {
  markdown: string;
}

function isMarkdown(v: unknown): v is MarkdownCell {
  return typeof v === "object" && v !== null && typeof (v as MarkdownCell).markdown === "string";
}

/**
 * A label inside a Mermaid block. Backslash escapes do not work inside a
 * code fence, so anything Mermaid reads as syntax (quotes, braces, colons,
 * `%%` comments, `#` entity codes) is dropped or replaced.
 */
export function mermaidLabel(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/["`{}[\]<>;#%|:\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim() || "-";
}

/**
 * Tidies the whole rendered document: no trailing spaces, no run of blank
 * lines (markdownlint MD009, MD012), one newline at the end (MD047). Inside
 * fenced blocks only trailing spaces are touched.
 */
export function tidyMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map(withoutTrailingBlanks);
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return `${out.join("\n")}\n`;
}

/** `line` without the spaces and tabs it ends in (a regular expression for this tried a match at every space of a line). */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  for (let c = line.charCodeAt(end - 1); c === 32 || c === 9; c = line.charCodeAt(end - 1)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Words as a reader counts them: runs of letters or digits. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<https?:[^>]*>/g, " link ");
  return (prose.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
