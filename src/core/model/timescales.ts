// Timescales are configuration with these defaults (DOMAIN.md, Working
// Together to Safeguard Children), overridable in partnership.yaml.
import type { Partnership, Timescales } from "./records.js";

export const DEFAULT_TIMESCALES: Readonly<Timescales> = {
  panelNotificationWorkingDays: 5,
  rapidReviewWorkingDays: 15,
  finalReportBeforePublicationWorkingDays: 7,
  lcsprCompletionMonths: 6,
  actionPlanReviewMonths: 24,
  s11CycleMonths: 24,
  qaActionLogReviewMonths: 6,
  maxAuditsPerYear: 5,
  maxDeepDivesPerYear: 2,
};

export function resolveTimescales(partnership: Partnership | undefined): Timescales {
  return { ...DEFAULT_TIMESCALES, ...(partnership?.timescales ?? {}) };
}
