// The comment at the top of a written record: what it is, in words, and
// what to do next. No date or time: the same answers give the same file.
import { kindInfo } from "../model/kinds.js";
import type { Answers } from "./types.js";

export function headerLines(kind: string, record: Answers): string[] {
  const label = kindInfo(kind)?.label ?? kind;
  const what = describeRecord(kind, record);
  const first = `${label[0]!.toUpperCase()}${label.slice(1)}${what ? `: ${what}` : ""}.`;
  return [first, "Written by lif new; edit freely, then check with lif validate."];
}

function describeRecord(kind: string, r: Answers): string {
  const source = (r.source ?? {}) as Answers;
  switch (kind) {
    case "audit": return String(r.title ?? "");
    case "s11-cycle": return `${String(r.title ?? r.year ?? "")}`;
    case "s11-return": return `${String(r.agency ?? "")} in ${String(r.cycle ?? "")}`;
    case "six-steps": return `agreed ${String(r.assessed ?? "")}`;
    case "action": {
      const detail = source.standard ? `, standard ${String(source.standard)}` : source.recommendation ? `, recommendation ${String(source.recommendation)}` : source.item ? `, question ${String(source.item)}` : "";
      const from = source.record ?? [source.type, source.reference].filter(Boolean).join(" ");
      return `from ${String(from)}${detail}`;
    }
    default: return String(r.pseudonym ?? "");
  }
}
