// lif diff, lif export (issue: pull-request review and exports): flags to options only; the command body is imported lazily.
import type { Command } from "commander";

export function defineReview(_program: Command): void {
  // Not yet built.
}
