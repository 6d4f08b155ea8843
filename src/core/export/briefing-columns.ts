// The learning-briefing columns every exported review, audit and S11 cycle
// shares, in one place so their order and headings agree across sheets.
import type { Briefing } from "../model/records.js";
import { briefingColumns } from "./joins.js";
import { date, text, type ColumnDef } from "./model.js";

export function briefingDefs<T>(get: (item: T) => Briefing | undefined): ColumnDef<T>[] {
  const b = briefingColumns<T>(get);
  return [
    text("briefingDoDifferently", "Briefing: do differently", b.doDifferently),
    text("briefingQuestions", "Briefing: learning for practice", b.questions),
    text("briefingLinks", "Briefing: links", b.links),
    date("briefingPublished", "Briefing published", b.publishedOn),
  ];
}
