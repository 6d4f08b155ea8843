// The one write path: a temporary file in the same folder, fsync, rename. A
// crash mid-write leaves the old file whole. Writes never follow a symbolic
// link and never land outside the store; writers take the store's lock so
// two lif processes cannot lose each other's update.
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
import { UsageError } from "../errors.js";

export function assertInsideStore(storeRoot: string, target: string): void {
  const root = realpathSync(storeRoot);
  let dir = resolve(dirname(target));
  while (!existsSync(dir)) dir = dirname(dir);
  const realDir = realpathSync(dir);
  const rest = resolve(dirname(target)).slice(dir.length);
  const full = join(realDir, rest, basename(target));
  if (full !== root && !full.startsWith(root + sep)) throw new UsageError(`refusing to write ${target}: it is outside the store`);
  if (existsSync(target) && lstatSync(target).isSymbolicLink()) throw new UsageError(`refusing to write ${target}: it is a symbolic link`);
}

/** Writes `content` to `target` atomically; the folder is created if needed. */
export function writeFileAtomic(storeRoot: string, target: string, content: string | Uint8Array, options: { exclusive?: boolean } = {}): void {
  assertInsideStore(storeRoot, target);
  if (options.exclusive && existsSync(target)) throw new UsageError(`${target} already exists; lif never overwrites a file`);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", 0o644);
  try {
    writeSync(fd, typeof content === "string" ? Buffer.from(content, "utf8") : content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    if (options.exclusive && existsSync(target)) throw new UsageError(`${target} already exists; lif never overwrites a file`);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename is still atomic.
  }
}

const LOCK_NAME = ".lif-lock";
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` holding the store's lock (a file created exclusively). A lock
 * left by a process that no longer exists is taken over; otherwise waits up
 * to `timeoutMs`, then gives up with a usage error naming the holder.
 */
export function withStoreLock<T>(storeRoot: string, fn: () => T, timeoutMs = 15_000): T {
  const lock = join(storeRoot, LOCK_NAME);
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, "wx", 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (holderIsGone(lock)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new UsageError(`the store is locked by another lif process (${lock}); try again, or remove the file if no lif is running`);
      Atomics.wait(sleeper, 0, 0, Math.min(5 + attempt * 5, 50));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function holderIsGone(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, "utf8"));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
