// "Did you mean" for a dangling reference compares it with every id of the
// expected kinds: a pass over the store for each dangling reference. To keep
// validation linear in the number of records however many references dangle,
// only the first SUGGESTION_SEARCHES get a suggestion; later ones still say
// what is wrong and what kind of record was expected.
import { didYouMean } from "../text/nearest.js";
import type { KnownIdIndex } from "./rule-context.js";

export const SUGGESTION_SEARCHES = 200;

export function idSuggester(allIds: KnownIdIndex): (id: string, kinds: ReadonlySet<string> | undefined) => string {
  let searches = 0;
  let byKind: Map<string, string[]> | undefined;
  const idsOfKind = (kind: string): string[] => {
    if (!byKind) {
      byKind = new Map();
      for (const [id, known] of allIds) {
        const key = known.kind ?? "";
        const list = byKind.get(key);
        if (list) list.push(id);
        else byKind.set(key, [id]);
      }
    }
    return byKind.get(kind) ?? [];
  };
  return (id, kinds) => {
    if (searches >= SUGGESTION_SEARCHES) return "";
    searches++;
    const candidates = kinds ? [...kinds].flatMap(idsOfKind) : idsOf(allIds);
    return didYouMean(id, candidates);
  };
}

function* idsOf(allIds: KnownIdIndex): Generator<string> {
  for (const [id] of allIds) yield id;
}
