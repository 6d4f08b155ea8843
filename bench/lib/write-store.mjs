// Writes a generated store to disk. A folder is only ever overwritten when a
// marker file says this generator made it, so a real store is never touched.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRecords, GENERATOR_VERSION, plantFaults } from "./store-generator.mjs";

export const MARKER = ".lif-bench-store.json";
const PARTNERSHIP = fileURLToPath(new URL("../../records/partnership.yaml", import.meta.url));

/** What a folder holds, if the generator made it; undefined otherwise. */
export function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Writes `records` records (plus partnership.yaml) under `out`.
 * layout "store": records/<folder>/<id>.yaml, a lif store.
 * layout "by-schema": <schema>/<id>.yaml, one folder per schema (for ajv-cli).
 */
export function writeStore({ out, records, seed = 1, faults = 0, quoteDates = false, layout = "store" }) {
  const settings = { version: GENERATOR_VERSION, records, seed: String(seed), faults, quoteDates, layout };
  const all = generateRecords({ records, seed, quoteDates });
  const planted = faults > 0 ? plantFaults(all, faults, seed) : [];
  prepare(out);
  const base = layout === "store" ? join(out, "records") : out;
  const made = new Set();
  let bytes = 0;
  for (const rec of all) {
    const dir = join(base, layout === "store" ? rec.folder : rec.schema);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(dir, `${rec.id}.yaml`), rec.text);
    bytes += Buffer.byteLength(rec.text);
  }
  mkdirSync(base, { recursive: true });
  const partnership = readFileSync(PARTNERSHIP, "utf8");
  const partnershipFile = layout === "store" ? join(base, "partnership.yaml") : join(base, "partnership", "partnership.yaml");
  mkdirSync(join(partnershipFile, ".."), { recursive: true });
  writeFileSync(partnershipFile, quoteDates ? partnership.replace(/(: |- )(\d{4}-\d\d-\d\d)$/gm, '$1"$2"') : partnership);
  const fileOf = (rec) => (layout === "store" ? `records/${rec.folder}/${rec.id}.yaml` : `${rec.schema}/${rec.id}.yaml`);
  const faultList = planted.map(({ index, kind }) => ({ file: fileOf(all[index]), kind }));
  if (faults > 0) writeFileSync(join(out, "faults.json"), JSON.stringify(faultList, null, 2) + "\n");
  const counts = {};
  for (const rec of all) counts[rec.kind] = (counts[rec.kind] ?? 0) + 1;
  writeFileSync(join(out, MARKER), JSON.stringify({ ...settings, bytes, counts }, null, 2) + "\n");
  return { records: all.length, bytes, counts, faults: faultList };
}

function prepare(out) {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!readMarker(out)) throw new Error(`${out} is not empty and was not made by the generator; choose a new or empty folder`);
    for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}
