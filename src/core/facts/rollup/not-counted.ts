// Records a figure cannot place because a date it needs is missing are
// collected here and shown, never silently dropped.
import type { LifRecord, Located } from "../../model/records.js";
import { compareText } from "./period.js";
import type { NotCounted } from "./types.js";

export class NotCountedLog {
  private readonly entries = new Map<string, NotCounted>();

  add(located: Located<LifRecord>, figure: string, missing: string, reason: string): void {
    const key = `${figure}\u0000${located.record.id}`;
    if (this.entries.has(key)) return;
    this.entries.set(key, { id: located.record.id, file: located.file, kind: located.record.kind, figure, missing, reason });
  }

  list(): NotCounted[] {
    return [...this.entries.values()].sort((a, b) => compareText(a.figure, b.figure) || compareText(a.id, b.id));
  }
}
