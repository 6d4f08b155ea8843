// The bundled store must reproduce the figures of the East Sussex annual
// report 2021/22 as DOMAIN.md lists them. The expected numbers below are
// copied from DOMAIN.md (the report), not from this program's output; the
// JSON and the text output must both agree with them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { RollupView } from "../../src/core/facts/rollup/types.js";
import { PROJECT_ROOT, runLif } from "../helpers/cli.js";

// DOMAIN.md: "primary abuse types across those rapid reviews".
const ABUSE_TYPES: Record<string, number> = {
  "non-accidental infant injury, fractures": 5,
  "head trauma": 3,
  "domestic violence": 2,
  "neglect (basic needs)": 2,
  "suicide": 2,
  "criminal exploitation": 1,
  "sexual abuse": 1,
  "administering non-prescribed drugs": 1,
};

// DOMAIN.md: "Learning-theme counts across the 14 rapid reviews".
const THEMES: Record<string, number> = {
  "non-accidental injury": 6,
  "parental mental health": 6,
  "professionals' information sharing": 5,
  "impact of Covid-19": 4,
  "domestic violence cumulative risk of harm": 4,
  "procedures not followed / record keeping": 3,
  "parental substance misuse": 3,
  "hard to engage families": 3,
  "child mental health": 3,
  "voice of the child": 3,
  "isolated / hidden children": 3,
  "elective home education": 2,
  "child learning needs / disabilities": 2,
  "missing education": 2,
  "adult exploitation": 1,
  "adult learning needs / disabilities": 1,
  "transition to adult services": 1,
  "criminal exploitation": 1,
};

/** The report's wording and the vocabulary's labels differ in punctuation and case only. */
const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
/** "head trauma" in DOMAIN.md is short for the vocabulary's "Non-accidental infant injury - head trauma". */
const matches = (label: string, wording: string) =>
  norm(label) === norm(wording) || (norm(wording) === "head trauma" && norm(label).endsWith(" head trauma"));

function countsByWording(counts: RollupView["themes"], wordings: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of counts!.counts) {
    const wording = Object.keys(wordings).find((w) => matches(c.label, w));
    out[wording ?? `unexpected: ${c.label}`] = c.count;
  }
  return out;
}

const YEAR = ["rollup", "--year", "2021/22", "--as-of", "2022-06-30"];
const SINCE_START = ["rollup", "--since-start", "--to", "2022-03-31", "--as-of", "2022-06-30"];

