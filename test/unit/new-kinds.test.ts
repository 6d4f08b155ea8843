// lif new for every kind the schemas define, unattended: the fewest answers
// that make a valid record, written, and the store still valid after.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { NEW_KINDS } from "../../src/core/author/new-kinds.js";
import { newRecord } from "../../src/commands/new.js";
import { openStore } from "../../src/io/open-store.js";
import { newStore, recordFiles } from "../helpers/new-store.js";

const quiet = { out: () => {}, err: () => {}, color: new Chalk({ level: 0 }), isTTY: false };

const MINIMAL: Record<(typeof NEW_KINDS)[number], string[]> = {
  "rapid-review": ["pseudonym=Child 3", "dates.aware=2022-03-01", "children=age-1:female", "abuseTypes=neglect-basic-needs", "themes=covid-19"],
  lcspr: ["pseudonym=Child 1", "rapidReviews=rr-2022-01-child-1", "dates.decision=2022-02-10"],
  scr: ["pseudonym=Child A", "dates.decision=2018-05-01"],
  "multi-agency-review": ["pseudonym=Family B", "dates.decision=2019-02-01"],
  "partnership-review": ["pseudonym=Child C", "dates.decision=2020-02-01"],
  "single-agency-review": ["pseudonym=Child D", "agency=police", "dates.decision=2021-02-01"],
  audit: ["title=Step-up and step-down with Early Help", "type=thematic", "dates.planned=2022-09-15"],
  "s11-cycle": ["year=2024"],
  "s11-return": ["agency=nhs", "ratings=s1:green,s2:green,s3:red", "ratings[2].actions[0].description=Train every practitioner",
    "ratings[2].actions[0].owner=designated-nurse", "ratings[2].actions[0].due=2023-01-31"],
  "six-steps": ["assessed=2022-05-01", "items[0].step=1", "items[0].question=Is scrutiny independent?", "items[0].rating=green"],
  action: ["source.type=board", "description=Publish the annual report", "leadAgency=partnership", "owner=Business Manager", "group=board", "due=2022-09-30"],
};

describe("lif new, every kind", () => {
  it.each(NEW_KINDS.map((k) => [k]))("%s: the fewest answers make a valid record", async (kind) => {
    const store = newStore();
    const before = recordFiles(store);
    const code = await newRecord({ cwd: store, kind, asOf: "2022-07-01", set: MINIMAL[kind].flatMap((s) => [s]), interactive: false, dryRun: false }, quiet);
    expect(code).toBe(0);
    const added = recordFiles(store).filter((f) => !before.includes(f));
    expect(added.length).toBeGreaterThan(0);
    const opened = openStore(store);
    expect(opened.findings.filter((f) => f.severity === "error")).toEqual([]);
    for (const file of added) expect(opened.store.records.some((r) => r.file === file), file).toBe(true);
  });
});
