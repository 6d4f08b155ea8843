// The rules that schemas cannot express: those about one record on its own,
// run as each file is checked, and those across the store, run once every
// file is checked, in the order their findings read best.
import type { RecordRule, Rule } from "../rule-context.js";
import { auditsPerYear } from "./audit-limits.js";
import { lifecycleDateOrder } from "./date-order.js";
import { idMatchesFileName, idsAreUnique } from "./identity.js";
import { lcsprActionsShowImpact, recommendationsHaveActions } from "./recommendations.js";
import { actionSources, reviewReferences, s11References } from "./references.js";
import { s11Returns, sixStepsPlans } from "./section-11.js";
import { actionStatus, auditStatus, reviewStatus } from "./status-consistency.js";
import { vocabularyTerms } from "./vocabulary.js";

export const RECORD_RULES: readonly RecordRule[] = [idMatchesFileName, lifecycleDateOrder, reviewStatus, auditStatus, actionStatus];

export const RULES: readonly Rule[] = [
  idsAreUnique,
  reviewReferences,
  s11References,
  actionSources,
  vocabularyTerms,
  s11Returns,
  sixStepsPlans,
  recommendationsHaveActions,
  lcsprActionsShowImpact,
  auditsPerYear,
];
