// Refreshes src/core/facts/bank-holidays-england-wales.ts from the UK
// Government's published list, https://www.gov.uk/bank-holidays.json
// (division "england-and-wales"), which names substitute days and one-off
// holidays itself.
//
// Needs the network, so it is run by hand (lif itself never goes online, and
// the environment lif is developed in has no network: this script has not
// been run there). Usage:
//   node scripts/refresh-bank-holidays.mjs            download and rewrite
//   node scripts/refresh-bank-holidays.mjs file.json  rewrite from a saved copy
// Then run the tests (test/core/working-days.test.ts cross-checks the table
// against the standing rules) and read the diff before committing: a new
// one-off holiday shows there and needs adding to that test's list.
import { readFileSync, writeFileSync } from "node:fs";

const SOURCE = "https://www.gov.uk/bank-holidays.json";
const TARGET = new URL("../src/core/facts/bank-holidays-england-wales.ts", import.meta.url);

const json = process.argv[2] ? JSON.parse(readFileSync(process.argv[2], "utf8")) : await download();
const events = json["england-and-wales"]?.events;
if (!Array.isArray(events) || !events.length) throw new Error(`${SOURCE}: no england-and-wales events in the answer`);

const rows = events
  .map((e) => [String(e.date), String(e.title)])
  .filter(([date]) => /^\d{4}-\d{2}-\d{2}$/.test(date))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const years = rows.map(([d]) => Number(d.slice(0, 4)));
// Only whole years count as covered: the published list starts and ends on year boundaries.
const first = Math.min(...years);
const last = Math.max(...years);

const current = readFileSync(TARGET, "utf8");
const header = current.slice(0, current.indexOf("export const BANK_HOLIDAYS_SOURCE"));
const body = [
  `export const BANK_HOLIDAYS_SOURCE = "${SOURCE} (england-and-wales)";`,
  "",
  "/** The calendar years this table covers in full. Outside them a deadline is flagged, never guessed. */",
  `export const BANK_HOLIDAYS_FIRST_YEAR = ${first};`,
  `export const BANK_HOLIDAYS_LAST_YEAR = ${last};`,
  "",
  "export const BANK_HOLIDAYS_ENGLAND_WALES: ReadonlyArray<readonly [date: string, title: string]> = [",
  ...rows.map(([date, title]) => `  [${JSON.stringify(date)}, ${JSON.stringify(title)}],`),
  "];",
  "",
].join("\n");
writeFileSync(TARGET, header + body);
console.log(`wrote ${rows.length} England and Wales bank holidays, ${first}–${last}, to src/core/facts/bank-holidays-england-wales.ts`);

async function download() {
  const response = await fetch(SOURCE, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${SOURCE}: HTTP ${response.status}`);
  return response.json();
}
