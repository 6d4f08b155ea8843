// Random valid records round-trip through `lif new --answers` (the file
// written holds exactly the record given) and `lif validate`, and rendering
// a briefing for any record that validates never throws.
import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { copyOfBundledStore } from "../helpers/testdir.js";

const AGENCIES = ["sussex-police", "esht", "nhs-sussex", "escc-childrens-services", "sles", "probation"];
const GROUPS = ["board", "steering-group", "qa-subgroup", "case-review-group"];
const THEMES = ["voice-of-the-child", "information-sharing", "parental-mental-health", "covid-19", "missing-education"];
const ABUSE = ["neglect-basic-needs", "domestic-violence", "sexual-abuse", "emotional-abuse"];
const BANDS = ["under-1", "age-1", "age-2-4", "age-5-9", "age-10-15", "age-16-17"];
const WORDS = ["review", "practice", "partners", "shared", "learning", "escalation", "assessment", "plan", "agency", "support", "records", "training", "meeting", "risk"];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((w) => `${w.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
const day = fc.integer({ min: 0, max: 900 });
const date = (offset: number) => {
  const d = new Date(Date.UTC(2020, 3, 1 + offset));
  return d.toISOString().slice(0, 10);
};

const action = fc.record({
  n: fc.integer({ min: 100, max: 999 }),
  type: fc.constantFrom("board", "cdop", "dashboard", "development-plan"),
  reference: sentence,
  description: sentence,
  leadAgency: fc.constantFrom(...AGENCIES),
  group: fc.constantFrom(...GROUPS),
  created: day,
  dueAfter: fc.integer({ min: 1, max: 400 }),
  status: fc.constantFrom("not-started", "in-progress", "complete"),
  note: sentence,
}).map((a) => {
  const created = date(a.created);
  const due = date(a.created + a.dueAfter);
  return {
    kind: "action",
    id: `act-prop-${a.n}`,
    source: { type: a.type, reference: a.reference },
    description: a.description,
    leadAgency: a.leadAgency,
    owner: "Head of Safeguarding",
    group: a.group,
    created,
    due,
    status: a.status,
    ...(a.status === "complete" ? { completed: due } : {}),
    progress: [{ date: created, note: a.note }],
  };
});

const rapidReview = fc.record({
  n: fc.integer({ min: 100, max: 999 }),
  aware: day,
  children: fc.array(fc.record({ ageBand: fc.constantFrom(...BANDS), sex: fc.constantFrom("female", "male") }), { minLength: 1, maxLength: 4 }),
  abuseTypes: fc.uniqueArray(fc.constantFrom(...ABUSE), { minLength: 1, maxLength: 2 }),
  themes: fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 3 }),
  summary: sentence,
  learning: fc.array(sentence, { minLength: 1, maxLength: 3 }),
}).map((r) => ({
  kind: "rapid-review",
  id: `rr-prop-${r.n}`,
  pseudonym: `Child ${r.n}`,
  status: "decided",
  dates: { aware: date(r.aware), panelNotified: date(r.aware + 2), meeting: date(r.aware + 10), sentToPanel: date(r.aware + 14), decision: date(r.aware + 14) },
  children: r.children,
  abuseTypes: r.abuseTypes,
  themes: r.themes,
  decision: { outcome: "no-lcspr", rationale: "Learning can be shared by briefing." },
  summary: r.summary,
  keyLearning: r.learning,
}));

function roundTrip(record: { kind: string; id: string }, folder: string): void {
  const root = copyOfBundledStore();
  const answers = join(root, "answers.yaml");
  writeFileSync(answers, JSON.stringify(record));
  const made = runLif(["new", record.kind, "--answers", answers, "--as-of", "2100-01-01", "--store", root]);
  expect(made.status, made.stdout + made.stderr).toBe(0);
  const written = parse(readFileSync(join(root, "records", folder, `${record.id}.yaml`), "utf8"));
  expect(written).toEqual(record);
  const checked = runLif(["validate", "--store", root]);
  expect(checked.status, checked.stdout).toBe(0);
  if (record.kind === "rapid-review") {
    const rendered = runLif(["render", "briefing", record.id, "--store", root]);
    expect(hasStackTrace(rendered.stdout + rendered.stderr)).toBe(false);
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(rendered.stdout).toContain(`Child ${record.id.slice(-3)}`);
  }
}

describe("round trip through lif new --answers", () => {
  it("random valid actions come back exactly and validate", () => {
    fc.assert(fc.property(action, (a) => roundTrip(a, "actions")), { numRuns: 6, seed: 7 });
  });

  it("random valid rapid reviews come back exactly, validate, and render", () => {
    fc.assert(fc.property(rapidReview, (r) => roundTrip(r, "reviews")), { numRuns: 6, seed: 11 });
  });
});
