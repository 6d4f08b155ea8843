// The learning-briefing columns every exported review, audit and S11 cycle
// shares, in one place so their order and headings agree across sheets.
import type { Briefing } from "../model/records.js";
import { joinList } from "./joins.js";
import { date, text, type ColumnDef } from "./model.js";

export function briefingDefs<T>(get: (item: T) => Briefing | undefined): ColumnDef<T>[] {
  return [
    text("briefingDoDifferently", "Briefing: do differently", (item) => joinList(get(item)?.doDifferently)),
    text("briefingQuestions", "Briefing: learning for practice", (item) => joinList(get(item)?.questions)),
    text("briefingLinks", "Briefing: links", (item) => joinList(get(item)?.links?.map((l) => `${l.title} <${l.url}>`))),
    date("briefingPublished", "Briefing published", (item) => get(item)?.publishedOn),
  ];
}
