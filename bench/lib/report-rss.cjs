// Preloaded into a measured node process when /usr/bin/time is missing:
// writes the process's peak resident memory (KiB) to LIF_BENCH_RSS_FILE.
"use strict";
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.LIF_BENCH_RSS_FILE;
  if (file) writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
