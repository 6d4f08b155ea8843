// lif templates list: every template lif can render with, where it comes
// from (lif's own, or the store's templates/ folder) and which one is used.
import { splitFrontMatter, TemplateError } from "../core/render/template-source.js";
import { EXIT_OK, UsageError } from "../errors.js";
import { findStore } from "../io/find-store.js";
import { findTemplates } from "../io/templates.js";
import { renderTable, type Column } from "../ui/table.js";
import type { Terminal } from "../ui/terminal.js";

export interface TemplatesListOptions {
  cwd: string;
  store?: string;
  format: "text" | "json" | "markdown";
}

interface Row {
  name: string;
  file: string;
  source: string;
  used: boolean;
  description: string | null;
  wordBudget: number | null;
}

export async function templatesList(options: TemplatesListOptions, t: Terminal): Promise<number> {
  const root = findStore(options.cwd, options.store);
  const rows: Row[] = findTemplates(root).map((c) => {
    let frontMatter;
    try {
      frontMatter = splitFrontMatter(c).frontMatter;
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(error.message);
      throw error;
    }
    return { name: c.name, file: c.file, source: c.origin, used: c.wins, description: frontMatter.description ?? null, wordBudget: frontMatter.wordBudget ?? null };
  });
  if (options.format === "json") {
    t.out(JSON.stringify(rows, null, 2));
    return EXIT_OK;
  }
  const columns: Column<Row>[] = [
    { header: "Template", value: (r) => r.name },
    { header: "Source", value: (r) => r.source },
    { header: "Used", value: (r) => (r.used ? "yes" : "no (overridden by the store)") },
    { header: "Description", value: (r) => r.description ?? "" },
  ];
  t.out(renderTable(columns, rows, options.format, t.color));
  return EXIT_OK;
}
