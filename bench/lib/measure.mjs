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
function runOnce(args, { limitMs = 120_000 } = {}) {
  const out = join(scratch, "rss");
  rmSync(out, { force: true });
  const [cmd, cmdArgs, env] = rssMethod.startsWith("/usr/bin/time")
    ? [GNU_TIME, ["-f", "%M", "-o", out, process.execPath, ...args], process.env]
    : [process.execPath, ["--require", REPORT_RSS, ...args], { ...process.env, LIF_BENCH_RSS_FILE: out }];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { env: { ...env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"], detached: true });
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

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A step whose warm-up takes longer than this is timed once, not `runs` times. */
const SLOW_MS = 15_000;

/**
 * Measures steps that are compared with each other, in turns: one untimed
 * warm-up of each, then `runs` rounds in which each step runs once. A step
 * is one or more processes run one after the other (ajv-cli runs once per
 * schema), timed as the sum of their wall times. This machine's speed
 * drifts over minutes; in turns, every step meets the same fast and slow
 * spells, so the ratios between steps hold better than when each step's
 * runs come in a block. Per step: the median time, every run, the peak RSS.
 */
export async function measureTogether(steps, { runs, limitMs }) {
  const state = steps.map(() => ({ times: [], peak: 0, failure: undefined, timedOut: undefined, rounds: runs }));
  for (let round = 0; round <= runs; round++) {
    for (const [i, step] of steps.entries()) {
      const s = state[i];
      if (s.timedOut || round > s.rounds) continue;
      let sum = 0;
      for (const args of step.processes) {
        const r = await runOnce(args, { limitMs });
        if (r.timedOut) {
          s.timedOut = `over ${Math.round(limitMs / 1000)} s, stopped`;
          break;
        }
        if (r.status !== 0) s.failure ??= `exit ${r.status}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`;
        sum += r.ms;
        if (r.rssKiB) s.peak = Math.max(s.peak, r.rssKiB);
      }
      if (s.timedOut) continue;
      if (round === 0 && sum > SLOW_MS) s.rounds = 1;
      else if (round > 0) s.times.push(sum);
    }
  }
  return state.map((s) => (s.timedOut ? { timedOut: s.timedOut } : { medianMs: median(s.times), runsMs: s.times, peakRssMiB: s.peak ? s.peak / 1024 : undefined, failure: s.failure }));
}
