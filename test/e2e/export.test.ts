// lif export read back as a user's spreadsheet would read it: every value of
// every record arrives (xlsx via exceljs, the library that wrote it), text
// that looks like a formula stays text, and CSV survives commas, quotes and
// line breaks.
import ExcelJS from "exceljs";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LifRecord } from "../../src/core/model/records.js";
import type { RecordStore } from "../../src/core/model/store.js";
import { openStore } from "../../src/io/open-store.js";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/diff-base");
const AS_OF = "2022-06-30";

type Cell = string | number | boolean | Date;
type Row = Map<string, Cell>;

async function readWorkbook(file: string): Promise<{ wb: ExcelJS.Workbook; rows: Map<string, Row[]> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows = new Map<string, Row[]>();
  wb.eachSheet((ws) => {
    if (ws.name === "Rollup") return;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cells: Row = new Map();
      row.eachCell((cell, col) => cells.set(headers[col]!, cell.value as Cell));
      const file = String(cells.get("File"));
      rows.set(file, [...(rows.get(file) ?? []), cells]);
    });
  });
  return { wb, rows };
}

/** Every label the partnership gives an id: exports show agencies, themes and grades by name. */
function labelsOf(store: RecordStore): Map<string, string[]> {
  const p = store.partnership!.record;
  const labels = new Map<string, string[]>();
  const add = (id: string, label: string) => labels.set(id, [...(labels.get(id) ?? []), label]);
  for (const a of p.agencies) add(a.id, a.name);
  add("partnership", p.shortName ?? "Partnership");
  for (const g of p.groups) add(g.id, g.name);
  for (const pr of p.priorities ?? []) add(pr.id, pr.title);
  for (const list of [p.vocabularies.learningThemes, p.vocabularies.abuseTypes, p.vocabularies.ageBands, p.vocabularies.roles ?? []]) for (const t of list) add(t.id, t.label);
  for (const scale of p.vocabularies.auditGradeScales) {
    add(scale.id, scale.label);
    for (const g of scale.grades) add(g.id, g.label);
  }
  return labels;
}

/** Every leaf of a record with the key it sits under; kind and privacy-review metadata are not table data. */
function leaves(value: unknown, key = ""): Array<{ key: string; value: string | number | boolean }> {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, key));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "kind" || k === "privacyReviewed" || k === "$schema" ? [] : leaves(v, k)));
  }
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? [{ key, value }] : [];
}

function cellText(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
}

function found(leaf: { key: string; value: string | number | boolean }, rows: Row[], labels: Map<string, string[]>): boolean {
  const cells = rows.flatMap((r) => [...r.values()]);
  const { value } = leaf;
  if (typeof value === "boolean") return cells.some((c) => c === value) || leaf.key === "publishable";
  if (typeof value === "number") return cells.some((c) => c === value || (typeof c === "string" && c.includes(String(value))));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return cells.some((c) => (c instanceof Date ? cellText(c) === value : typeof c === "string" && c.includes(value)));
  const forms = [value, ...(labels.get(value) ?? [])];
  return cells.some((c) => typeof c === "string" && forms.some((f) => c.includes(f)));
}

async function expectEveryValue(storeRoot: string): Promise<number> {
  const out = join(testdir({}), "all.xlsx");
  const result = runLif(["export", "--format", "xlsx", "--out", out, "--as-of", AS_OF, "--include-internal", "--store", storeRoot]);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.status).toBe(0);
  const { rows } = await readWorkbook(out);
  const { store } = openStore(storeRoot);
  const labels = labelsOf(store);
  const missing: string[] = [];
  let checked = 0;
  for (const { file, record } of store.records) {
    if (record.kind === "partnership") continue;
    const recordRows = rows.get(file) ?? [];
    if (hasRows(record)) expect(recordRows.length, file).toBeGreaterThan(0);
    for (const leaf of leaves(record)) {
      checked++;
      if (!found(leaf, recordRows, labels)) missing.push(`${file}: ${leaf.key} = ${JSON.stringify(leaf.value)}`);
    }
  }
  expect(missing).toEqual([]);
  return checked;
}

/** A return with no ratings or a six-steps record with no items has no row to carry its values. */
function hasRows(record: LifRecord): boolean {
  if (record.kind === "s11-return") return record.ratings.length > 0;
  return true;
}

