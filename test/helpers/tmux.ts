// Drives a real terminal: lif runs in a tmux pane, the test types with
// send-keys and reads the screen with capture-pane. Each session has its own
// tmux server (-L), so tests never touch a person's sessions.
import { spawnSync } from "node:child_process";
import { LIF } from "./cli.js";

export const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;
export const NO_TMUX = "tmux is not installed: the terminal prompt tests are skipped (.ci/run installs it; locally: apt-get install tmux)";

let counter = 0;

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

export class TmuxSession {
  private readonly socket: string;
  private readonly name = "lif";

  private constructor(socket: string) {
    this.socket = socket;
  }

  /** Starts `lif ARGS` in a fresh terminal of the given size, in `cwd`, not in CI mode. */
  static start(args: readonly string[], options: { cwd: string; width?: number; height?: number }): TmuxSession {
    const session = new TmuxSession(`lif-test-${process.pid}-${++counter}`);
    const command = [
      "env -u CI -u FORCE_COLOR NO_COLOR=1 TERM=xterm-256color",
      shellQuote(process.execPath), shellQuote(LIF), ...args.map(shellQuote),
      // The exit code stays on screen; the pane stays open to be read.
      "; echo \"[lif exited $?]\"; sleep 600",
    ].join(" ");
    session.tmux("new-session", "-d", "-s", session.name, "-x", String(options.width ?? 160), "-y", String(options.height ?? 50), "-c", options.cwd, command);
    session.tmux("set-option", "-t", session.name, "history-limit", "5000");
    return session;
  }

  private tmux(...args: string[]): string {
    const r = spawnSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  }

  /** Keys by tmux name: "Enter", "Down", "Space", "C-c". */
  keys(...keys: string[]): void {
    for (const key of keys) this.tmux("send-keys", "-t", this.name, key);
  }

  /** Literal text, as typed. */
  type(text: string): void {
    this.tmux("send-keys", "-t", this.name, "-l", text);
  }

  /** The whole pane, scroll-back included, without colours. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-t", this.name, "-S", "-5000");
  }

  /** Waits until the screen matches, and returns the match. Times out with the screen in the error. */
  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      const m = screen.match(pattern);
      if (m) return m;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  /** Waits for lif to end and returns its exit code. */
  async exitCode(timeoutMs = 20_000): Promise<number> {
    const m = await this.waitFor(/\[lif exited (\d+)\]/, timeoutMs);
    return Number(m[1]);
  }

  kill(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
  }
}

/**
 * One step of a conversation: wait for the active prompt (a line starting
 * "? " that matches), then press keys. Strings are typed; { key } is a key.
 */
export type Step = [prompt: RegExp, ...input: Array<string | { key: string }>];

export async function converse(session: TmuxSession, steps: readonly Step[]): Promise<void> {
  for (const [prompt, ...input] of steps) {
    await session.waitFor(prompt);
    for (const part of input) {
      if (typeof part === "string") session.type(part);
      else session.keys(part.key);
    }
  }
}

export const key = (name: string) => ({ key: name });
export const ENTER = key("Enter");
export const DOWN = key("Down");
export const SPACE = key("Space");
