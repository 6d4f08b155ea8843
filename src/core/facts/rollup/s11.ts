// Section 11: one cycle's RAG matrix of agencies by standard, the totals each
// way, the returns not yet in, and the change against the previous cycle.
import type { Rag, S11Cycle, S11Return, Located } from "../../model/records.js";
import { RAG_SEVERITY, s11CycleTitle } from "../../model/names.js";
import type { RecordStore } from "../../model/store.js";
import type { NotCountedLog } from "./not-counted.js";
import { byEnd, compareText } from "./period.js";
import type { RagChange, RagTotals, RollupPeriod, S11CycleRef, S11Rollup } from "./types.js";

/**
 * The cycle shown: --cycle when given, else the latest cycle launched by
 * period end (a cycle launched after the year closed belongs to a later report).
 */
export function selectCycle(store: RecordStore, period: RollupPeriod, cycleId: string | undefined, log: NotCountedLog): Located<S11Cycle> | undefined {
  if (cycleId !== undefined) return store.s11Cycles.find((c) => c.record.id === cycleId);
  let latest: Located<S11Cycle> | undefined;
  for (const located of store.s11Cycles) {
    const launched = located.record.dates?.launched;
    if (launched === undefined) {
      log.add(located, "s11.cycle", "dates.launched", "the default cycle is the latest launched by period end; this one has no launch date");
      continue;
    }
    if (!byEnd(launched, period)) continue;
    const best = latest?.record.dates?.launched;
    if (!latest || best === undefined || launched > best || (launched === best && located.record.id > latest.record.id)) latest = located;
  }
  return latest;
}

export function s11Rollup(store: RecordStore, period: RollupPeriod, cycleId: string | undefined, log: NotCountedLog): S11Rollup {
  const located = selectCycle(store, period, cycleId, log);
  const selectedBy = cycleId !== undefined ? "flag" : "latest-launched";
  const zero = (): RagTotals => ({ green: 0, amber: 0, red: 0, notRated: 0 });
  if (!located) {
    return {
      cycle: null, selectedBy, standards: [], matrix: [], totalsByStandard: [], totalsByAgency: [], totals: zero(),
      returnsNotIn: [], previousCycle: null, changes: [], changeTotals: { better: 0, same: 0, worse: 0, new: 0 },
    };
  }
  const cycle = located.record;
  // The picture at period end: a return submitted after it was not yet in.
  const returns = returnsByAgency(store.s11Returns, cycle.id, (r) => r.submitted === undefined || byEnd(r.submitted, period));
  const agencies = [...cycle.agencies, ...[...returns.keys()].filter((a) => !cycle.agencies.includes(a)).sort(compareText)];
  const standards = cycle.standards.map((s) => ({ id: s.id, title: s.title }));
  const matrix = agencies.map((agency) => {
    const ret = returns.get(agency);
    return {
      agency, agencyName: store.agencyName(agency), returnId: ret?.id ?? null, submitted: ret?.submitted ?? null,
      cells: standards.map((s) => ({ standard: s.id, rating: ret?.ratings.find((r) => r.standard === s.id)?.rating ?? null })),
    };
  });
  const tally = (ratings: Array<Rag | null>): RagTotals => {
    const t = zero();
    for (const r of ratings) t[r ?? "notRated"] += 1;
    return t;
  };
  const previousLocated = cycle.previousCycle ? store.s11Cycles.find((c) => c.record.id === cycle.previousCycle) : undefined;
  const previous = previousLocated ? returnsByAgency(store.s11Returns, previousLocated.record.id, () => true) : new Map<string, S11Return>();
  const changes = matrix.flatMap((row) => row.cells.flatMap((cell) => {
    if (cell.rating === null) return [];
    const before = previous.get(row.agency)?.ratings.find((r) => r.standard === cell.standard)?.rating ?? null;
    return [{ agency: row.agency, standard: cell.standard, previous: before, current: cell.rating, change: compareRag(before, cell.rating) }];
  }));
  const changeTotals: Record<RagChange, number> = { better: 0, same: 0, worse: 0, new: 0 };
  for (const c of changes) changeTotals[c.change] += 1;
  return {
    cycle: cycleRef(located),
    selectedBy,
    standards,
    matrix,
    totalsByStandard: standards.map((s, i) => ({ standard: s.id, title: s.title, ...tally(matrix.map((row) => row.cells[i]!.rating)) })),
    totalsByAgency: matrix.map((row) => ({ agency: row.agency, agencyName: row.agencyName, ...tally(row.cells.map((c) => c.rating)) })),
    totals: tally(matrix.flatMap((row) => row.cells.map((c) => c.rating))),
    returnsNotIn: matrix.filter((row) => row.returnId === null).map((row) => ({ agency: row.agency, agencyName: row.agencyName })),
    previousCycle: previousLocated ? cycleRef(previousLocated) : null,
    changes,
    changeTotals,
  };
}

function returnsByAgency(returns: readonly Located<S11Return>[], cycle: string, keep: (r: S11Return) => boolean): Map<string, S11Return> {
  const map = new Map<string, S11Return>();
  for (const { record } of returns) {
    if (record.cycle === cycle && keep(record) && !map.has(record.agency)) map.set(record.agency, record);
  }
  return map;
}

export function compareRag(previous: Rag | null, current: Rag): RagChange {
  if (previous === null) return "new";
  const d = RAG_SEVERITY[current] - RAG_SEVERITY[previous];
  return d < 0 ? "better" : d > 0 ? "worse" : "same";
}

function cycleRef({ file, record: c }: Located<S11Cycle>): S11CycleRef {
  return {
    id: c.id, file, title: s11CycleTitle(c), year: c.year,
    cycleNumber: c.cycleNumber ?? null, launched: c.dates?.launched ?? null,
  };
}
