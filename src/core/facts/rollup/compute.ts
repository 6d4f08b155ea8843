// computeRollup: the figures of a period, computed from the records alone.
// Pure: no clock (asOf is given), no files; the same store and options give
// the same view.
import type { IsoDate } from "../../dates/calendar.js";
import type { RecordStore } from "../../model/store.js";
import { actionsRollup } from "./actions.js";
import { auditsRollup } from "./audits.js";
import { childrenRollup } from "./children.js";
import { NotCountedLog } from "./not-counted.js";
import { makePeriod } from "./period.js";
import { heldRapidReviews } from "./rapid-reviews.js";
import { reviewsRollup } from "./reviews.js";
import { s11Rollup } from "./s11.js";
import { termCounts } from "./terms.js";
import { ROLLUP_GROUPS, ROLLUP_VIEW_VERSION, type PeriodBasis, type RollupGroup, type RollupView } from "./types.js";

export interface RollupOptions {
  /** First day of the period (inclusive). */
  from: IsoDate;
  /** Last day of the period (inclusive). */
  to: IsoDate;
  /** The day the rollup is computed for; "at period end" figures use the earlier of this and `to`. Default: `to`. */
  asOf?: IsoDate;
  /** The Section 11 cycle to show; default the latest launched by period end. */
  cycle?: string;
  /** Which groups to compute; default all. */
  groups?: readonly RollupGroup[];
  /** How the period was asked for (labels only). Default "dates". */
  basis?: PeriodBasis;
}

export function computeRollup(store: RecordStore, options: RollupOptions): RollupView {
  const period = makePeriod(options.from, options.to, options.asOf ?? options.to, options.basis ?? "dates");
  const wanted = new Set(options.groups ?? ROLLUP_GROUPS);
  const groups = ROLLUP_GROUPS.filter((g) => wanted.has(g));
  const log = new NotCountedLog();
  const partnership = store.partnership?.record;
  const needsHeld = groups.some((g) => g === "reviews" || g === "children" || g === "abuse-types" || g === "themes");
  const held = needsHeld ? heldRapidReviews(store.rapidReviews, period, log) : [];

  const view: RollupView = {
    version: ROLLUP_VIEW_VERSION,
    partnership: partnership
      ? { id: partnership.id, name: partnership.name, shortName: partnership.shortName ?? null, startedOn: partnership.startedOn }
      : null,
    period,
    groups,
    notCounted: [],
  };
  if (wanted.has("reviews")) view.reviews = reviewsRollup(store, held, period, log);
  if (wanted.has("children")) view.children = childrenRollup(held, partnership);
  if (wanted.has("abuse-types")) view.abuseTypes = termCounts(held, (h) => h.located.record.abuseTypes, partnership?.vocabularies.abuseTypes ?? []);
  if (wanted.has("themes")) view.themes = termCounts(held, (h) => h.located.record.themes, partnership?.vocabularies.learningThemes ?? []);
  if (wanted.has("audits")) view.audits = auditsRollup(store.audits, partnership, period, log);
  if (wanted.has("s11")) view.s11 = s11Rollup(store, period, options.cycle, log);
  if (wanted.has("actions")) view.actions = actionsRollup(store, period, log);
  view.notCounted = log.list();
  // Key order of the JSON follows the group order, notCounted last.
  const { notCounted, ...rest } = view;
  return { ...rest, notCounted };
}
