// From answers to records: the record asked for, plus the action files its
// amber or red ratings and recommendations call for. Given fields the plan
// did not ask about are kept (an answers file may hold a whole record), in
// schema order, and fields the schema does not know are problems.
import { kindInfo } from "../model/kinds.js";
import { nextNumberedId } from "./ids.js";
import { isPlainObject } from "./paths.js";
import type { SchemaReader } from "./schema-walk.js";
import type { Answers, Problem } from "./types.js";

export interface BuiltRecord {
  kind: string;
  id: string;
  /** Store-relative path, e.g. records/actions/act-x-01.yaml. */
  file: string;
  record: Answers;
}

export interface Built {
  records: BuiltRecord[];
  problems: Problem[];
}

/** Answers asked win over answers given; lists merge entry by entry. */
export function mergeAnswers(given: unknown, asked: unknown): unknown {
  if (asked === undefined) return given;
  if (isPlainObject(given) && isPlainObject(asked)) {
    const out: Answers = { ...given };
    for (const [k, v] of Object.entries(asked)) out[k] = mergeAnswers(given[k], v);
    return out;
  }
  if (Array.isArray(given) && Array.isArray(asked)) return asked.map((v, i) => mergeAnswers(given[i], v));
  return asked;
}

export function recordFile(kind: string, id: string): string {
  const folder = kindInfo(kind)?.folder;
  return folder ? `records/${folder}/${id}.yaml` : `records/${id}.yaml`;
}

/** Where follow-up actions sit in the answers, and what their source says. */
const FOLLOW_UPS: Record<string, { list: string; source: (entry: Answers) => Answers }> = {
  "s11-return": { list: "ratings", source: (e) => ({ type: "s11", standard: e.standard }) },
  "six-steps": { list: "items", source: (e) => ({ type: "six-steps", item: e.id }) },
  audit: { list: "recommendations", source: (e) => ({ type: "audit", recommendation: e.id }) },
};
const REVIEW_FOLLOW_UP = { list: "recommendations", source: (e: Answers) => ({ type: "review", recommendation: e.id }) };

export function buildRecords(kind: string, answers: Answers, reader: SchemaReader, taken: ReadonlySet<string>): Built {
  const problems: Problem[] = [];
  const main: Answers = { kind, ...answers };
  delete main.$schema;
  main.kind = kind;
  const id = String(main.id ?? "");
  const used = new Set(taken);
  used.add(id);

  const actions: Answers[] = [];
  const follow = FOLLOW_UPS[kind] ?? (kind !== "rapid-review" && kind !== "action" && kind !== "s11-cycle" ? REVIEW_FOLLOW_UP : undefined);
  const list = follow ? main[follow.list] : undefined;
  if (follow && Array.isArray(list)) {
    main[follow.list] = list.map((entry: unknown) => {
      if (!isPlainObject(entry) || !("actions" in entry)) return entry;
      const { actions: planned, ...rest } = entry;
      for (const a of Array.isArray(planned) ? planned : []) {
        if (!isPlainObject(a)) continue;
        const actionId = typeof a.id === "string" && a.id ? a.id : nextNumberedId(`act-${id}`, used);
        used.add(actionId);
        actions.push({ status: "not-started", ...a, kind: "action", id: actionId, source: { ...follow.source(rest), record: id, ...(isPlainObject(a.source) ? a.source : {}) } });
      }
      return rest;
    });
  }

  const records: BuiltRecord[] = [];
  const add = (k: string, data: Answers, prefix: string) => {
    const info = kindInfo(k);
    if (!info) return;
    const conformed = reader.conform(data, reader.root(info.schema), prefix, problems) as Answers;
    records.push({ kind: k, id: String(conformed.id ?? ""), file: recordFile(k, String(conformed.id ?? "")), record: conformed });
  };
  add(kind, main, "");
  actions.forEach((a, i) => add("action", a, `(action ${i + 1})`));
  return { records, problems };
}
