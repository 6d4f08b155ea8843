// Terms come from the partnership file: an agency, a group, a theme or a
// grade that is not listed there is a typo or a term to add there first.
import { itemPointer, readablePath } from "../../findings.js";
import type { Located, Partnership } from "../../model/records.js";
import { article, listSome } from "../../text/lists.js";
import { didYouMean } from "../../text/nearest.js";
import type { Rule, RuleContext } from "../rule-context.js";

interface Vocab {
  ids: ReadonlySet<string>;
  what: string;
  where: string;
}

function vocabularies(p: Partnership) {
  const set = (terms: Array<{ id: string }> | undefined) => new Set((terms ?? []).map((t) => t.id));
  const agencies = set(p.agencies);
  return {
    agency: { ids: agencies, what: "agency", where: "agencies" },
    agencyOrPartnership: { ids: new Set([...agencies, "partnership"]), what: "agency (or partnership)", where: "agencies" },
    group: { ids: set(p.groups), what: "group", where: "groups" },
    theme: { ids: set(p.vocabularies.learningThemes), what: "learning theme", where: "vocabularies.learningThemes" },
    abuseType: { ids: set(p.vocabularies.abuseTypes), what: "abuse or neglect type", where: "vocabularies.abuseTypes" },
    ageBand: { ids: set(p.vocabularies.ageBands), what: "age band", where: "vocabularies.ageBands" },
    priority: { ids: set(p.priorities), what: "priority", where: "priorities" },
    scale: { ids: set(p.vocabularies.auditGradeScales), what: "grade scale", where: "vocabularies.auditGradeScales" },
  } satisfies Record<string, Vocab>;
}

/** Vocabularies this short are listed in the message; longer ones only named. */
const LIST_UP_TO = 12;

/**
 * Reports `term` unless `vocab` lists it, at `base`, or at `base/index/tail`
 * for an item of a list: the pointer is only made for a report.
 */
function check(ctx: RuleContext, r: Located, term: string | undefined, vocab: Vocab, base: string, index?: number, tail = ""): void {
  if (term === undefined || vocab.ids.has(term)) return;
  const pointer = itemPointer(base, index, tail);
  const guess = didYouMean(term, vocab.ids);
  const known = vocab.ids.size <= LIST_UP_TO ? `: ${listSome(vocab.ids)}` : "";
  ctx.report(r, pointer, "vocabulary",
    `${readablePath(pointer)}: "${term}" is not ${article(vocab.what)} ${vocab.what} listed in records/partnership.yaml${guess ? `; ${guess}` : ""} (use one from ${vocab.where}${known}, or add it there first)`);
}

function checkAll(ctx: RuleContext, r: Located, pointer: string, terms: readonly string[] | undefined, vocab: Vocab): void {
  if (terms) for (let i = 0; i < terms.length; i++) check(ctx, r, terms[i], vocab, pointer, i);
}

export const vocabularyTerms: Rule = (ctx) => {
  const p = ctx.store.partnership?.record;
  if (!p) return;
  const v = vocabularies(p);
  const scales = new Map(p.vocabularies.auditGradeScales.map((s) => [s.id, { ids: new Set(s.grades.map((g) => g.id)), what: `grade on the ${s.id} scale`, where: `the ${s.id} scale's grades` }]));
  for (const r of ctx.store.records) {
    const rec = r.record;
    if ("themes" in rec) checkAll(ctx, r, "/themes", rec.themes, v.theme);
    if ("abuseTypes" in rec) checkAll(ctx, r, "/abuseTypes", rec.abuseTypes, v.abuseType);
    if ("priorities" in rec && rec.kind !== "partnership") checkAll(ctx, r, "/priorities", rec.priorities, v.priority);
    if ("agencies" in rec && rec.kind !== "partnership") checkAll(ctx, r, "/agencies", rec.agencies, v.agency);
    if ("children" in rec) (rec.children ?? []).forEach((c, i) => check(ctx, r, c.ageBand, v.ageBand, "/children", i, "/ageBand"));
    if ("recommendations" in rec) (rec.recommendations ?? []).forEach((x, i) => check(ctx, r, x.for, v.agencyOrPartnership, "/recommendations", i, "/for"));
    switch (rec.kind) {
      case "action":
        check(ctx, r, rec.leadAgency, v.agencyOrPartnership, "/leadAgency");
        check(ctx, r, rec.group, v.group, "/group");
        break;
      case "s11-return":
        check(ctx, r, rec.agency, v.agency, "/agency");
        break;
      case "audit":
        checkAudit(ctx, r, v, scales);
        break;
      case "lcspr": case "scr": case "multi-agency-review": case "partnership-review": case "single-agency-review":
        check(ctx, r, rec.agency, v.agency, "/agency");
        (rec.actionPlanReview?.impact ?? []).forEach((x, i) => check(ctx, r, x.agency, v.agency, "/actionPlanReview/impact", i, "/agency"));
        break;
    }
  }
};

function checkAudit(ctx: RuleContext, r: Located, v: ReturnType<typeof vocabularies>, scales: ReadonlyMap<string, Vocab>): void {
  if (r.record.kind !== "audit") return;
  const audit = r.record;
  audit.cases?.forEach((c, i) => check(ctx, r, c.ageBand, v.ageBand, "/cases", i, "/ageBand"));
  if (!audit.cases?.length) return;
  if (!audit.gradeScale) {
    ctx.report(r, "/cases", "audit-grade-scale", `cases: the cases are graded but gradeScale is missing; add gradeScale naming the scale the grades come from (${listSome(v.scale.ids)})`, "error", "key");
    return;
  }
  check(ctx, r, audit.gradeScale, v.scale, "/gradeScale");
  const grades = scales.get(audit.gradeScale);
  if (grades) audit.cases.forEach((c, i) => check(ctx, r, c.grade, grades, "/cases", i, "/grade"));
}
