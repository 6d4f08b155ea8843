// Which plan asks for which kind of record.
import type { Plan, Question } from "../types.js";
import { actionPlan } from "./action.js";
import { auditPlan } from "./audit.js";
import { practiceReviewPlan } from "./practice-review.js";
import { rapidReviewPlan } from "./rapid-review.js";
import { s11CyclePlan, s11ReturnPlan, sixStepsPlan } from "./section-11.js";

export { NEW_KINDS } from "../new-kinds.js";

export function planFor(kind: string): Plan | undefined {
  switch (kind) {
    case "rapid-review": return rapidReviewPlan;
    case "lcspr": case "scr": case "multi-agency-review": case "partnership-review": case "single-agency-review":
      return practiceReviewPlan(kind);
    case "audit": return auditPlan;
    case "s11-cycle": return s11CyclePlan;
    case "s11-return": return s11ReturnPlan;
    case "six-steps": return sixStepsPlan;
    case "action": return actionPlan;
    default: return undefined;
  }
}

/** The question at a dotted path without indices ("ratings.actions.due"), for --set short forms. */
export function findQuestion(questions: readonly Question[], field: string): Question | undefined {
  for (const q of questions) {
    if (q.key === field) return q;
    if (q.type === "repeat" && field.startsWith(`${q.key}.`)) return findQuestion(q.items, field.slice(q.key.length + 1));
  }
  return undefined;
}
