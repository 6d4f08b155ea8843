// lif actions, lif actions overdue, lif actions update, lif deadlines (issue: actions): flags to options only; the command body is imported lazily.
import type { Command } from "commander";

export function defineActions(_program: Command): void {
  // Not yet built.
}
