// Findings for people (grouped by file), for programs (JSON), and for GitHub
// pull requests (workflow commands that annotate the changed lines).
import type { ChalkInstance } from "chalk";
import { countBySeverity, type Finding } from "../core/findings.js";

export const FINDING_FORMATS = ["text", "json", "github"] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

export function formatFindingsText(findings: readonly Finding[], c: ChalkInstance, checked: number): string {
  const lines: string[] = [];
  let current = "";
  for (const f of findings) {
    if (f.file !== current) {
      if (current) lines.push("");
      lines.push(c.underline(f.file));
      current = f.file;
    }
    const sev = f.severity === "error" ? c.red("error  ") : c.yellow("warning");
    lines.push(`  ${f.file}:${f.line}:${f.column}  ${sev}  ${f.message}  ${c.dim(f.rule)}`);
  }
  if (lines.length) lines.push("");
  lines.push(summary(findings, c, checked));
  return lines.join("\n");
}

function summary(findings: readonly Finding[], c: ChalkInstance, checked: number): string {
  const { errors, warnings } = countBySeverity(findings);
  const files = new Set(findings.map((f) => f.file)).size;
  const counted = `${checked} record file${checked === 1 ? "" : "s"} checked`;
  if (!findings.length) return c.green(`✓ ${counted}, no findings`);
  const parts = [
    errors ? c.red(`${errors} error${errors === 1 ? "" : "s"}`) : "",
    warnings ? c.yellow(`${warnings} warning${warnings === 1 ? "" : "s"}`) : "",
  ].filter(Boolean);
  return `${parts.join(", ")} in ${files} file${files === 1 ? "" : "s"} (${counted})`;
}

export function formatFindingsJson(findings: readonly Finding[]): string {
  return JSON.stringify(
    findings.map((f) => ({ file: f.file, line: f.line, column: f.column, path: f.path, rule: f.rule, severity: f.severity, message: f.message })),
    null,
    2,
  );
}

/** GitHub workflow commands: ::error file=F,line=L,col=C,title=T::message; `prefix` goes before each store path (see storePrefix). */
export function formatFindingsGithub(findings: readonly Finding[], prefix = ""): string {
  return findings.map((f) => githubAnnotation(f.severity, prefix + f.file, f.line, f.column, `lif ${f.rule}`, f.message)).join("\n");
}

/** One GitHub workflow command that marks a place in a file. */
export function githubAnnotation(level: "error" | "warning", file: string, line: number, column: number, title: string, message: string): string {
  const props = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${column}`, `title=${escapeProperty(title)}`];
  return `::${level} ${props.join(",")}::${escapeData(message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
