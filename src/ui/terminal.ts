// Colour only for a person at a terminal: never when piped, with NO_COLOR
// set (https://no-color.org), or with TERM=dumb; FORCE_COLOR turns it on.
import { Chalk, type ChalkInstance } from "chalk";

export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  color: ChalkInstance;
  isTTY: boolean;
}

export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return Boolean(stream.isTTY);
}

export function processTerminal(noColor = false): Terminal {
  const color = !noColor && wantsColor(process.stdout, process.env);
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    color: new Chalk({ level: color ? 1 : 0 }),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
