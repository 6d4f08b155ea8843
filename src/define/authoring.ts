// lif init, lif new (issue: authoring): flags to options only; the command body is imported lazily.
import type { Command } from "commander";

export function defineAuthoring(_program: Command): void {
  // Not yet built.
}
