// The fast path: js-yaml with the YAML 1.2 core schema (dates stay strings),
// about ten times quicker than `yaml`. It is used only where it is safe to be
// wrong about nothing: any file it cannot read cleanly, or that may use
// anchors and aliases, goes to the precise parser, which owns every message.
import { load, CORE_SCHEMA } from "js-yaml";
import { parseBlockYaml } from "./block-parse.js";

export type FastResult = { ok: true; data: unknown } | { ok: false };

// An anchor or alias is `&name` or `*name` after a space, a sequence dash,
// a flow bracket or a colon. Text such as "*important*" inside a quoted or
// plain scalar may match too; that only costs a slower parse.
const MAYBE_ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/m;

// Tags (`!!str`, `!custom`, a bare `!`) resolve differently; records need none.
const MAYBE_TAG = /(?:^|[\s[{,:-])!/m;

// YAML 1.2 core reads `1_000` as text and `0o17` as a number; js-yaml does
// the reverse. Files with such scalars take the precise path so both agree.
const MAYBE_NUMBER_DIALECT = /[\s:-]\s*[-+]?(?:0[bo][0-7]|\d[\d_]*_\d|0x[0-9a-fA-F_]*_)/;

// js-yaml reads `-.5` and `+.5` as text and `-0` as 0; YAML 1.2 core reads
// -0.5, 0.5 and -0. A carriage return alone ends a line for js-yaml only.
const MAYBE_SIGNED_DIALECT = /(?:^|[\s:[{,])[-+](?:\.\d|0(?:$|[\s,\]}]))|\r(?!\n)/m;

// A key that is itself a list or mapping (`? k: v`, `[a]: b`) becomes text
// differently in each parser; records never need one.
// So do a null key (`null:`, `~:`, `: v`) and an empty item of a list
// inside a list (`- -`).
const MAYBE_COMPLEX_KEY = /^[ \t]*(?:-[ \t]+)*(?:\?(?:[ \t]|$)|[[{].*[\]}][ \t]*:(?:[ \t]|$)|-[ \t]*$|(?:null|Null|NULL|~)?[ \t]*:(?:[ \t]|$))/m;

// A quoted value running over several lines: js-yaml accepts continuation
// lines that YAML 1.2 rejects as under-indented.
const MAYBE_MULTILINE_QUOTE = /(?:^|[\s[{,:])(?:"(?:[^"\\\n]|\\.)*|'(?:[^'\n]|'')*)$/m;

export function fastParse(text: string): FastResult {
  // Plain block YAML, the way records are written, is read without js-yaml.
  const block = parseBlockYaml(text);
  if (block) return { ok: true, data: block.data };
  if (MAYBE_ANCHOR_OR_ALIAS.test(text) || MAYBE_NUMBER_DIALECT.test(text) || MAYBE_SIGNED_DIALECT.test(text) || MAYBE_COMPLEX_KEY.test(text) || MAYBE_MULTILINE_QUOTE.test(text) || MAYBE_TAG.test(text)) return { ok: false };
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}
