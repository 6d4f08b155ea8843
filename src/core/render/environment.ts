// One Handlebars environment for every template lif renders. Templates are
// trusted less than code: they are compiled strict (a missing field fails
// with the file and line), may call only the helpers registered here
// (knownHelpersOnly), reach only own properties (Handlebars 4.6+ denies
// prototype access; `constructor`-style probes are removed before compiling
// so they render nothing), and include only partials from the template
// folders lif resolved: a template cannot read a file.
import Handlebars from "handlebars";
import { escapeMarkdown, tidyMarkdown } from "./markdown.js";
import { HELPER_NAMES, HelperError, registerHelpers } from "./helpers.js";
import { splitFrontMatter, TemplateError, type FrontMatter, type TemplateSource } from "./template-source.js";

export { TemplateError } from "./template-source.js";

type Env = typeof Handlebars;
type Compiled = (context: unknown, options?: unknown) => string;

const PROBES = new Set([
  "constructor", "__proto__", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "toLocaleString",
]);

export interface RenderedTemplate {
  markdown: string;
  frontMatter: FrontMatter;
}

export interface TemplateSet {
  has(name: string): boolean;
  /** Renders template `name` with `view`; every `{{ }}` value is escaped for Markdown. */
  render(name: string, view: unknown): RenderedTemplate;
}

interface Entry {
  source: TemplateSource;
  frontMatter: FrontMatter;
  lineOffset: number;
  template: () => Compiled;
  body: string;
}

/**
 * Handlebars reads `escapeExpression` from its shared Utils module when a
 * template is instantiated, so the Markdown escaper replaces the HTML one
 * there. lif is the only user of Handlebars in its process.
 */
function useMarkdownEscaping(env: Env): void {
  env.Utils.escapeExpression = (value: unknown): string => {
    if (value === null || value === undefined) return "";
    if (value instanceof env.SafeString) return value.toString();
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return escapeMarkdown(String(value));
  };
}

/**
 * Template bodies compiled ahead of time, by their text: the Handlebars code
 * `precompileBody` made of each. scripts/build.mjs makes them of lif's own
 * templates, so a report does not parse and compile them on every run; a
 * template of the store's compiles when first used, as does any without one.
 */
export type PrecompiledTemplates = ReadonlyMap<string, TemplateSpecification>;

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])),
  noEscape: false,
  preventIndent: true,
};

function parseHardened(env: Env, body: string): hbs.AST.Program {
  const ast = env.parse(body);
  harden(ast);
  return ast;
}

/** The JavaScript source of what `createTemplateSet` compiles `body` to: for the build. */
export function precompileBody(body: string): string {
  const env = Handlebars.create();
  return env.precompile(parseHardened(env, body), COMPILE_OPTIONS) as string;
}

export function createTemplateSet(sources: readonly TemplateSource[], precompiled: PrecompiledTemplates = new Map()): TemplateSet {
  const env = Handlebars.create();
  useMarkdownEscaping(env);
  registerHelpers(env);
  const entries = new Map<string, Entry>();
  for (const source of sources) {
    const { frontMatter, body, lineOffset } = splitFrontMatter(source);
    let compiled: Compiled | undefined;
    // Compiled once, when first used: a document compiles only the templates
    // it renders, and a mistake in one (a syntax error, an unknown helper) is
    // reported with its file and line when it is used.
    const template = () => {
      if (compiled) return compiled;
      const spec = precompiled.get(body);
      if (spec) return (compiled = env.template(spec) as Compiled);
      // Handlebars compiles on the first call, inside run(), which locates its errors.
      return (compiled = env.compile(parseHardened(env, body), COMPILE_OPTIONS) as Compiled);
    };
    const entry: Entry = { source, frontMatter, lineOffset, template, body };
    entries.set(source.name, entry);
    // A partial that fails names its own file: the error is tagged on the way out.
    env.registerPartial(source.name, ((context: unknown, options: unknown) => run(entry, context, options)) as unknown as Handlebars.Template);
  }

  return {
    has: (name) => entries.has(name),
    render(name, view) {
      const entry = entries.get(name);
      if (!entry) throw new TemplateError(`no template named ${name} (templates/${name}.hbs)`);
      return { markdown: tidyMarkdown(run(entry, view, {})), frontMatter: entry.frontMatter };
    },
  };
}

