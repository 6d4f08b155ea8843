// Children across the rapid reviews held in the period: total, by sex, by
// age band with whole-percent shares stated as they come (the report's "6 of
// 25 children; 24%"), and cumulative shares (under 1 and 1 together).
import type { Partnership, Sex } from "../../model/records.js";
import { compareText, wholePercent } from "./period.js";
import type { HeldRapidReview } from "./rapid-reviews.js";
import type { ChildrenRollup } from "./types.js";

const SEXES: ReadonlyArray<{ sex: Sex; label: string }> = [
  { sex: "female", label: "Female" },
  { sex: "male", label: "Male" },
  { sex: "not-recorded", label: "Not recorded" },
];

export function childrenRollup(held: readonly HeldRapidReview[], partnership: Partnership | undefined): ChildrenRollup {
  const children = held.flatMap((h) => h.located.record.children ?? []);
  const total = children.length;
  const bySex = SEXES.map(({ sex, label }) => {
    const count = children.filter((c) => c.sex === sex).length;
    return { sex, label, count, percent: wholePercent(count, total) };
  });

  // Every band of the vocabulary, in the partnership's order, zeros too (the
  // report's chart shows each age group); bands outside it follow by id.
  const vocabulary = partnership?.vocabularies.ageBands ?? [];
  const known = new Set(vocabulary.map((b) => b.id));
  const others = [...new Set(children.map((c) => c.ageBand).filter((b) => !known.has(b)))].sort(compareText);
  const bands = [
    ...vocabulary.map((b) => ({ id: b.id, label: b.label, inVocabulary: true })),
    ...others.map((id) => ({ id, label: id, inVocabulary: false })),
  ];
  let cumulative = 0;
  const byAgeBand = bands.map((band) => {
    const count = children.filter((c) => c.ageBand === band.id).length;
    cumulative += count;
    return {
      ...band, count, percent: wholePercent(count, total),
      cumulativeCount: cumulative, cumulativePercent: wholePercent(cumulative, total),
    };
  });
  const percentSum = total === 0 ? null : byAgeBand.reduce((sum, b) => sum + (b.percent ?? 0), 0);
  return { reviews: held.length, total, bySex, byAgeBand, percentSum };
}
