// lif render briefing|annual-report|section, lif templates list (issue: rendering): flags to options only; the command body is imported lazily.
import type { Command } from "commander";

export function defineRender(_program: Command): void {
  // Not yet built.
}
