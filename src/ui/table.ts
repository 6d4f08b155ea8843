// One table writer for every listing: aligned text for a terminal, CSV for
// spreadsheets, GitHub-flavoured Markdown. JSON views are built by commands
// from the same rows, so every format shows the same data.
import type { ChalkInstance } from "chalk";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | undefined;
  align?: "left" | "right";
}

export type TableFormat = "text" | "csv" | "markdown";

export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[], format: TableFormat, color?: ChalkInstance): string {
  const cells = rows.map((row) => columns.map((c) => cellText(c.value(row))));
  if (format === "csv") return [columns.map((c) => csvCell(c.header)), ...cells.map((r) => r.map(csvCell))].map((r) => r.join(",")).join("\n");
  if (format === "markdown") {
    // An empty cell is written "| |": a doubled space trips markdownlint.
    const line = (r: string[]) => `|${r.map((c) => (c ? ` ${markdownCell(c)} ` : " ")).join("|")}|`;
    const rule = `| ${columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
    return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join("\n");
  }
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const pad = (text: string, i: number) => (columns[i]!.align === "right" ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const header = columns.map((c, i) => pad(c.header, i)).join("  ").trimEnd();
  return [color ? color.bold(header) : header, ...cells.map((r) => r.map(pad).join("  ").trimEnd())].join("\n");
}

function cellText(value: string | number | undefined): string {
  return value === undefined ? "" : String(value).replace(/\s*\r?\n\s*/g, " ");
}

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run
 * as a formula (=, +, -, @, tab, carriage return): records must not be able
 * to inject one. Plain negative numbers stay numbers.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A pipe or a line break inside a cell would break the table. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
