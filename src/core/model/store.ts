// The loaded store: every schema-valid record, indexed once so that every
// cross-record question is a map lookup (validation stays linear).
import { PRACTICE_REVIEW_KINDS } from "./kinds.js";
import type {
  Action, Audit, LifRecord, Located, Partnership, PracticeReview, RapidReview, S11Cycle, S11Return, SixSteps,
} from "./records.js";
import { resolveTimescales } from "./timescales.js";
import type { Timescales } from "./records.js";

export class RecordStore {
  readonly partnership: Located<Partnership> | undefined;
  readonly records: readonly Located[];
  readonly byId: ReadonlyMap<string, Located>;
  readonly rapidReviews: Located<RapidReview>[] = [];
  readonly practiceReviews: Located<PracticeReview>[] = [];
  readonly audits: Located<Audit>[] = [];
  readonly s11Cycles: Located<S11Cycle>[] = [];
  readonly s11Returns: Located<S11Return>[] = [];
  readonly sixSteps: Located<SixSteps>[] = [];
  readonly actions: Located<Action>[] = [];
  /** Actions by the id of the record they come from. */
  readonly actionsBySource: ReadonlyMap<string, Located<Action>[]>;

  constructor(records: Located[]) {
    const sorted = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    this.records = sorted;
    const byId = new Map<string, Located>();
    const bySource = new Map<string, Located<Action>[]>();
    let partnership: Located<Partnership> | undefined;
    for (const located of sorted) {
      if (!byId.has(located.record.id)) byId.set(located.record.id, located);
      const r = located.record;
      if (r.kind === "partnership") partnership ??= located as Located<Partnership>;
      else if (r.kind === "rapid-review") this.rapidReviews.push(located as Located<RapidReview>);
      else if (PRACTICE_REVIEW_KINDS.has(r.kind)) this.practiceReviews.push(located as Located<PracticeReview>);
      else if (r.kind === "audit") this.audits.push(located as Located<Audit>);
      else if (r.kind === "s11-cycle") this.s11Cycles.push(located as Located<S11Cycle>);
      else if (r.kind === "s11-return") this.s11Returns.push(located as Located<S11Return>);
      else if (r.kind === "six-steps") this.sixSteps.push(located as Located<SixSteps>);
      else if (r.kind === "action") {
        this.actions.push(located as Located<Action>);
        const source = r.source.record;
        if (source) {
          const list = bySource.get(source);
          if (list) list.push(located as Located<Action>);
          else bySource.set(source, [located as Located<Action>]);
        }
      }
    }
    this.partnership = partnership;
    this.byId = byId;
    this.actionsBySource = bySource;
  }

  get timescales(): Timescales {
    return resolveTimescales(this.partnership?.record);
  }

  get<R extends LifRecord = LifRecord>(id: string): Located<R> | undefined {
    return this.byId.get(id) as Located<R> | undefined;
  }

  get lcsprs(): Located<PracticeReview>[] {
    return this.practiceReviews.filter((r) => r.record.kind === "lcspr");
  }

  agencyName(id: string): string {
    if (id === "partnership") return this.partnership?.record.shortName ?? "Partnership";
    return this.partnership?.record.agencies.find((a) => a.id === id)?.name ?? id;
  }
}
