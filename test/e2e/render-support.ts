// Shared by the render tests: markdownlint-cli2 with the project's config,
// and the checks that a Markdown document's structure is intact.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../helpers/cli.js";

export function markdownlint(dir: string, files: string[]): { status: number; output: string } {
  const bin = join(PROJECT_ROOT, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
  const r = spawnSync(process.execPath, [bin, "--config", join(PROJECT_ROOT, ".markdownlint-cli2.jsonc"), ...files.map((f) => `:${f}`)], { cwd: dir, encoding: "utf8" });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/**
 * The shape of a document: headings by level, fences, lists, quotes and each
 * table row's cell count; a run of the same kind of line counts once (a list
 * of two items and one of ten have the same shape).
 */
export function structure(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      fenced = !fenced;
      out.push(line);
    } else if (fenced) continue;
    else if (/^#{1,6} /.test(line)) out.push(line.replace(/ .*/, " heading"));
    else if (line.startsWith("|")) out.push(`table row of ${line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length - 2} cells`);
    else if (/^(\s*[-+*] |\s*\d+[.)] )/.test(line)) out.push("list item");
    else if (line.startsWith(">")) out.push("quote");
    else if (line.trim() !== "") out.push("paragraph");
  }
  return out.filter((line, i) => line !== out[i - 1]);
}