describe("lif export --format xlsx", () => {
  it("reads back every value of the bundled store", async () => {
    const { store } = openStore(PROJECT_ROOT);
    const checked = await expectEveryValue(PROJECT_ROOT);
    // Each record contributes at least its id.
    expect(checked).toBeGreaterThanOrEqual(store.records.length - 1);
  });

  it("reads back every value of a store with every record kind and every list", async () => {
    expect(await expectEveryValue(FIXTURE)).toBeGreaterThan(150);
  });

  it("writes dates as real dates, numbers as numbers, and one sheet per table plus the rollup", async () => {
    const out = join(testdir({}), "x.xlsx");
    expect(runLif(["export", "--out", out, "--as-of", AS_OF, "--year", "2021/22"], { cwd: FIXTURE }).status).toBe(0);
    const { wb } = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rapid reviews", "Practice reviews", "Audits", "Audited cases", "S11 cycles", "S11 ratings", "Six steps", "Actions", "Rollup"]);
    const actions = wb.getWorksheet("Actions")!;
    const headers = (actions.getRow(1).values as unknown[]).map(String);
    const row = [...Array(actions.rowCount).keys()].map((i) => actions.getRow(i + 1)).find((r) => r.getCell(1).value === "act-board-02")!;
    const due = row.getCell(headers.indexOf("Due"));
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect((due.value as Date).toISOString()).toBe("2022-08-31T00:00:00.000Z");
    expect(due.numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(headers.indexOf("Times due date moved")).value).toBe(0);
    const rollup = wb.getWorksheet("Rollup")!;
    expect(String(rollup.getCell(1, 1).value)).toContain("2021/22");
  });

  it("gives the same bytes twice for the same records and date, in any time zone", () => {
    const dir = testdir({});
    const zones: Array<[string, string]> = [["a.xlsx", "Pacific/Kiritimati"], ["b.xlsx", "America/Adak"]];
    for (const [name, TZ] of zones) expect(runLif(["export", "--out", join(dir, name), "--as-of", AS_OF], { cwd: FIXTURE, env: { TZ } }).status).toBe(0);
    expect(readFileSync(join(dir, "a.xlsx")).equals(readFileSync(join(dir, "b.xlsx")))).toBe(true);
  });
});

describe("text a spreadsheet could run", () => {
  const INJECTED = '=HYPERLINK("http://x","y")';
  const store = () => {
    const files = Object.fromEntries(readdirSync(join(FIXTURE, "records"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(FIXTURE.length + 1), readFileSync(join(e.parentPath, e.name), "utf8")]));
    files["records/actions/act-board-02.yaml"] = files["records/actions/act-board-02.yaml"]!
      .replace("description: Agree the multi-agency neglect strategy.", `description: '${INJECTED}'`)
      .replace("owner: Head of Service", "owner: '@SUM(A1)'");
    files["records/actions/act-board-01.yaml"] = files["records/actions/act-board-01.yaml"]!
      .replace("description: Publish the partnership's escalation policy on the website.", 'description: "Say \\"hello\\", then\\nwait, please; and, again"');
    return testdir(files);
  };

  it("arrives in xlsx as text, not a formula", async () => {
    const root = store();
    const out = join(root, "x.xlsx");
    expect(runLif(["export", "--out", out, "--as-of", AS_OF], { cwd: root }).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Actions")!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const injected = cells.find((c) => c.value === INJECTED);
    expect(injected?.type).toBe(ExcelJS.ValueType.String);
    expect(injected?.formula).toBeUndefined();
    expect(injected?.numFmt).toBe("@");
    expect(cells.find((c) => c.value === "@SUM(A1)")?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it("is neutralised in CSV, and commas, quotes and line breaks round-trip", () => {
    const root = store();
    const result = runLif(["export", "--format", "csv", "--kind", "actions", "--as-of", AS_OF], { cwd: root });
    expect(result.status).toBe(0);
    const table = parseCsv(result.stdout);
    const header = table[0]!;
    const row = (id: string) => table.find((r) => r[0] === id)!;
    const col = (name: string) => header.indexOf(name);
    expect(row("act-board-02")[col("Action")]).toBe(`'${INJECTED}`);
    expect(row("act-board-02")[col("Owner")]).toBe("'@SUM(A1)");
    expect(row("act-board-01")[col("Action")]).toBe('Say "hello", then\nwait, please; and, again');
    expect(result.stdout).toContain("\r\n");
    expect(table.every((r) => r.length === header.length)).toBe(true);
  });
});

describe("lif export usage", () => {
  it("writes one CSV file per table into a folder, and JSON as {kind: rows}", () => {
    const dir = testdir({});
    const csv = runLif(["export", "--format", "csv", "--out", `${dir}/tables/`, "--as-of", AS_OF], { cwd: FIXTURE });
    expect(csv.status).toBe(0);
    expect(readdirSync(join(dir, "tables")).sort()).toEqual(["actions.csv", "audit-cases.csv", "audits.csv", "practice-reviews.csv", "rapid-reviews.csv", "s11-cycles.csv", "s11-ratings.csv", "six-steps.csv"]);
    const json = runLif(["export", "--format", "json", "--kind", "audit-cases", "--as-of", AS_OF], { cwd: FIXTURE });
    const cases = (JSON.parse(json.stdout) as { "audit-cases": Array<Record<string, unknown>> })["audit-cases"];
    expect(cases.map((c) => [c.case, c.grade])).toEqual([["case-1", "Good"], ["case-2", "Requires improvement"]]);
    expect(Object.keys(cases[0]!)).not.toContain("summary");
  });

  it("refuses what it cannot do, with exit 2 and a reason", () => {
    const cases: Array<[string[], RegExp]> = [
      [["export", "--format", "csv"], /a CSV file holds one table: give --kind/],
      [["export", "--format", "csv", "--kind", "action"], /did you mean "actions"\?/],
      [["export", "--format", "xlsx"], /give --out FILE\.xlsx/],
      [["export"], /--format is required/],
      [["export", "--out", "x.xlsx", "--year", "2021"], /--year "2021" is not a financial year/],
    ];
    for (const [args, message] of cases) {
      const result = runLif(args, { cwd: FIXTURE });
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
  });
});

/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
