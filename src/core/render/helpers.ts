// Every helper a template can call, registered in one place. Helpers that
// produce Markdown return a SafeString so the Markdown escaper leaves them
// alone; every piece of record text inside them is escaped here. A helper
// given `undefined` names a field the view does not have (views use null for
// "absent"), so it fails with the template's line instead of leaving a gap.
import type Handlebars from "handlebars";
import { wholePercent } from "../facts/rollup/period.js";
import { escapeMarkdown, markdownTable, mermaidLabel, type TableColumn } from "./markdown.js";
import { ukDate, ukMonth } from "../dates/uk-date.js";
import { financialYearLabel, numberWord, percentText, pluralWord, sentenceList } from "./format.js";

type Env = typeof Handlebars;
interface HelperOptions {
  hash: Record<string, unknown>;
  loc?: { start: { line: number; column: number } };
  name?: string;
  fn?: (context: unknown, options?: unknown) => string;
  inverse?: (context: unknown, options?: unknown) => string;
}

/** A helper was called wrongly; `line` is in the template body. */
export class HelperError extends Error {
  constructor(message: string, readonly line: number | undefined, readonly column: number | undefined) {
    super(message);
  }
}

function fail(options: HelperOptions, message: string): never {
  throw new HelperError(`${options.name ?? "helper"}: ${message}`, options.loc?.start.line, options.loc?.start.column);
}

function present<T>(value: T | undefined, options: HelperOptions, what: string): T {
  if (value === undefined) fail(options, `${what} names a field that does not exist`);
  return value;
}

function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

/** Own properties only: a template never reaches a prototype (`constructor`, `__proto__`). */
export function ownValue(object: unknown, key: string): unknown {
  if (object === null || typeof object !== "object") return null;
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

function path(object: unknown, dotted: string): unknown {
  let value: unknown = object;
  for (const key of dotted.split(".")) {
    value = ownValue(value, key);
    if (value === undefined || value === null) return value;
  }
  return value;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && typeof (value as { text?: unknown }).text === "string") return (value as { text: string }).text;
  return String(value);
}

function array(value: unknown, options: HelperOptions, what: string): unknown[] {
  present(value, options, what);
  if (value === null) return [];
  if (!Array.isArray(value)) fail(options, `${what} must be a list`);
  return value;
}

const RAG_MARKS: Record<string, string> = { green: "🟢 Green", amber: "🟠 Amber", red: "🔴 Red" };

export const HELPER_NAMES = [
  "date", "month", "fy", "percent", "plural", "howMany", "words", "list", "inline", "table", "chart", "rag", "link",
  "ragMatrix", "eq", "ne", "gt", "and", "or", "not", "len", "lookup", "if", "unless", "each", "with",
] as const;

