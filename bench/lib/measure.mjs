// Runs a command as a whole process and measures it: wall time with
// process.hrtime, peak resident memory with /usr/bin/time when it exists,
// otherwise with a preloaded module reporting the child's own maxRSS (every
// command measured is a node process).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const GNU_TIME = "/usr/bin/time";
const REPORT_RSS = fileURLToPath(new URL("./report-rss.cjs", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "lif-bench-rss-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

// Measured commands run in their own process group: end it with the benchmark.
let running;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (running) process.kill(-running.pid, "SIGKILL");
    process.exit(130);
  });
}

export const rssMethod = hasGnuTime() ? "/usr/bin/time -f %M" : "process.resourceUsage().maxRSS of the child";

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ["-f", "%M", "-o", join(scratch, "probe"), process.execPath, "-e", "0"], { stdio: "ignore" });
  return probe.status === 0 && /^\d+/.test(readFileSync(join(scratch, "probe"), "utf8").trim().split("\n").pop() ?? "");
}

/**
 * One run of `node ...args`: { ms, rssKiB, status, stderr, timedOut }. The
 * command runs in its own process group, so a run over `limitMs` is ended
 * together with the node process under /usr/bin/time.
 */
export function runOnce(args, { cwd, limitMs = 120_000 } = {}) {
  const out = join(scratch, "rss");
  rmSync(out, { force: true });
  const [cmd, cmdArgs, env] = rssMethod.startsWith("/usr/bin/time")
    ? [GNU_TIME, ["-f", "%M", "-o", out, process.execPath, ...args], process.env]
    : [process.execPath, ["--require", REPORT_RSS, ...args], { ...process.env, LIF_BENCH_RSS_FILE: out }];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { cwd, env: { ...env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"], detached: true });
    running = child;
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, "SIGKILL");
    }, limitMs);
    child.on("close", (status) => {
      running = undefined;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      let rssKiB;
      try {
        const lines = readFileSync(out, "utf8").trim().split("\n");
        rssKiB = Number(lines[lines.length - 1]) || undefined;
      } catch {
        rssKiB = undefined;
      }
      resolve({ ms, rssKiB, status, stderr, timedOut });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A step whose warm-up takes longer than this is timed once, not `runs` times. */
const SLOW_MS = 15_000;

/**
 * Measures a step made of one or more processes run one after the other
 * (ajv-cli runs once per schema): `runs` timed repetitions after one untimed
 * warm-up. Time is the median of the summed wall times; RSS the peak.
 */
export async function measure(processes, { runs, cwd, okStatus = [0], limitMs }) {
  const times = [];
  let peak = 0;
  let failure;
  let total = runs + 1;
  for (let i = 0; i < total; i++) {
    let sum = 0;
    for (const args of processes) {
      const r = await runOnce(args, { cwd, limitMs });
      if (r.timedOut) return { timedOut: `over ${Math.round(limitMs / 1000)} s, stopped` };
      if (!okStatus.includes(r.status)) failure ??= `exit ${r.status}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`;
      sum += r.ms;
      if (r.rssKiB) peak = Math.max(peak, r.rssKiB);
    }
    if (i === 0 && sum > SLOW_MS) total = 2;
    else if (i > 0) times.push(sum);
  }
  return { medianMs: median(times), runsMs: times, peakRssMiB: peak ? peak / 1024 : undefined, failure };
}
