// The last question before lif init or lif new writes anything: a "no" or a
// Ctrl-C leaves nothing behind.
import { EXIT_FINDINGS } from "../errors.js";
import { PromptCancelled, prompt } from "../io/prompts.js";
import type { Terminal } from "../ui/terminal.js";

/** Ctrl-C: the conventional exit code of a process stopped by SIGINT. */
export const EXIT_CANCELLED = 130;

export function cancelled(t: Terminal): number {
  t.err("\nlif: cancelled; nothing was written");
  return EXIT_CANCELLED;
}

/** Asks to go ahead; undefined means yes, otherwise the exit code to end with. */
export async function confirmWrite(t: Terminal, message: string): Promise<number | undefined> {
  try {
    if (await prompt({ type: "confirm", message, default: true })) return undefined;
    t.err("lif: nothing written");
    return EXIT_FINDINGS;
  } catch (error) {
    if (error instanceof PromptCancelled) return cancelled(t);
    throw error;
  }
}
