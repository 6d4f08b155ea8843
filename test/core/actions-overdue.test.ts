import { describe, expect, it } from "vitest";
import { ageingBand, computeOverdue, overdueStatus, statusAsOf } from "../../src/core/facts/overdue.js";
import type { Action, Located } from "../../src/core/model/records.js";

function action(overrides: Partial<Action> = {}): Action {
  return {
    kind: "action", id: "act-x", source: { type: "board", reference: "BT-1" }, description: "Do it",
    leadAgency: "police", owner: "Head of Service", group: "qa-subgroup", created: "2021-04-01",
    due: "2022-03-31", status: "in-progress", ...overrides,
  };
}
const located = (a: Action): Located<Action> => ({ file: `records/actions/${a.id}.yaml`, record: a });

describe("overdueStatus", () => {
  it("due today is not overdue: 0 days left", () => {
    expect(overdueStatus(action({ due: "2022-03-31" }), "2022-03-31")).toEqual({ state: "due-today", status: "in-progress", daysLeft: 0 });
  });

  it("due yesterday is 1 day overdue", () => {
    expect(overdueStatus(action({ due: "2022-03-30" }), "2022-03-31")).toEqual({ state: "overdue", status: "in-progress", daysOverdue: 1 });
  });

  it("completed late is complete, not overdue, and says how late", () => {
    const a = action({ due: "2022-01-31", status: "complete", completed: "2022-03-15" });
    expect(overdueStatus(a, "2022-03-31")).toEqual({ state: "complete", status: "complete", completedLateDays: 43 });
  });

  it("completed after the as-of date was still open then, at the status of its last update", () => {
    const a = action({ due: "2022-02-15", status: "complete", completed: "2022-05-10", progress: [{ date: "2022-01-10", note: "draft", status: "in-progress" }] });
    expect(overdueStatus(a, "2022-03-31")).toEqual({ state: "overdue", status: "in-progress", daysOverdue: 44 });
    expect(statusAsOf(action({ status: "complete", completed: "2022-05-10" }), "2022-03-31")).toBe("not-started");
  });

  it("cancelled is never overdue, unless cancelled after the as-of date", () => {
    const a = action({ due: "2021-12-31", status: "cancelled", cancellation: { date: "2022-02-01", reason: "superseded" } });
    expect(overdueStatus(a, "2022-03-31").state).toBe("cancelled");
    expect(overdueStatus(a, "2022-01-31")).toMatchObject({ state: "overdue", daysOverdue: 31 });
  });

  it("a revised due date is judged on the current date; the history is kept, not used", () => {
    const later = action({ due: "2022-06-30", dueHistory: [{ due: "2021-10-31", changed: "2021-10-20" }] });
    expect(overdueStatus(later, "2022-03-31")).toEqual({ state: "open", status: "in-progress", daysLeft: 91 });
    const stillLate = action({ due: "2022-02-28", dueHistory: [{ due: "2021-12-31", changed: "2021-12-01" }] });
    expect(overdueStatus(stillLate, "2022-03-31")).toMatchObject({ state: "overdue", daysOverdue: 31 });
  });

  it("leap days: due 29 February counts the day; a leap year's February has 29 days", () => {
    expect(overdueStatus(action({ due: "2024-02-29" }), "2024-03-01")).toMatchObject({ state: "overdue", daysOverdue: 1 });
    expect(overdueStatus(action({ due: "2024-02-28" }), "2024-03-01")).toMatchObject({ daysOverdue: 2 });
    expect(overdueStatus(action({ due: "2023-02-28" }), "2023-03-01")).toMatchObject({ daysOverdue: 1 });
    expect(overdueStatus(action({ created: "2019-12-01", due: "2020-02-29" }), "2022-03-31")).toMatchObject({ daysOverdue: 761 });
  });

  it("the financial-year boundary: due 31 March is not overdue on 31 March, 1 day overdue on 1 April", () => {
    const a = action({ due: "2022-03-31" });
    expect(overdueStatus(a, "2022-03-31")).toMatchObject({ state: "due-today", daysLeft: 0 });
    expect(overdueStatus(a, "2022-04-01")).toMatchObject({ state: "overdue", daysOverdue: 1 });
    expect(overdueStatus(action({ due: "2022-04-01" }), "2022-03-31")).toMatchObject({ state: "open", daysLeft: 1 });
  });

  it("an action created after the as-of date is not overdue then, nor open", () => {
    const later = located(action({ id: "act-later", created: "2022-05-01", due: "2022-03-01" }));
    const view = computeOverdue([later], { asOf: "2022-03-31" });
    expect(view.rows).toEqual([]);
    expect(view.open).toBe(0);
    expect(computeOverdue([later], { asOf: "2022-05-02" }).rows.map((r) => r.id)).toEqual(["act-later"]);
  });
});

describe("ageing bands", () => {
  it("1–30, 31–90, 91–180, over 180 at their edges", () => {
    expect([1, 30, 31, 90, 91, 180, 181, 1000].map((d) => ageingBand(d).id)).toEqual(
      ["1-30", "1-30", "31-90", "31-90", "91-180", "91-180", "over-180", "over-180"]);
  });
});

describe("computeOverdue", () => {
  const actions = [
    action({ id: "a-police-1", due: "2022-03-30" }), // 1
    action({ id: "a-police-2", due: "2021-12-31" }), // 90
    action({ id: "a-nhs-1", leadAgency: "nhs", group: "case-review-group", due: "2021-10-01" }), // 181
    action({ id: "a-nhs-2", leadAgency: "nhs", group: "case-review-group", due: "2022-01-01" }), // 89
    action({ id: "a-done", due: "2021-01-01", status: "complete", completed: "2021-02-01" }),
    action({ id: "a-open", due: "2022-04-30" }),
    action({ id: "a-future", created: "2022-04-02", due: "2022-01-01" }),
  ].map(located);
  const view = computeOverdue(actions, { asOf: "2022-03-31", names: { agency: (id) => id.toUpperCase(), group: (id) => `G ${id}` } });

  it("rows are the overdue actions, most overdue first", () => {
    expect(view.rows.map((r) => [r.id, r.daysOverdue])).toEqual([["a-nhs-1", 181], ["a-police-2", 90], ["a-nhs-2", 89], ["a-police-1", 1]]);
  });

  it("groups by lead agency and by monitoring group, with band counts that add up", () => {
    expect(view.byAgency).toEqual([
      { id: "nhs", name: "NHS", bands: [0, 1, 0, 1], total: 2 },
      { id: "police", name: "POLICE", bands: [1, 1, 0, 0], total: 2 },
    ]);
    expect(view.byGroup.map((g) => [g.name, g.total])).toEqual([["G case-review-group", 2], ["G qa-subgroup", 2]]);
    expect(view.totals).toEqual({ bands: [1, 2, 0, 1], total: 4 });
    expect(view.open).toBe(5);
  });

  it("gives the same view whatever order the actions come in", () => {
    expect(computeOverdue([...actions].reverse(), { asOf: "2022-03-31", names: { agency: (id) => id.toUpperCase(), group: (id) => `G ${id}` } })).toEqual(view);
  });
});
