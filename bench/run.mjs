// npm run bench [-- --quick] [--runs N] [--seed S] [--dir DIR] [--no-write] [--no-build]
// Measures lif as whole processes against the IO floor, ajv-cli and node's
// own start-up, on generated stores of 1k, 10k and 100k records; prints a
// table, writes bench/results.json and the results table of bench/README.md.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { GENERATOR_VERSION } from "./lib/store-generator.mjs";
import { measureTogether, rssMethod } from "./lib/measure.mjs";
import { readMarker, writeStore } from "./lib/write-store.mjs";
import { formatTable, readmeWithResults, targetsOf } from "./lib/report.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LIF = join(ROOT, "bin", "lif");
const AJV_CLI = join(ROOT, "node_modules", "ajv-cli", "dist", "index.js");
const AJV_PLUGIN = join(ROOT, "bench", "lib", "ajv-cli-formats.cjs");
const IO_FLOOR = join(ROOT, "bench", "io-floor.mjs");
// Fixed dates, so rollup and render compute the same figures on every run.
const AS_OF = "2024-03-31";
const REPORT_YEAR = "2021/22";
// One run longer than this is stopped: the benchmark must end in minutes.
const LIMIT_MS = 120_000;

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      seed: { type: "string", default: "1" },
      dir: { type: "string", default: join(tmpdir(), "lif-bench") },
      "no-write": { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
    },
  }));
  if (opts.runs !== undefined && !/^[1-9]\d*$/.test(opts.runs)) throw new Error(`--runs expects a whole number of at least 1, got ${JSON.stringify(opts.runs)}`);
} catch (error) {
  process.stderr.write(`bench: ${error.message}\nusage: npm run bench [-- --quick] [--runs N] [--seed S] [--dir DIR] [--no-write] [--no-build]\n`);
  process.exit(2);
}
const sizes = opts.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const runsFor = (size) => (opts.runs ? Number(opts.runs) : size >= 100_000 ? 3 : 5);

const log = (text) => process.stderr.write(`${text}\n`);
const started = process.hrtime.bigint();
const elapsed = () => `${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s`;

// Measure what the sources say now, not an older build.
if (!opts["no-build"]) {
  const built = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
  if (built.status !== 0) {
    log("bench: the build failed");
    process.exit(2);
  }
}
if (!existsSync(join(ROOT, "dist", "cli.js"))) {
  log("bench: dist/cli.js is missing; run npm run build first");
  process.exit(2);
}

/** A generated store (or ajv-cli copy) in the work folder, reused when its marker matches. */
function store(size, kind) {
  const dir = join(opts.dir, `${kind}-${size}-seed-${opts.seed}`);
  const settings = kind === "store" ? { quoteDates: false, layout: "store" } : { quoteDates: true, layout: "by-schema" };
  const marker = readMarker(dir);
  const same = marker && marker.version === GENERATOR_VERSION && marker.records === size && marker.seed === opts.seed && marker.faults === 0 &&
    marker.layout === settings.layout && marker.quoteDates === settings.quoteDates;
  if (!same) {
    log(`  generating ${size} records (${kind}) in ${dir}`);
    writeStore({ out: dir, records: size, seed: opts.seed, faults: 0, ...settings });
  }
  return dir;
}

const lif = (...args) => [LIF, ...args];
const results = { rows: [] };
const add = (row) => {
  results.rows.push(row);
  const time = row.timedOut ? `timed out (${row.timedOut})` : `${row.medianMs.toFixed(0)} ms`;
  log(`  ${row.name}${row.records ? ` @ ${row.records}` : ""}: ${time}${row.peakRssMiB ? `, ${row.peakRssMiB.toFixed(0)} MiB` : ""}${row.failure ? ` (FAILED: ${row.failure})` : ""}`);
};
/** Rows compared with each other, measured in turns (see measureTogether). */
const runTogether = async (records, rows, runs) => {
  const measured = await measureTogether(rows, { runs, limitMs: LIMIT_MS });
  rows.forEach((row, i) => add({ name: row.name, records, ...measured[i] }));
};

log(`bench: sizes ${sizes.join(", ")}; work folder ${opts.dir}; peak RSS by ${rssMethod}`);

await runTogether(undefined, [
  { name: "node -e 0", processes: [["-e", "0"]] },
  { name: "lif --help", processes: [lif("--help")] },
  { name: "lif validate (bundled store)", processes: [lif("validate", "--store", ROOT)] },
], 10);

for (const size of sizes) {
  log(`records: ${size} (${elapsed()})`);
  const dir = store(size, "store");
  const ajvDir = store(size, "ajv-cli");
  const schemaRuns = readdirSync(ajvDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => [AJV_CLI, "validate", "--spec=draft2020", "--all-errors", "-s", join(ROOT, "schemas", `${name}.schema.json`), "-r", join(ROOT, "schemas", "defs.schema.json"), "-c", AJV_PLUGIN, "-d", join(ajvDir, name, "*.yaml")]);
  await runTogether(size, [
    { name: "IO floor", processes: [[IO_FLOOR, dir]] },
    { name: "lif validate", processes: [lif("validate", "--store", dir)] },
    { name: "lif rollup --since-start --format json", processes: [lif("rollup", "--store", dir, "--since-start", "--format", "json", "--as-of", AS_OF)] },
    { name: "lif render annual-report", processes: [lif("render", "annual-report", "--store", dir, "--year", REPORT_YEAR, "--as-of", AS_OF)] },
    { name: `ajv-cli (${schemaRuns.length} processes)`, processes: schemaRuns },
  ], runsFor(size));
}

results.targets = targetsOf(results.rows, sizes);
results.environment = {
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model?.trim() ?? "unknown"}`,
  rss: rssMethod,
  runs: `median of ${runsFor(1_000)} runs (${runsFor(100_000)} at 100k; 1 when the warm-up takes over 15 s) after one warm-up, the rows of one size taking turns; 10 runs for the start-up rows; a run over ${LIMIT_MS / 1000} s is stopped`,
  generator: `version ${GENERATOR_VERSION}, seed ${opts.seed}`,
  mode: opts.quick ? "quick (1k and 10k)" : "full",
};

const table = formatTable(results);
process.stdout.write(`${table}\n`);
log(`bench: done in ${elapsed()}`);
if (!opts["no-write"]) {
  const jsonFile = join(ROOT, "bench", opts.quick ? "results.quick.json" : "results.json");
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`bench: wrote ${jsonFile.slice(ROOT.length)}`);
  if (!opts.quick) {
    const readme = join(ROOT, "bench", "README.md");
    writeFileSync(readme, readmeWithResults(readFileSync(readme, "utf8"), table));
    log("bench: updated the results in bench/README.md");
  }
}
const failed = results.rows.filter((r) => r.failure);
if (failed.length) {
  log(`bench: ${failed.length} measured command(s) failed; see the table`);
  process.exitCode = 1;
}