function run(entry: Entry, context: unknown, options: unknown): string {
  try {
    return entry.template()(context, options);
  } catch (error) {
    throw located(error, entry.source, entry.lineOffset, entry.body);
  }
}

/** Maps a Handlebars or helper error to `templates/x.hbs:LINE: message`. */
function located(error: unknown, source: TemplateSource, lineOffset: number, body = ""): TemplateError {
  if (error instanceof TemplateError) return error;
  if (!(error instanceof Error)) return new TemplateError(`${source.file}: ${String(error)}`);
  let line: number | undefined;
  let message = error.message;
  if (error instanceof HelperError) line = error.line;
  else {
    const e = error as Error & { lineNumber?: number };
    line = e.lineNumber;
    const parse = /^Parse error on line (\d+):\n[\s\S]*?\n(Expecting [\s\S]*)$/.exec(message);
    if (parse) {
      line = Number(parse[1]);
      message = `syntax error: ${parse[2]!.replace(/\n/g, " ")}`;
    }
    if (error instanceof RangeError && /call stack/.test(message)) message = "partials include each other without end (a template includes itself)";
    // Strict mode reading a field of a missing object fails inside Handlebars
    // without a position: find the line that names the field.
    const reading = /^Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)$/.exec(message);
    if (reading) {
      message = `a field this template names does not exist (no object holds "${reading[1]}")`;
      const at = body.split("\n").findIndex((l) => new RegExp(`\\{\\{[^}]*\\.${reading[1]!.replace(/\W/g, "\\$&")}\\b`).test(l));
      if (at >= 0) line = at + 1;
    }
    message = message.replace(/ - \d+:\d+$/, "").replace(/ in \[object Object\]$/, " in the data given to this template")
      .replace(/ not defined in (undefined|null)$/, " not defined: the object that should hold it is missing (check each name in the path)");
  }
  const where = line === undefined ? source.file : `${source.file}:${line + lineOffset}`;
  return new TemplateError(`${where}: ${message}`);
}

type Node = { type: string; [key: string]: unknown };

function isProbe(node: unknown): boolean {
  const n = node as Node | undefined;
  return n?.type === "PathExpression" && (n.parts as string[]).some((p) => PROBES.has(p));
}

/**
 * `{{constructor}}`, `{{__proto__.x}}`, `{{#with constructor}}` are replaced by nothing or null,
 * and every `{{{ }}}` is escaped like `{{ }}`: record text cannot bypass the escaper.
 */
function harden(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const n = node as Node;
  if (n.type === "MustacheStatement") n.escaped = true;
  if (Array.isArray(n.body)) {
    n.body = (n.body as Node[]).map((s) =>
      (s.type === "MustacheStatement" || s.type === "BlockStatement") && isProbe(s.path) ? { type: "ContentStatement", value: "", original: "", loc: s.loc } : s);
  }
  if (Array.isArray(n.params)) n.params = (n.params as Node[]).map((p) => (isProbe(p) ? nullLiteral(p) : p));
  const hash = n.hash as { pairs?: Array<{ value: Node }> } | undefined;
  for (const pair of hash?.pairs ?? []) if (isProbe(pair.value)) pair.value = nullLiteral(pair.value);
  for (const value of Object.values(n)) {
    if (Array.isArray(value)) value.forEach(harden);
    else if (value && typeof value === "object") harden(value);
  }
}

function nullLiteral(node: Node): Node {
  return { type: "NullLiteral", value: null, original: null, loc: node.loc };
}
