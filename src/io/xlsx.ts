// Export tables to an xlsx workbook with exceljs (never hand-written XML):
// dates as real Excel dates, numbers as numbers, and text a spreadsheet
// could take for a formula kept as text. The bytes are repeatable: the
// workbook's dates and the zip entries' times are fixed to the as-of day.
import ExcelJS from "exceljs";
import type { CellValue, ExportColumn, ExportTable } from "../core/export/model.js";

export const DATE_FORMAT = "dd/mm/yyyy";
const MAX_WIDTH = 60;

/** A sheet of plain rows (the rollup): each row a title, a header or figures. */
export interface PlainSheet {
  name: string;
  rows: Array<{ cells: Array<string | number>; style?: "title" | "header" }>;
}

/** True for text that a spreadsheet would run as a formula if typed in: = + - @ (and tab, CR). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

export async function workbookBytes(tables: readonly ExportTable[], extra: readonly PlainSheet[], asOf: string): Promise<Buffer> {
  const stamp = utcDate(asOf);
  const wb = new ExcelJS.Workbook();
  wb.creator = "lif";
  wb.lastModifiedBy = "lif";
  wb.created = stamp;
  wb.modified = stamp;
  for (const table of tables) addTable(wb, table);
  for (const sheet of extra) addPlain(wb, sheet);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return fixZipTimes(bytes, asOf);
}

function addTable(wb: ExcelJS.Workbook, table: ExportTable): void {
  const ws = wb.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  table.rows.forEach((row, r) => {
    table.columns.forEach((column, c) => setCell(ws.getCell(r + 2, c + 1), column, row[column.key] ?? null));
  });
  table.columns.forEach((column, c) => {
    const longest = Math.max(column.header.length, ...table.rows.map((row) => cellWidth(column, row[column.key] ?? null)));
    ws.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(8, longest + 2));
  });
  if (table.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

function setCell(cell: ExcelJS.Cell, column: ExportColumn, value: CellValue): void {
  if (value === null) return;
  if (column.type === "date" && typeof value === "string") {
    cell.value = utcDate(value);
    cell.numFmt = DATE_FORMAT;
  } else if (typeof value === "string") {
    cell.value = value;
    // A string cell is never evaluated; the text format keeps it text even if someone edits the cell.
    if (looksLikeFormula(value)) cell.numFmt = "@";
  } else cell.value = value;
}

function cellWidth(column: ExportColumn, value: CellValue): number {
  if (value === null) return 0;
  return column.type === "date" ? DATE_FORMAT.length : String(value).length;
}

function addPlain(wb: ExcelJS.Workbook, sheet: PlainSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.rows) {
    const added = ws.addRow(row.cells);
    added.eachCell((cell) => {
      if (typeof cell.value === "string" && looksLikeFormula(cell.value)) cell.numFmt = "@";
    });
    if (row.style) added.font = { bold: true, size: row.style === "title" ? 13 : 11 };
  }
  ws.getColumn(1).width = MAX_WIDTH;
  for (let c = 2; c <= 6; c++) ws.getColumn(c).width = 16;
}

/** YYYY-MM-DD as midnight UTC: exceljs turns it into the same Excel day in any time zone. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Every zip entry's modification time (local header and central directory)
 * set to the as-of day: jszip stamps entries with the clock, which would make
 * two exports of the same records differ.
 */
export function fixZipTimes(zip: Buffer, asOf: string): Buffer {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("exceljs produced no zip central directory");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("unexpected zip central directory entry");
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(0, local + 10);
      zip.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
