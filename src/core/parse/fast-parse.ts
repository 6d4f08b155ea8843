// The fast path: js-yaml with the YAML 1.2 core schema (dates stay strings),
// about ten times quicker than `yaml`. It is used only where it is safe to be
// wrong about nothing: any file it cannot read cleanly, or that may use
// anchors and aliases, goes to the precise parser, which owns every message.
import { load, CORE_SCHEMA } from "js-yaml";

export type FastResult = { ok: true; data: unknown } | { ok: false };

// An anchor or alias is `&name` or `*name` after a space, a sequence dash,
// a flow bracket or a colon. Text such as "*important*" inside a quoted or
// plain scalar may match too; that only costs a slower parse.
const MAYBE_ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/m;

// YAML 1.2 core reads `1_000` as text and `0o17` as a number; js-yaml does
// the reverse. Files with such scalars take the precise path so both agree.
const MAYBE_NUMBER_DIALECT = /[\s:-]\s*[-+]?(?:0[bo][0-7]|\d[\d_]*_\d|0x[0-9a-fA-F_]*_)/;

export function fastParse(text: string): FastResult {
  if (MAYBE_ANCHOR_OR_ALIAS.test(text) || MAYBE_NUMBER_DIALECT.test(text)) return { ok: false };
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}
