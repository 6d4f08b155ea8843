// lif export: flat tables of the store for spreadsheets. CSV holds one table
// (--kind), or one file per table in a folder; xlsx holds every table and a
// Rollup sheet; JSON is {kind: rows[]}. Every file goes through the atomic write.
import { existsSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { financialYearOf, parseFinancialYear, type FinancialYear } from "../core/dates/financial-year.js";
import { buildExportTables } from "../core/export/build-tables.js";
import { EXPORT_KINDS, isExportKind, type CellValue, type ExportColumn, type ExportKind, type ExportTable } from "../core/export/model.js";
import { computeRollup } from "../core/facts/rollup/compute.js";
import { rollupHeading, rollupSections } from "../core/facts/rollup/tables.js";
import type { RecordStore } from "../core/model/store.js";
import { didYouMean } from "../core/text/nearest.js";
import { EXIT_OK, UsageError } from "../errors.js";
import { openStore } from "../io/open-store.js";
import { writeFileAtomic } from "../io/safe-write.js";
import { workbookBytes, type PlainSheet } from "../io/xlsx.js";
import { csvCell } from "../ui/table.js";
import type { Terminal } from "../ui/terminal.js";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCommandOptions {
  cwd: string;
  store?: string;
  /** undefined: taken from the --out file's extension. */
  format?: ExportFormat;
  kind?: string;
  out?: string;
  asOf: string;
  /** The financial year of the Rollup sheet ("2021/22"); default the year of asOf. */
  year?: string;
  includeInternal: boolean;
}

export async function exportTables(options: ExportCommandOptions, t: Terminal): Promise<number> {
  const format = options.format ?? formatFromOut(options.out);
  const kind = checkKind(options.kind);
  const year = checkYear(options.year, options.asOf);
  const opened = openStore(options.cwd, options.store);
  const tables = buildExportTables(opened.store, { asOf: options.asOf, kinds: kind ? [kind] : undefined, includeInternal: options.includeInternal });
  const out = options.out === undefined ? undefined : resolve(options.cwd, options.out);
  if (format === "json") emit(t, out, options.out, `${JSON.stringify(Object.fromEntries(tables.map((tb) => [tb.kind, tb.rows])), null, 2)}\n`);
  else if (format === "csv") writeCsv(t, tables, kind, out, options.out);
  else {
    if (!out) throw new UsageError("xlsx is a binary file: give --out FILE.xlsx");
    refuseFolder(out, options.out!);
    const extra = kind ? [] : [rollupSheet(opened.store, year, options.asOf)];
    writeOut(out, await workbookBytes(tables, extra, options.asOf));
    t.err(`wrote ${options.out} (${tables.length + extra.length} sheet${tables.length + extra.length === 1 ? "" : "s"}, ${rowCount(tables)} rows)`);
  }
  const invalid = opened.findings.filter((f) => f.severity === "error" && (f.rule === "schema" || f.rule === "yaml" || f.rule === "record-shape")).length;
  if (invalid) t.err(`note: ${invalid} schema or YAML error${invalid === 1 ? "" : "s"} in the store; records that fail the schemas are not exported (run lif validate)`);
  return EXIT_OK;
}

function formatFromOut(out: string | undefined): ExportFormat {
  const ext = out ? extname(out).slice(1).toLowerCase() : "";
  if ((EXPORT_FORMATS as readonly string[]).includes(ext)) return ext as ExportFormat;
  throw new UsageError("--format is required: csv, xlsx or json (or an --out file ending .csv, .xlsx or .json)");
}

function checkKind(kind: string | undefined): ExportKind | undefined {
  if (kind === undefined || isExportKind(kind)) return kind;
  const guess = didYouMean(kind, EXPORT_KINDS);
  throw new UsageError(`--kind ${JSON.stringify(kind)} is not an export table${guess ? `; ${guess}` : ""} (expected one of: ${EXPORT_KINDS.join(", ")})`);
}

function checkYear(year: string | undefined, asOf: string): FinancialYear {
  if (year === undefined) return financialYearOf(asOf);
  const parsed = parseFinancialYear(year);
  if (!parsed) throw new UsageError(`--year ${JSON.stringify(year)} is not a financial year; expected the form 2021/22`);
  return parsed;
}

function emit(t: Terminal, out: string | undefined, shown: string | undefined, text: string): void {
  if (!out) {
    t.out(text);
    return;
  }
  refuseFolder(out, shown ?? out);
  writeOut(out, text);
  t.err(`wrote ${shown ?? out}`);
}

/**
 * The person names the output file, so it may be anywhere (not only inside
 * the store); the write is still atomic and never follows a symbolic link.
 */
function writeOut(abs: string, content: string | Uint8Array): void {
  let dir = dirname(abs);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  writeFileAtomic(dir, abs, content);
}

function refuseFolder(abs: string, shown: string): void {
  if (existsSync(abs) && statSync(abs).isDirectory()) throw new UsageError(`--out ${shown} is a folder; give a file name`);
}

/** CSV holds one table; without --kind, --out must name a folder that gets <kind>.csv per table. */
function writeCsv(t: Terminal, tables: readonly ExportTable[], kind: ExportKind | undefined, out: string | undefined, shown: string | undefined): void {
  if (kind) {
    emit(t, out, shown, csvText(tables[0]!));
    return;
  }
  const isFolder = out !== undefined && ((existsSync(out) && statSync(out).isDirectory()) || /[\\/]$/.test(shown ?? "") || extname(out) === "");
  if (!out || !isFolder) {
    throw new UsageError(`a CSV file holds one table: give --kind (one of: ${EXPORT_KINDS.join(", ")}), or --out FOLDER/ for one file per table`);
  }
  for (const table of tables) writeOut(join(out, `${table.kind}.csv`), csvText(table));
  t.err(`wrote ${tables.length} files to ${shown} (${rowCount(tables)} rows)`);
}

/** RFC 4180: CRLF between records, fields quoted when needed, formula-like text neutralised (csvCell). */
export function csvText(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvCell(c.header)), ...table.rows.map((row) => table.columns.map((c) => csvCell(csvValue(c, row[c.key] ?? null))))];
  return `${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

function csvValue(_column: ExportColumn, value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function rowCount(tables: readonly ExportTable[]): number {
  return tables.reduce((n, tb) => n + tb.rows.length, 0);
}

/** The rollup of the financial year, as the same titled tables `lif rollup` prints. */
function rollupSheet(store: RecordStore, year: FinancialYear, asOf: string): PlainSheet {
  const view = computeRollup(store, { from: year.from, to: year.to, asOf, basis: "financial-year" });
  const rows: PlainSheet["rows"] = [{ cells: [rollupHeading(view)], style: "title" }];
  for (const section of rollupSections(view)) {
    rows.push({ cells: [] }, { cells: [section.title], style: "title" });
    for (const note of section.notes) rows.push({ cells: [note] });
    for (const table of section.tables) {
      rows.push({ cells: [] }, { cells: [table.title], style: "header" }, { cells: table.columns.map((c) => c.header), style: "header" });
      for (const row of table.rows) rows.push({ cells: row });
    }
  }
  return { name: "Rollup", rows };
}
