// The diff as a pull-request comment (GitHub-flavoured Markdown) and as a
// terminal view. A hidden marker lets a CI job find and update its own comment.
import type { DiffView } from "./model.js";
import { diffSections, summaryLine, type Cell, type Tone } from "./sections.js";

export const COMMENT_MARKER = "<!-- lif-diff -->";

export function renderDiffMarkdown(view: DiffView): string {
  const lines = [COMMENT_MARKER, `## Records: ${mdText(view.base)} → ${mdText(view.head)}`, "", `As of ${view.asOf}: ${mdText(summaryLine(view))}.`];
  const sections = diffSections(view);
  if (!sections.length) lines.push("", "No record changed.");
  for (const s of sections) {
    lines.push("", `### ${mdText(s.title)} (${s.rows.length})`, "", `| ${s.headers.map(mdText).join(" | ")} |`, `| ${s.headers.map(() => "---").join(" | ")} |`);
    for (const row of s.rows) lines.push(`| ${row.map(mdCell).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}

function mdCell(cell: Cell): string {
  if (cell.code && /^[^`\r\n|]+$/.test(cell.text)) return `\`${cell.text}\``;
  const text = mdText(cell.text);
  return cell.tone === "bad" ? `**${text}**` : text;
}

/** Markdown punctuation and HTML escaped, line breaks flattened: record text cannot change the comment's layout. */
export function mdText(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/[\\`*_[\]<>#|&]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : `\\${ch}`))
    .replace(/~~/g, "\\~\\~");
}

export interface Painter {
  bold(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

const TONE: Record<Tone, keyof Painter | undefined> = { bad: "red", good: "green", warn: "yellow", plain: undefined };

/** Aligned columns for a terminal; colour only through the painter the command passes. */
export function renderDiffText(view: DiffView, paint: Painter): string {
  const lines = [paint.bold(`Records: ${view.base} → ${view.head}`), `As of ${view.asOf}: ${summaryLine(view)}.`];
  const sections = diffSections(view);
  if (!sections.length) lines.push("", "No record changed.");
  for (const s of sections) {
    const texts = s.rows.map((row) => row.map((cell) => flat(cell.text)));
    const widths = s.headers.map((h, i) => Math.max(h.length, ...texts.map((r) => r[i]!.length)));
    const line = (cells: string[], tones?: Cell[]) =>
      cells.map((t, i) => {
        const padded = i === cells.length - 1 ? t : t.padEnd(widths[i]!);
        const tone = tones?.[i]?.tone;
        const method = tone ? TONE[tone] : undefined;
        return method ? paint[method](padded) : padded;
      }).join("  ").trimEnd();
    lines.push("", paint.bold(`${s.title} (${s.rows.length})`), paint.dim(line(s.headers)));
    s.rows.forEach((row, i) => lines.push(line(texts[i]!, row)));
  }
  return `${lines.join("\n")}\n`;
}

function flat(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ");
}
