// lif check privacy (issue: hardening): flags to options only; the command body is imported lazily.
import type { Command } from "commander";

export function defineCheck(_program: Command): void {
  // Not yet built.
}
