// Which rapid reviews a period holds. Children, abuse types and themes are
// all counted across this same set, as the annual report's analysis does.
import type { Located, RapidReview } from "../../model/records.js";
import type { NotCountedLog } from "./not-counted.js";
import { byDateThenId, inPeriod } from "./period.js";
import type { RapidReviewItem, RollupPeriod } from "./types.js";

export interface HeldRapidReview {
  located: Located<RapidReview>;
  item: RapidReviewItem;
}

/**
 * A rapid review belongs to the year its meeting was held in (dates.meeting);
 * when no meeting date is recorded, to the year the partnership became aware
 * (dates.aware), and the output says so (`placedByAware`).
 */
export function heldRapidReviews(reviews: readonly Located<RapidReview>[], period: RollupPeriod, log: NotCountedLog): HeldRapidReview[] {
  const held: HeldRapidReview[] = [];
  for (const located of reviews) {
    const r = located.record;
    const meeting = r.dates?.meeting;
    const date = meeting ?? r.dates?.aware;
    if (date === undefined) {
      log.add(located, "rapidReviews.held", "dates.meeting, dates.aware", "a rapid review is placed in a period by its meeting date, or the date the partnership became aware");
      continue;
    }
    if (!inPeriod(date, period)) continue;
    held.push({
      located,
      item: {
        id: r.id,
        file: located.file,
        name: r.pseudonym,
        date,
        dateField: meeting !== undefined ? "dates.meeting" : "dates.aware",
        decision: r.decision?.outcome ?? "undecided",
        lcspr: r.decision?.outcome === "lcspr" ? (r.decision.lcspr ?? null) : null,
      },
    });
  }
  return held.sort((a, b) => byDateThenId(a.item, b.item));
}
