// How records without a name field of their own are named, and how RAG
// ratings rank, in one place so deadlines, rollup and diff say the same.
import type { Rag, S11Cycle, SixSteps } from "./records.js";

/** A cycle's title, or "Section 11 <year>" when it has none. */
export function s11CycleTitle(cycle: Pick<S11Cycle, "title" | "year">): string {
  return cycle.title ?? `Section 11 ${cycle.year}`;
}

export function sixStepsTitle(assessment: Pick<SixSteps, "assessed">): string {
  return `Six steps self-assessment of ${assessment.assessed}`;
}

/** Green is best, red worst: a higher rank is a worse rating. */
export const RAG_SEVERITY: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

/** The label of a vocabulary term, group or priority by id (its label, name or title), or the id when it is not in the list. */
export function labelOf(list: ReadonlyArray<{ id: string; label?: string; name?: string; title?: string }> | undefined, id: string): string {
  const hit = list?.find((t) => t.id === id);
  return hit?.label ?? hit?.name ?? hit?.title ?? id;
}