export function registerHelpers(env: Env): void {
  const safe = (markdown: string) => new env.SafeString(markdown);

  env.registerHelper("date", (value: unknown, options: HelperOptions) => (present(value, options, "date") === null ? "" : ukDate(String(value))));
  env.registerHelper("month", (value: unknown, options: HelperOptions) => (present(value, options, "month") === null ? "" : ukMonth(String(value))));
  env.registerHelper("fy", (value: unknown, options: HelperOptions) => (present(value, options, "fy") === null ? "" : financialYearLabel(String(value))));

  // {{percent share}} or {{percent count total}}: whole percent, "n/a" when there is nothing to share.
  env.registerHelper("percent", (...args: unknown[]) => {
    const { params, options } = split(args);
    params.forEach((p, i) => present(p, options, `argument ${i + 1}`));
    if (params.length === 2) {
      const [count, total] = params.map(Number) as [number, number];
      return percentText(wholePercent(count, total));
    }
    return percentText(params[0] === null ? null : Number(params[0]));
  });

  // {{plural n "review"}} → review / reviews; {{howMany n "review"}} → 8 reviews (not "count": rollup fields are named count).
  const counted = (args: unknown[]) => {
    const { params, options } = split(args);
    const n = Number(present(params[0], options, "count"));
    return { n, word: pluralWord(n, String(params[1] ?? ""), params[2] === undefined ? undefined : String(params[2])) };
  };
  env.registerHelper("plural", (...args: unknown[]) => counted(args).word);
  env.registerHelper("howMany", (...args: unknown[]) => {
    const { n, word } = counted(args);
    return `${n} ${word}`;
  });
  env.registerHelper("words", (value: unknown, options: HelperOptions) => numberWord(Number(present(value, options, "number"))));

  // A bulleted list of record texts (strings or learning items), escaped.
  env.registerHelper("list", (items: unknown, options: HelperOptions) => {
    const list = array(items, options, "list").map(text).filter((t) => t.trim() !== "");
    return safe(list.map((t) => `- ${escapeMarkdown(t)}`).join("\n"));
  });
  // The same texts in a sentence: "a, b and c".
  env.registerHelper("inline", (items: unknown, options: HelperOptions) => {
    return safe(sentenceList(array(items, options, "inline").map((t) => escapeMarkdown(text(t)))));
  });

  // {{table rows "Header:field" "Count:count:right" "Held:date:date" "Share:percent:right:percent"}}
  env.registerHelper("table", (...args: unknown[]) => {
    const { params, options } = split(args);
    const rows = array(params[0], options, "table rows");
    const specs = params.slice(1).map((s) => String(s).split(":"));
    if (!specs.length) fail(options, `needs at least one column, for example "Theme:label"`);
    const columns: TableColumn[] = specs.map(([header, , ...mods]) => ({ header: header ?? "", align: mods.includes("right") ? "right" : "left" }));
    return safe(markdownTable(columns, rows.map((row) => specs.map(([, field, ...mods]) => formatCell(cellValue(row, field ?? ""), mods)))));
  });

  // {{chart type="pie" title="..." rows=list label="label" value="count" labelHeader="..." valueHeader="..." percent="percent"}}
  env.registerHelper("chart", (options: HelperOptions) => safe(chart(options)));

  env.registerHelper("rag", (value: unknown, options: HelperOptions) => {
    const v = present(value, options, "rating");
    return v === null ? "Not rated" : (RAG_MARKS[String(v)] ?? String(v));
  });

  // {{ragMatrix standards rows}}: one row per agency, one column per standard (numbered), a RAG mark in each cell.
  env.registerHelper("ragMatrix", (standards: unknown, rows: unknown, options: HelperOptions) => {
    const cols = array(standards, options, "standards") as Array<{ id: string }>;
    const list = array(rows, options, "rows") as Array<{ agencyName: string; cells: Array<{ standard: string; rating: string | null }> }>;
    const columns: TableColumn[] = [{ header: "Agency" }, ...cols.map((_, i) => ({ header: String(i + 1) }))];
    const body = list.map((r) => [r.agencyName, ...cols.map((c) => {
      const rating = r.cells.find((x) => x.standard === c.id)?.rating;
      return { markdown: rating ? (RAG_MARKS[rating]?.split(" ")[0] ?? rating) : "–" };
    })]);
    return safe(markdownTable(columns, body));
  });

  env.registerHelper("link", (title: unknown, url: unknown, options: HelperOptions) => {
    const t = escapeMarkdown(text(present(title, options, "title")));
    const u = String(present(url, options, "url") ?? "");
    if (!/^https?:\/\/[^\s<>()]+$/.test(u)) return safe(t);
    return safe(`[${t}](${u})`);
  });

  env.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  env.registerHelper("ne", (a: unknown, b: unknown) => a !== b);
  env.registerHelper("gt", (a: unknown, b: unknown) => Number(a) > Number(b));
  env.registerHelper("and", (...args: unknown[]) => split(args).params.every(Boolean));
  env.registerHelper("or", (...args: unknown[]) => split(args).params.some(Boolean));
  env.registerHelper("not", (a: unknown) => !a);
  env.registerHelper("len", (value: unknown, options: HelperOptions) => array(value, options, "len").length);
  env.registerHelper("lookup", (object: unknown, key: unknown) => {
    const v = ownValue(object, String(key));
    return v === undefined ? null : v;
  });

  // The built-in block helpers, made strict: a missing field is an error, not "false".
  for (const name of ["if", "unless", "each", "with"] as const) {
    const builtin = env.helpers[name] as (this: unknown, ...args: unknown[]) => unknown;
    env.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const { params, options } = split(args);
      present(params[0], options, `{{#${name}}}`);
      return builtin.apply(this, args);
    });
  }
}

function formatCell(value: unknown, mods: string[]): unknown {
  if (mods.includes("date") && typeof value === "string") return ukDate(value);
  if (mods.includes("percent") && (typeof value === "number" || value === null)) return percentText(value);
  return value;
}

function cellValue(row: unknown, field: string): unknown {
  if (field === "" || field === "this") return typeof row === "object" && row !== null ? text(row) : row;
  const v = path(row, field);
  if (typeof v === "string" && field.endsWith("rating") && /^(green|amber|red)$/.test(v)) return { markdown: RAG_MARKS[v]! };
  return v === undefined ? null : v;
}

function chart(options: HelperOptions): string {
  const h = options.hash;
  const type = String(h.type ?? "pie");
  if (type !== "pie" && type !== "bar") fail(options, `type must be "pie" or "bar", not ${JSON.stringify(type)}`);
  const rows = array(h.rows, options, "rows");
  const labelField = String(h.label ?? "label");
  const valueField = String(h.value ?? "count");
  const title = String(h.title ?? "");
  const points = rows.map((r) => ({ label: text(path(r, labelField)), value: Number(path(r, valueField) ?? 0), row: r }));
  const columns: TableColumn[] = [{ header: String(h.labelHeader ?? "Item") }, { header: String(h.valueHeader ?? "Count"), align: "right" }];
  const percentField = h.percent === undefined ? undefined : String(h.percent);
  if (percentField) columns.push({ header: "Share", align: "right" });
  const table = markdownTable(columns, points.map((p) => {
    const cells: unknown[] = [p.label, p.value];
    if (percentField) cells.push(percentText(path(p.row, percentField) as number | null));
    return cells;
  }));
  const shown = points.filter((p) => p.value > 0);
  if (!shown.length) return `No figures to chart.\n\n${table}`;
  const block = type === "pie"
    ? ["```mermaid", `pie showData title ${mermaidLabel(title)}`, ...shown.map((p) => `    "${mermaidLabel(p.label)}" : ${p.value}`), "```"]
    : [
      "```mermaid",
      "xychart-beta",
      `    title "${mermaidLabel(title)}"`,
      `    x-axis [${shown.map((p) => `"${mermaidLabel(p.label)}"`).join(", ")}]`,
      `    y-axis "${mermaidLabel(String(h.valueHeader ?? "Count"))}" 0 --> ${Math.max(...shown.map((p) => p.value))}`,
      `    bar [${shown.map((p) => p.value).join(", ")}]`,
      "```",
    ];
  return `${block.join("\n")}\n\n${table}`;
}
