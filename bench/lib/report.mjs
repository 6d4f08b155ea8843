// The benchmark's report: the targets of the performance issue computed from
// the measured rows, and the Markdown table for the terminal and the README.

const find = (rows, name, records) => rows.find((r) => r.name.startsWith(name) && r.records === records && (r.timedOut || (r.medianMs !== undefined && !r.failure)));

/** Each target: what it says, the measured ratio, the limit, and whether it is met. */
export function targetsOf(rows, sizes) {
  const t = [];
  const ratio = (id, text, num, den, limit, atMost = true) => {
    if (num?.timedOut || den?.timedOut) {
      t.push({ id, text, ratio: null, limit, met: false, note: "timed out" });
      return;
    }
    if (!num || !den) {
      t.push({ id, text, ratio: null, limit, met: null, note: "not measured in this run" });
      return;
    }
    const value = num.medianMs / den.medianMs;
    t.push({ id, text, ratio: round(value), limit, met: atMost ? value <= limit : value >= limit });
  };
  const node = find(rows, "node -e 0", undefined);
  ratio("help-startup", "lif --help ≤ 2× node -e 0", find(rows, "lif --help", undefined), node, 2);
  ratio("bundled-validate", "lif validate of the bundled store ≤ 4× node -e 0", find(rows, "lif validate (bundled store)", undefined), node, 4);
  const has100k = sizes.includes(100_000);
  const v10 = find(rows, "lif validate", 10_000);
  const v100 = has100k ? find(rows, "lif validate", 100_000) : undefined;
  ratio("floor-100k", "validate at 100k ≤ 2.5× the IO floor", v100, has100k ? find(rows, "IO floor", 100_000) : undefined, 2.5);
  ratio("ajv-100k", "validate at 100k ≥ 2× faster than ajv-cli", has100k ? find(rows, "ajv-cli", 100_000) : undefined, v100, 2, false);
  ratio("ajv-10k", "validate at 10k ≥ 3× faster than ajv-cli", find(rows, "ajv-cli", 10_000), v10, 3, false);
  ratio("rollup-10k", "rollup of 10k ≤ 1.5× its validate", find(rows, "lif rollup", 10_000), v10, 1.5);
  ratio("render-10k", "annual-report render of 10k ≤ 1.5× its validate", find(rows, "lif render annual-report", 10_000), v10, 1.5);
  ratio("linear", "validate time ×10 records (10k → 100k) ≤ ×11", v100, v10, 11);
  const rss = v100?.peakRssMiB;
  t.push({
    id: "rss-100k",
    text: "validate at 100k: peak RSS ≤ 300 MiB",
    ratio: rss ? round(rss) : null,
    limit: 300,
    met: rss ? rss <= 300 : null,
    ...(rss ? {} : { note: "not measured in this run" }),
  });
  return t;
}

const round = (x) => Math.round(x * 100) / 100;
const ms = (r) => (r.medianMs === undefined ? "–" : r.medianMs >= 10_000 ? `${(r.medianMs / 1000).toFixed(1)} s` : `${Math.round(r.medianMs)} ms`);

export function formatTable(results) {
  const lines = ["| command | records | median time | peak RSS |", "| --- | ---: | ---: | ---: |"];
  for (const r of results.rows) {
    const rss = r.peakRssMiB ? `${Math.round(r.peakRssMiB)} MiB` : "–";
    const time = r.timedOut ? `timed out: ${r.timedOut}` : r.failure ? `FAILED (${r.failure.replace(/\|/g, "/")})` : ms(r);
    lines.push(`| ${r.name} | ${r.records ? r.records.toLocaleString("en-GB") : "–"} | ${time} | ${rss} |`);
  }
  lines.push("", "| target | measured | limit | met |", "| --- | ---: | ---: | :---: |");
  for (const t of results.targets) {
    const measured = t.ratio === null ? "–" : t.id.startsWith("rss") ? `${t.ratio} MiB` : `${t.ratio}×`;
    const limit = t.id.startsWith("rss") ? `${t.limit} MiB` : `${t.limit}×`;
    const met = t.met === null ? (t.note ?? "–") : t.met ? "yes" : `**no**${t.note ? ` (${t.note})` : ""}`;
    lines.push(`| ${t.text} | ${measured} | ${limit} | ${met} |`);
  }
  const env = results.environment;
  lines.push("", `Node ${env.node}, ${env.cpus}; ${env.runs}; peak RSS by ${env.rss}; generator ${env.generator}.`);
  return lines.join("\n");
}

const START = "<!-- results:start -->";
const END = "<!-- results:end -->";

export function readmeWithResults(readme, table) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return `${readme.trimEnd()}\n\n${START}\n${table}\n${END}\n`;
  return `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`;
}
