// The bundled store (records/) as of 2022-03-31, the last day of 2021/22.
// The figures pinned here were worked out by reading the records: the
// overdue count is also recomputed below straight from the YAML, by a
// deliberately simple rule, so a change to the records that moves the
// figures shows up as a disagreement to look at rather than a silent change.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, runLif } from "../helpers/cli.js";

const AS_OF = "2022-03-31";

function recordsIn(folder: string): Array<Record<string, any>> {
  const dir = join(PROJECT_ROOT, "records", folder);
  return readdirSync(dir).filter((f) => f.endsWith(".yaml")).map((f) => load(readFileSync(join(dir, f), "utf8"), { schema: CORE_SCHEMA }) as Record<string, any>);
}

/** Calendar days from a to b, by UTC midnights (no time zone involved). */
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe("lif actions overdue --as-of 2022-03-31 on the bundled store", () => {
  const r = runLif(["actions", "overdue", "--as-of", AS_OF, "--format", "json"]);
  const view = JSON.parse(r.stdout);

  it("agrees with a count made straight from the action files", () => {
    expect(r.status).toBe(0);
    const actions = recordsIn("actions").filter((a) => a.kind === "action" && a.created <= AS_OF);
    const closed = (a: Record<string, any>) =>
      (a.status === "complete" && a.completed <= AS_OF) || (a.status === "cancelled" && a.cancellation.date <= AS_OF);
    const open = actions.filter((a) => !closed(a));
    const overdue = open.filter((a) => a.due < AS_OF).map((a) => [a.id, days(a.due, AS_OF)]).sort((x, y) => Number(y[1]) - Number(x[1]) || String(x[0]).localeCompare(String(y[0])));
    expect(view.rows.map((x: { id: string; daysOverdue: number }) => [x.id, x.daysOverdue])).toEqual(overdue);
    expect(view.open).toBe(open.length);
    const band = (lo: number, hi: number) => overdue.filter(([, d]) => Number(d) >= lo && Number(d) <= hi).length;
    expect(view.totals.bands).toEqual([band(1, 30), band(31, 90), band(91, 180), band(181, Infinity)]);
  });

  it("pins the figures: 12 overdue of 47 open, three in each ageing band", () => {
    expect(view.totals).toEqual({ bands: [3, 3, 3, 3], total: 12 });
    expect(view.open).toBe(47);
    const byId = Object.fromEntries(view.rows.map((x: { id: string; daysOverdue: number }) => [x.id, x.daysOverdue]));
    // Checked by hand: due 2021-03-31, a year before; due 2022-03-24, a week before.
    expect(byId["act-s11-2020-secamb-02"]).toBe(365);
    expect(byId["act-board-2021-02"]).toBe(7);
    // Revised from 2021-12-31 to 2022-01-31 and still late: judged on the new date.
    expect(byId["act-lcspr-2020-child-y-02"]).toBe(59);
    // Completed on 2022-04-21, after the date: open then, but not due until 2022-04-30.
    expect(byId["act-cdop-2021-02"]).toBeUndefined();
    expect(view.byAgency.find((g: { id: string }) => g.id === "nhs-sussex")).toMatchObject({ total: 3, bands: [1, 0, 1, 1] });
    expect(view.byGroup.find((g: { id: string }) => g.id === "case-review-group")).toMatchObject({ total: 4, bands: [1, 1, 1, 1] });
  });
});

describe("lif deadlines --as-of 2022-03-31 on the bundled store", () => {
  const r = runLif(["deadlines", "--as-of", AS_OF, "--format", "json"]);
  const view = JSON.parse(r.stdout);
  const find = (record: string, kind: string) => {
    const l = view.lines.find((x: { record: string; kind: string }) => x.record === record && x.kind === kind);
    return l && { due: l.due, result: l.result };
  };

  it("has one line per timescale that had started by the date", () => {
    expect(r.status).toBe(0);
    const rapid = recordsIn("reviews").filter((x) => x.kind === "rapid-review" && x.dates.aware <= AS_OF);
    const lcsprs = recordsIn("reviews").filter((x) => x.kind === "lcspr");
    const cycles = recordsIn("s11").filter((x) => x.kind === "s11-cycle" && x.dates?.launched <= AS_OF);
    const partnership = load(readFileSync(join(PROJECT_ROOT, "records/partnership.yaml"), "utf8"), { schema: CORE_SCHEMA }) as { qaActionLogReviews: string[] };
    const expected = 2 * rapid.length
      + lcsprs.filter((x) => x.dates.decision).length
      + lcsprs.filter((x) => x.dates.signedOff && x.dates.signedOff <= AS_OF).length
      + lcsprs.filter((x) => x.dates.published || x.publication?.expected).length
      + cycles.length
      + partnership.qaActionLogReviews.filter((d) => d <= AS_OF).length;
    expect(view.lines).toHaveLength(expected);
  });

  it("pins the counts and lines checked by hand", () => {
    expect(view.counts).toEqual({ met: 29, missed: 6, due: 8, overdue: 1 });
    // Aware Monday 2020-11-16: Panel due Monday 23rd, notified Wednesday 25th.
    expect(find("rr-2020-11-child-z", "panel-notification")).toEqual({ due: "2020-11-23", result: "missed by 2 working days (done 2020-11-25)" });
    // Aware Thursday 2021-05-06: 15 working days is 27 May; sent 2 June, over the spring bank holiday (31 May).
    expect(find("rr-2021-05-family-cc", "rapid-review-to-panel")).toEqual({ due: "2021-05-27", result: "missed by 3 working days (done 2021-06-02)" });
    // Aware Friday 2020-05-15: the spring bank holiday (25 May) does not count.
    expect(find("rr-2020-05-baby-b", "rapid-review-to-panel")).toEqual({ due: "2020-06-08", result: "met on 2020-06-08" });
    // Aware 2020-04-20: in 2020 the early May holiday moved from Monday 4 May to Friday 8 May (VE day).
    expect(find("rr-2020-04-baby-a", "rapid-review-to-panel")).toEqual({ due: "2020-05-12", result: "met on 2020-05-11" });
    // Decision 2021-06-03, not signed off: six months is 3 December, 118 days before 31 March.
    expect(find("lcspr-2021-family-cc", "lcspr-completion")).toEqual({ due: "2021-12-03", result: "overdue by 118 days" });
    // Publication expected Friday 2022-09-30: 7 working days before is Wednesday 21 September.
    expect(find("lcspr-2021-thematic", "final-report-to-panel")?.due).toBe("2022-09-21");
    expect(find("s11-2020", "s11-cycle")).toEqual({ due: "2022-01-13", result: "met on 2022-01-10" });
    expect(find("esscp", "qa-action-log-review")).toEqual({ due: "2021-05-12", result: "missed by 1 day (done 2021-05-13)" });
  });
});
