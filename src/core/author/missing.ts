// What an unattended run says when answers are missing or wrong: every one
// at once, named the way --set takes it.
import type { Missing, Problem } from "./types.js";

export function describeMissing(missing: readonly Missing[], hint: string): string {
  const width = Math.min(40, Math.max(...missing.map((m) => m.field.length)));
  const lines = missing.map((m) => `  ${m.field.padEnd(width)}  ${m.what}`);
  return [`missing answer${missing.length === 1 ? "" : "s"} (${hint}):`, ...lines].join("\n");
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join("\n");
}
