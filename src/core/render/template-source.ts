// A template as lif found it: where it came from and its text. Front matter
// (YAML between `---` lines at the top) carries settings such as the word
// budget of a one-page briefing; it is never rendered.
import { parse } from "yaml";
import { parseBlockYaml } from "../parse/block-parse.js";

export type TemplateOrigin = "built-in" | "store";

export interface TemplateSource {
  /** Relative name without `.hbs`, forward slashes: `annual-report/reviews`. */
  name: string;
  /** How messages name the file: `templates/annual-report/reviews.hbs`. */
  file: string;
  origin: TemplateOrigin;
  text: string;
}

export interface FrontMatter {
  /** A one-page document: the most words it should hold. */
  wordBudget?: number;
  /** What the template is for, shown by `lif templates list`. */
  description?: string;
}

export interface SplitTemplate {
  frontMatter: FrontMatter;
  body: string;
  /** Lines taken by the front matter, to map body line numbers back to the file. */
  lineOffset: number;
}

export class TemplateError extends Error {
  override readonly name = "TemplateError";
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(source: TemplateSource): SplitTemplate {
  const m = FENCE.exec(source.text);
  if (!m) return { frontMatter: {}, body: source.text, lineOffset: 0 };
  let data: unknown;
  try {
    // The block reader answers for plain `key: value` lines, as `yaml` would (see block-parse.ts).
    data = (parseBlockYaml(m[1]!) ?? { data: parse(m[1]!) }).data;
  } catch (error) {
    throw new TemplateError(`${source.file}: front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const frontMatter: FrontMatter = {};
  if (data !== null && data !== undefined) {
    if (typeof data !== "object" || Array.isArray(data)) throw new TemplateError(`${source.file}: front matter must be a mapping, for example "wordBudget: 600"`);
    const { wordBudget, description } = data as Record<string, unknown>;
    if (wordBudget !== undefined) {
      if (typeof wordBudget !== "number" || !Number.isInteger(wordBudget) || wordBudget <= 0) {
        throw new TemplateError(`${source.file}: front matter wordBudget must be a whole number of words above 0`);
      }
      frontMatter.wordBudget = wordBudget;
    }
    if (description !== undefined) frontMatter.description = String(description);
  }
  const lineOffset = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0);
  return { frontMatter, body: source.text.slice(m[0].length), lineOffset };
}
