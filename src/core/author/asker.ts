// The asker for a person at a terminal: each question becomes one prompt
// (text, a list to choose from, ticks, yes/no), checked as typed with the
// same checks an unattended run gets. The prompt itself is passed in, so this
// stays free of the terminal (io/prompts.ts runs it).
import { checkAnswer } from "./check.js";
import { isRequired, titleOf, type Asker, type RepeatQuestion, type SimpleQuestion } from "./engine.js";
import { joinPath, withoutIndices } from "./paths.js";
import { plural } from "./words.js";
import type { Answers, Choice, Scope } from "./types.js";

export type PromptSpec =
  | { type: "input"; message: string; default?: string; validate: (text: string) => true | string }
  | { type: "select"; message: string; choices: Array<{ name: string; value: string }>; default?: string }
  | { type: "checkbox"; message: string; choices: Array<{ name: string; value: string; checked: boolean }>; validate: (values: readonly string[]) => true | string }
  | { type: "confirm"; message: string; default: boolean };

export interface PromptIO {
  prompt(spec: PromptSpec): Promise<unknown>;
  /** A line for the person (a heading, a field's help). */
  print(text: string, style?: "heading" | "help"): void;
}

const SKIP = "\u0000skip";
const OTHER = "\u0000other";

function choiceName(c: Choice): string {
  return c.label === c.value ? c.value : `${c.label} (${c.value})`;
}

function helpOf(q: SimpleQuestion | RepeatQuestion, s: Scope): string | undefined {
  return q.help ?? s.ctx.describe(withoutIndices(joinPath(s.path, q.key))).description;
}

export function terminalAsker(io: PromptIO): Asker {
  const checked = (q: SimpleQuestion, s: Scope, raw: unknown): true | string => {
    const c = checkAnswer(q, raw, s);
    return c.ok ? true : c.message;
  };
  return {
    heading: (text) => io.print(text, "heading"),
    async ask(q, s, proposed, required) {
      const message = titleOf(q, s) + (required ? "" : " (optional)");
      const help = helpOf(q, s);
      if (help) io.print(help, "help");
      const fallback = proposed === undefined ? undefined : Array.isArray(proposed) ? proposed.join(",") : String(proposed);
      switch (q.type) {
        case "text": case "date": case "integer": {
          const hint = q.type === "date" ? " (YYYY-MM-DD)" : "";
          const text = String(await io.prompt({
            type: "input",
            message: message + hint,
            default: fallback,
            validate: (t) => (!t.trim() && !required ? true : checked(q, s, t)),
          })).trim();
          return text ? valueOf(q, s, text) : undefined;
        }
        case "select": {
          const options = q.choices(s);
          const list = options.map((c) => ({ name: choiceName(c), value: c.value }));
          if (q.otherText) list.push({ name: "Another (type it)", value: OTHER });
          if (!required) list.unshift({ name: q.empty ?? "(skip)", value: SKIP });
          if (!list.length || (list.length === 1 && list[0]!.value === SKIP)) {
            io.print("(nothing to choose from yet)", "help");
            return undefined;
          }
          const chosen = String(await io.prompt({ type: "select", message, choices: list, default: fallback && options.some((c) => c.value === fallback) ? fallback : undefined }));
          if (chosen === SKIP) return undefined;
          if (chosen === OTHER) {
            const typed = String(await io.prompt({ type: "input", message, validate: (t) => checked(q, s, t) })).trim();
            return valueOf(q, s, typed);
          }
          return valueOf(q, s, chosen);
        }
        case "multi": {
          const options = q.choices(s);
          if (!options.length) {
            io.print("(nothing to choose from in partnership.yaml)", "help");
            return required ? [] : undefined;
          }
          const pre = new Set(Array.isArray(proposed) ? proposed.map(String) : []);
          const values = (await io.prompt({
            type: "checkbox",
            message: `${message} (space to tick, enter when done)`,
            choices: options.map((c) => ({ name: choiceName(c), value: c.value, checked: pre.has(c.value) })),
            validate: (v) => ((q.min ?? 0) > v.length ? `choose at least ${q.min}` : true),
          })) as string[];
          return values.length || required ? values : undefined;
        }
        case "confirm": {
          const yes = Boolean(await io.prompt({ type: "confirm", message, default: proposed === true }));
          return yes || !q.omitFalse ? yes : undefined;
        }
        case "texts": {
          const texts: string[] = [];
          for (;;) {
            const t = String(await io.prompt({ type: "input", message: `${titleOf(q, s)} ${texts.length + 1} (empty to finish)`, validate: () => true })).trim();
            if (!t) break;
            texts.push(t);
          }
          return texts.length ? texts : undefined;
        }
      }
    },
    async more(q: RepeatQuestion, s: Scope, count: number) {
      if (count === 0) {
        const help = helpOf(q, s);
        if (help) io.print(help, "help");
      }
      const message = count === 0 ? `Add ${article(q.noun)} ${q.noun}?` : `Add another ${q.noun}?`;
      return Boolean(await io.prompt({ type: "confirm", message, default: count === 0 && isRequired(q, s) }));
    },
    async takeProposed(q: RepeatQuestion, s: Scope, proposed: Answers[]) {
      io.print(`${titleOf(q, s)} proposed:`, "heading");
      for (const item of proposed) io.print(`  ${q.itemSummary ? q.itemSummary(item) : Object.values(item).map(String).join(", ")}`, "help");
      return Boolean(await io.prompt({ type: "confirm", message: `Use these ${proposed.length} ${plural(q.noun)} as they are?`, default: true }));
    },
  };
}

/** The checked value of an answer the prompt already validated. */
function valueOf(q: SimpleQuestion, s: Scope, raw: unknown): unknown {
  const c = checkAnswer(q, raw, s);
  return c.ok ? c.value : undefined;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? "an" : "a";
}
