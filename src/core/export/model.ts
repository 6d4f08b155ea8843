// Flat tables of the records for spreadsheets: one row per thing a person
// counts (an action, an S11 rating, an audited case, a review). Column order
// is part of the contract: add columns at the end of a table, never reorder.

export type ColumnType = "text" | "date" | "number" | "boolean";
export type CellValue = string | number | boolean | null;
export type RawValue = string | number | boolean | undefined;

export interface ColumnDef<T> {
  key: string;
  header: string;
  type: ColumnType;
  /** A field the schemas mark internal (x-lif-audience): only with --include-internal. */
  internal?: boolean;
  get(item: T): RawValue;
}

export interface ExportColumn {
  key: string;
  header: string;
  type: ColumnType;
}

export interface ExportTable {
  kind: ExportKind;
  /** Worksheet name (at most 31 characters). */
  sheet: string;
  columns: ExportColumn[];
  /** Keyed by column key; dates as YYYY-MM-DD text, missing values null. */
  rows: Array<Record<string, CellValue>>;
}

export const EXPORT_KINDS = [
  "rapid-reviews", "practice-reviews", "audits", "audit-cases", "s11-cycles", "s11-ratings", "six-steps", "actions",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(text: string): text is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(text);
}

export function buildTable<T>(kind: ExportKind, sheet: string, defs: readonly ColumnDef<T>[], items: readonly T[], includeInternal: boolean): ExportTable {
  const shown = defs.filter((d) => includeInternal || !d.internal);
  return {
    kind,
    sheet,
    columns: shown.map(({ key, header, type }) => ({ key, header, type })),
    rows: items.map((item) => Object.fromEntries(shown.map((d) => [d.key, normalise(d.get(item))]))),
  };
}

function normalise(value: RawValue): CellValue {
  if (value === undefined) return null;
  if (typeof value === "string" && value === "") return null;
  return value;
}

export const text = <T>(key: string, header: string, get: (item: T) => RawValue): ColumnDef<T> => ({ key, header, type: "text", get });
export const date = <T>(key: string, header: string, get: (item: T) => string | undefined): ColumnDef<T> => ({ key, header, type: "date", get });
export const num = <T>(key: string, header: string, get: (item: T) => number | undefined): ColumnDef<T> => ({ key, header, type: "number", get });
export const bool = <T>(key: string, header: string, get: (item: T) => boolean | undefined): ColumnDef<T> => ({ key, header, type: "boolean", get });
export const internal = <T>(def: ColumnDef<T>): ColumnDef<T> => ({ ...def, internal: true });
