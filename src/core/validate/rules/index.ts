// The rules that schemas cannot express, in the order their findings read best.
import type { Rule } from "../rule-context.js";
import { auditsPerYear } from "./audit-limits.js";
import { lifecycleDateOrder } from "./date-order.js";
import { idMatchesFileName, idsAreUnique } from "./identity.js";
import { lcsprActionsShowImpact, recommendationsHaveActions } from "./recommendations.js";
import { actionSources, reviewReferences, s11References } from "./references.js";
import { s11Returns, sixStepsPlans } from "./section-11.js";
import { actionStatus, auditStatus, reviewStatus } from "./status-consistency.js";
import { vocabularyTerms } from "./vocabulary.js";

export const RULES: readonly Rule[] = [
  idMatchesFileName,
  idsAreUnique,
  reviewReferences,
  s11References,
  actionSources,
  vocabularyTerms,
  lifecycleDateOrder,
  reviewStatus,
  auditStatus,
  actionStatus,
  s11Returns,
  sixStepsPlans,
  recommendationsHaveActions,
  lcsprActionsShowImpact,
  auditsPerYear,
];
