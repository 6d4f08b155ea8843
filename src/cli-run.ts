// What every command body shares: the terminal, the global flags, and the
// mapping of a result or a UsageError to the exit code.
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { processTerminal, type Terminal } from "./ui/terminal.js";

export interface GlobalOptions {
  store?: string;
  color: boolean;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Runs a command body and turns its result or a UsageError into the exit code. */
export async function run(cmd: Command, body: (t: Terminal) => Promise<number>): Promise<void> {
  const t = processTerminal(!globals(cmd).color);
  try {
    process.exitCode = await body(t);
  } catch (error) {
    if (error instanceof UsageError) {
      t.err(`lif: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}
