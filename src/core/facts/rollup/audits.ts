// Multi-agency case file audits: held in the period by type, cancelled with
// reasons, cases audited, and the grades of those cases per grade scale.
import type { Audit, AuditType, Located, Partnership } from "../../model/records.js";
import type { NotCountedLog } from "./not-counted.js";
import { byDateThenId, compareText, inPeriod, wholePercent } from "./period.js";
import type { AuditItem, AuditsRollup, CancelledAuditItem, GradeCount, RollupPeriod } from "./types.js";

const TYPES: ReadonlyArray<{ type: AuditType; label: string }> = [
  { type: "deep-dive", label: "Deep dive" },
  { type: "thematic", label: "Thematic" },
  { type: "regular", label: "Regular case file audit" },
];

const UNSPECIFIED_SCALE = "unspecified";

export function auditsRollup(audits: readonly Located<Audit>[], partnership: Partnership | undefined, period: RollupPeriod, log: NotCountedLog): AuditsRollup {
  const held: Array<{ item: AuditItem; audit: Audit }> = [];
  const cancelled: CancelledAuditItem[] = [];
  for (const located of audits) {
    const a = located.record;
    if (a.status === "cancelled") {
      // A cancelled audit belongs to the year it was planned for (the report
      // says "two were cancelled" in the year they should have happened);
      // without a planned date, to the year it was cancelled.
      const date = a.dates?.planned ?? a.cancellation?.date;
      if (date === undefined) {
        log.add(located, "audits.cancelled", "dates.planned, cancellation.date", "a cancelled audit is placed by the date it was planned for, or the date it was cancelled");
      } else if (inPeriod(date, period)) {
        cancelled.push({
          id: a.id, file: located.file, name: a.title, date, dateField: a.dates?.planned !== undefined ? "dates.planned" : "cancellation.date",
          type: a.type, reason: a.cancellation?.reason ?? "no reason recorded",
        });
      }
      continue;
    }
    const heldOn = a.dates?.held;
    if (heldOn === undefined) {
      if (a.status === "completed") log.add(located, "audits.held", "dates.held", "the audit is completed but the date it was held is not recorded");
      continue;
    }
    // A planned audit's date is a plan, not an audit held.
    if (a.status === "planned" || !inPeriod(heldOn, period)) continue;
    held.push({ audit: a, item: { id: a.id, file: located.file, name: a.title, date: heldOn, dateField: "dates.held", type: a.type, cases: a.cases?.length ?? 0 } });
  }
  held.sort((x, y) => byDateThenId(x.item, y.item));
  cancelled.sort(byDateThenId);

  const reasons = new Map<string, number>();
  for (const c of cancelled) reasons.set(c.reason, (reasons.get(c.reason) ?? 0) + 1);
  return {
    held: {
      count: held.length,
      byType: TYPES.map(({ type, label }) => ({ type, label, count: held.filter((h) => h.item.type === type).length })),
      items: held.map((h) => h.item),
    },
    cancelled: {
      count: cancelled.length,
      reasons: [...reasons.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || compareText(a.reason, b.reason)),
      items: cancelled,
    },
    casesAudited: held.reduce((sum, h) => sum + h.item.cases, 0),
    grades: gradeDistribution(held.map((h) => h.audit), partnership),
  };
}

/** Grades per scale, in the partnership's scale order, every grade of a used scale shown (zeros too). */
function gradeDistribution(audits: readonly Audit[], partnership: Partnership | undefined): AuditsRollup["grades"] {
  const scales = partnership?.vocabularies.auditGradeScales ?? [];
  const gradesByScale = new Map<string, string[]>();
  for (const a of audits) {
    for (const c of a.cases ?? []) {
      const scale = a.gradeScale ?? UNSPECIFIED_SCALE;
      gradesByScale.set(scale, [...(gradesByScale.get(scale) ?? []), c.grade]);
    }
  }
  const order = [...scales.map((s) => s.id), ...[...gradesByScale.keys()].filter((id) => !scales.some((s) => s.id === id)).sort(compareText)];
  return order.filter((id) => gradesByScale.has(id)).map((id) => {
    const scale = scales.find((s) => s.id === id);
    const given = gradesByScale.get(id)!;
    const vocabulary = scale?.grades ?? [];
    const extra = [...new Set(given.filter((g) => !vocabulary.some((v) => v.id === g)))].sort(compareText);
    const grades: GradeCount[] = [
      ...vocabulary.map((g) => ({ id: g.id, label: g.label, inScale: true })),
      ...extra.map((g) => ({ id: g, label: g, inScale: false })),
    ].map((g) => {
      const count = given.filter((x) => x === g.id).length;
      return { ...g, count, percent: wholePercent(count, given.length) };
    });
    return { scale: id, label: scale?.label ?? (id === UNSPECIFIED_SCALE ? "No grade scale named" : id), total: given.length, grades };
  });
}
