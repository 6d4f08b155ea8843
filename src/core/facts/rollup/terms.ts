// Abuse and neglect types, and learning themes: how many rapid reviews held
// in the period recorded each (the report's analysis counts rapid reviews),
// sorted by count then label, and the three most common with ties shown.
import type { Term } from "../../model/records.js";
import { compareText } from "./period.js";
import type { HeldRapidReview } from "./rapid-reviews.js";
import type { TermCount, TermCountsRollup } from "./types.js";

export function termCounts(
  held: readonly HeldRapidReview[],
  termsOf: (h: HeldRapidReview) => readonly string[] | undefined,
  vocabulary: readonly Term[],
): TermCountsRollup {
  const labels = new Map(vocabulary.map((t) => [t.id, t.label]));
  const reviewsByTerm = new Map<string, string[]>();
  const reviewsWithNone: string[] = [];
  let mentions = 0;
  for (const h of held) {
    // A term listed twice in one review still counts that review once.
    const terms = [...new Set(termsOf(h) ?? [])];
    if (terms.length === 0) reviewsWithNone.push(h.item.id);
    for (const term of terms) {
      const list = reviewsByTerm.get(term) ?? [];
      list.push(h.item.id);
      reviewsByTerm.set(term, list);
      mentions += 1;
    }
  }
  const counts: TermCount[] = [...reviewsByTerm.entries()]
    .map(([id, reviews]) => ({
      id, label: labels.get(id) ?? id, inVocabulary: labels.has(id), count: reviews.length, rank: 0, reviews: [...reviews].sort(compareText),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.label, b.label) || compareText(a.id, b.id));
  // Competition ranking (1, 2, 2, 4): everything ranked 3 or better is in the
  // top three, so a tie for third place shows every tied term.
  counts.forEach((c, i) => {
    c.rank = i > 0 && counts[i - 1]!.count === c.count ? counts[i - 1]!.rank : i + 1;
  });
  return { reviews: held.length, mentions, counts, topThree: counts.filter((c) => c.rank <= 3), reviewsWithNone: reviewsWithNone.sort(compareText) };
}