function json(args: string[]): RollupView {
  const r = runLif([...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as RollupView;
}

function text(args: string[]): string {
  const r = runLif(args);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

const row = (label: string, ...numbers: Array<number | string>) => new RegExp(`^\\s*${label.replace(/[()/]/g, "\\$&")}\\s+${numbers.join("\\s+")}(\\s|$)`, "m");

describe("lif rollup on the bundled store: the annual report 2021/22", () => {
  let view: RollupView;
  let out: string;
  beforeAll(() => {
    view = json(YEAR);
    out = text(YEAR);
  });

  it("the JSON output is valid against schemas/rollup.schema.json", () => {
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, "schemas/rollup.schema.json"), "utf8")) as object;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    expect(validate(view) ? [] : validate.errors).toEqual([]);
    expect(view.period).toMatchObject({ from: "2021-04-01", to: "2022-03-31", financialYear: "2021/22", basis: "financial-year" });
  });

  it("8 rapid reviews, 4 progressed to LCSPR (Family CC, Child AA, a thematic review of two cases) and 4 did not", () => {
    const rr = view.reviews!.rapidReviews;
    expect(rr.held.count).toBe(8);
    expect(rr.decisions.lcspr.count).toBe(4);
    expect(rr.decisions.noLcspr.count).toBe(4);
    const progressedTo = view.reviews!.lcsprs.commissioned.items.filter((l) => rr.lcsprsFromDecisions.ids.includes(l.id));
    expect(progressedTo.map((l) => l.name).sort()).toEqual(expect.arrayContaining(["Child AA", "Family CC"]));
    expect(progressedTo.find((l) => l.thematic)).toMatchObject({ cases: 2 });
    expect(rr.lcsprsFromDecisions.count).toBe(3);
    expect(out).toMatch(row("Rapid reviews held", 8));
    expect(out).toMatch(row("Progressed to LCSPR", 4));
    expect(out).toMatch(row("Did not progress to LCSPR", 4));
  });

  it("4 LCSPRs signed off (Child X, Child Y, Child Z, the Thematic Review), 2 published", () => {
    const l = view.reviews!.lcsprs;
    expect(l.signedOff.count).toBe(4);
    expect(l.signedOff.items.map((i) => i.name).sort()).toEqual(["Child X", "Child Y", "Child Z", "Thematic Review"]);
    expect(l.published.count).toBe(2);
    // The two the report counts as published were withheld locally and deposited on the national repository.
    expect(l.published.local + l.published.national).toBe(2);
    expect(out).toMatch(row("Signed off", 4));
    expect(out).toMatch(row("Published", 2));
  });

  it("three audits held (a deep dive, a thematic audit, a regular audit) and two cancelled", () => {
    const a = view.audits!;
    expect(a.held.count).toBe(3);
    expect(Object.fromEntries(a.held.byType.map((t) => [t.type, t.count]))).toEqual({ "deep-dive": 1, thematic: 1, regular: 1 });
    expect(a.cancelled.count).toBe(2);
    expect(out).toMatch(row("Audits held", 3));
    expect(out).toMatch(row("Audits cancelled", 2));
  });

  it("csv and markdown show the same figures", () => {
    const csv = runLif([...YEAR, "--format", "csv", "--only", "reviews,audits"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toMatch(/^Rapid reviews held,8,/m);
    expect(csv.stdout).toMatch(/^Signed off,4,/m);
    expect(csv.stdout).toMatch(/^Audits cancelled,2,/m);
    const md = runLif([...YEAR, "--format", "markdown", "--only", "reviews,audits"]);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^\| Rapid reviews held \| 8 \|/m);
    expect(md.stdout).toMatch(/^\| Published \| 2 \| 2 \|/m);
    expect(md.stdout).toMatch(/^\| Audits held \| 3 \|/m);
  });
});

describe("lif rollup on the bundled store: since the partnership began (October 2019 to March 2022)", () => {
  let view: RollupView;
  let out: string;
  beforeAll(() => {
    view = json(SINCE_START);
    out = text(SINCE_START);
  });

  it("starts at the partnership's start, October 2019", () => {
    expect(view.period).toMatchObject({ from: "2019-10-01", to: "2022-03-31", basis: "since-start" });
  });

  it("14 rapid reviews leading to 6 LCSPRs", () => {
    expect(view.reviews!.rapidReviews.held.count).toBe(14);
    expect(view.reviews!.rapidReviews.lcsprsFromDecisions.count).toBe(6);
    expect(view.reviews!.lcsprs.commissioned.count).toBe(6);
    expect(out).toMatch(row("Rapid reviews held", 14));
    expect(out).toMatch(row("Commissioned", 6));
  });

  it("25 children, 6 of them under 1 (24%)", () => {
    const c = view.children!;
    expect(c.total).toBe(25);
    expect(c.byAgeBand[0]).toMatchObject({ id: "under-1", count: 6, percent: 24 });
    expect(out).toMatch(/25 children across 14 rapid reviews/);
    expect(out).toMatch(row("Under 1", 6, "24%"));
  });

  it("every primary abuse type count", () => {
    expect(countsByWording(view.abuseTypes, ABUSE_TYPES)).toEqual(ABUSE_TYPES);
    for (const c of view.abuseTypes!.counts) expect(out).toMatch(row(`\\d+\\s+${c.label}`, c.count));
  });

  it("every learning theme count, and the three most common", () => {
    expect(countsByWording(view.themes, THEMES)).toEqual(THEMES);
    for (const c of view.themes!.counts) expect(out).toMatch(row(`\\d+\\s+${c.label}`, c.count));
    // DOMAIN.md: 6, 6, 5 are the top three; no tie at third place.
    expect(view.themes!.topThree.map((t) => t.count)).toEqual([6, 6, 5]);
  });
});
