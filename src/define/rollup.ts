// lif rollup (issue: rollups): flags to options only; the command body is imported lazily.
import type { Command } from "commander";

export function defineRollup(_program: Command): void {
  // Not yet built.
}
