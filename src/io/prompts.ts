// The one module that talks to inquirer. Tests replace it (vi.mock) to drive
// `lif new` without a terminal; the tmux tests drive the real thing.
// Ctrl-C inside a prompt makes inquirer throw ExitPromptError: it becomes
// PromptCancelled, which the commands turn into "nothing written" (exit 130).
import type { PromptSpec } from "../core/author/asker.js";

export class PromptCancelled extends Error {
  override readonly name = "PromptCancelled";
  constructor() {
    super("cancelled; nothing was written");
  }
}

export async function prompt(spec: PromptSpec): Promise<unknown> {
  const { default: inquirer } = await import("inquirer");
  const question: Record<string, unknown> = { ...spec, name: "answer" };
  if (spec.type === "select") {
    question.loop = false;
    question.pageSize = 12;
  }
  if (spec.type === "checkbox") {
    question.loop = false;
    question.pageSize = 12;
    const validate = spec.validate;
    // inquirer hands the checkbox validator the chosen items; lif's checks take their values.
    question.validate = (items: ReadonlyArray<{ value: string }>) => validate(items.map((i) => (typeof i === "string" ? i : i.value)));
  }
  try {
    const answers = (await inquirer.prompt([question as never])) as { answer: unknown };
    return answers.answer;
  } catch (error) {
    if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) throw new PromptCancelled();
    throw error;
  }
}
