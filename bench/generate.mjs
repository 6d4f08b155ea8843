// npm run bench:generate -- --out DIR --records N [--seed S] [--faults K]
// Writes a synthetic lif store: DIR/records/partnership.yaml (the bundled
// vocabulary) and N records of every kind. The same seed gives the same bytes.
import { parseArgs } from "node:util";
import { writeStore } from "./lib/write-store.mjs";

const USAGE = `usage: npm run bench:generate -- --out DIR --records N [--seed S] [--faults K]

  --out DIR       folder to write (new, empty, or made by this generator before)
  --records N     how many records besides partnership.yaml
  --seed S        seed of the generator (default 1); the same seed gives the same store
  --faults K      plant K faults (syntax, schema, dangling reference, bad date, bad
                  value, in turn) in records nothing depends on; DIR/faults.json lists them
  --quote-dates   write dates in quotes (for YAML 1.1 readers such as ajv-cli)
  --by-schema     one folder per schema instead of a lif store (for ajv-cli)`;

function fail(message) {
  process.stderr.write(`bench:generate: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: "string" },
      records: { type: "string" },
      seed: { type: "string", default: "1" },
      faults: { type: "string", default: "0" },
      "quote-dates": { type: "boolean", default: false },
      "by-schema": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!values.out) fail("--out DIR is required");
const count = (name, text) => {
  if (!/^\d+$/.test(text ?? "")) fail(`--${name} expects a whole number, got ${JSON.stringify(text ?? "")}`);
  return Number(text);
};
const records = count("records", values.records);
const faults = count("faults", values.faults);

const started = process.hrtime.bigint();
try {
  const result = writeStore({
    out: values.out,
    records,
    seed: values.seed,
    faults,
    quoteDates: values["quote-dates"],
    layout: values["by-schema"] ? "by-schema" : "store",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kinds = Object.entries(result.counts).map(([k, n]) => `${k} ${n}`).join(", ");
  process.stdout.write(
    `wrote ${result.records} records (${(result.bytes / result.records / 1024 || 0).toFixed(2)} KB each on average) to ${values.out} in ${seconds.toFixed(1)} s\n` +
      `  ${kinds}\n` +
      (result.faults.length ? `  ${result.faults.length} faults planted, listed in faults.json\n` : ""),
  );
} catch (error) {
  process.stderr.write(`bench:generate: ${error.message}\n`);
  process.exit(1);
}
