// Golden files for every briefing kind and every annual-report section on
// the bundled store; the same bytes on a second run and in another time
// zone; markdownlint on the report; the report's figures are the rollup's.
// Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run test/e2e/render-golden.test.ts
// and read the diff before committing it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { RollupView } from "../../src/core/facts/rollup/types.js";
import { REPORT_SECTIONS } from "../../src/core/render/views/annual-report.js";
import { PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";
import { markdownlint } from "./render-support.js";

const GOLDEN = join(PROJECT_ROOT, "test/golden");
const AS_OF = ["--as-of", "2022-06-30"];
const UPDATE = process.env.UPDATE_GOLDEN === "1";

interface Rec { id: string; kind: string; publication?: { status: string } }
function bundledRecords(): Rec[] {
  const out: Rec[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name));
      else if (name.name.endsWith(".yaml")) out.push(parse(readFileSync(join(dir, name.name), "utf8")) as Rec);
    }
  };
  walk(join(PROJECT_ROOT, "records"));
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const records = bundledRecords();
const firstOf = (pred: (r: Rec) => boolean) => records.find(pred)?.id;
const briefings: Array<[string, string]> = [];
// A rapid review that did not lead to an LCSPR shows a whole briefing (one that did may be restricted).
const plainRapid = firstOf((r) => r.kind === "rapid-review" && (r as { decision?: { outcome?: string } }).decision?.outcome === "no-lcspr");
if (plainRapid) briefings.push(["briefing-rapid-review.md", plainRapid]);
for (const kind of [ "lcspr", "scr", "multi-agency-review", "partnership-review", "single-agency-review", "audit", "s11-cycle"]) {
  const id = firstOf((r) => r.kind === kind && !["delayed", "withheld-locally"].includes(r.publication?.status ?? ""));
  if (id) briefings.push([`briefing-${kind}.md`, id]);
}
for (const status of ["delayed", "withheld-locally"]) {
  const id = firstOf((r) => r.publication?.status === status);
  if (id) briefings.push([`briefing-${status}.md`, id]);
}

function render(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = runLif([...args, ...(args[1] === "briefing" ? [] : AS_OF)], { env });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

function golden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${file} has no golden file: run UPDATE_GOLDEN=1 npx vitest run test/e2e/render-golden.test.ts and review it`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("golden files on the bundled store", () => {
  it("covers a rapid review, an LCSPR, an older review, an audit, an S11 cycle and restricted reviews", () => {
    expect(briefings.map(([f]) => f)).toEqual(expect.arrayContaining([
      "briefing-rapid-review.md", "briefing-lcspr.md", "briefing-scr.md", "briefing-audit.md", "briefing-s11-cycle.md", "briefing-delayed.md", "briefing-withheld-locally.md",
    ]));
  });

  it.each(briefings)("%s (lif render briefing %s)", (file, id) => {
    golden(file, render(["render", "briefing", id]));
  });

  it.each(REPORT_SECTIONS.map((s) => [s]))("section %s", (section) => {
    golden(`section-${section}.md`, render(["render", "section", section, "--year", "2021/22"]));
  });

  it("the internal annual report", () => {
    golden("annual-report-2021-22-internal.md", render(["render", "annual-report", "--year", "2021/22", "--audience", "internal"]));
  });
});

describe("the annual report 2021/22", () => {
  const report = render(["render", "annual-report", "--year", "2021/22"]);

  it("is the golden file, and every section golden file is in it", () => {
    golden("annual-report-2021-22.md", report);
    for (const section of REPORT_SECTIONS) expect(report).toContain(readFileSync(join(GOLDEN, `section-${section}.md`), "utf8").trim());
  });

  it("is byte-identical on a second run, written to a file, and under TZ=Pacific/Kiritimati", () => {
    const dir = testdir({});
    const r = runLif(["render", "annual-report", "--year", "2021/22", ...AS_OF, "--out", join(dir, "report.md")], { env: { TZ: "Pacific/Kiritimati" } });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "report.md"), "utf8")).toBe(report);
    expect(render(["render", "annual-report", "--year", "2021/22"], { TZ: "America/Los_Angeles" })).toBe(report);
  });

  it("passes markdownlint, as do the briefings", () => {
    const dir = testdir({ "annual-report.md": report });
    const lint = markdownlint(dir, ["annual-report.md", ...briefings.map(([f]) => join(GOLDEN, f))]);
    expect(lint.output).toMatch(/Summary: 0 error/);
    expect(lint.status).toBe(0);
  });

  it("shows the figures lif rollup --format json gives for the same year", () => {
    const year = JSON.parse(render(["rollup", "--year", "2021/22", "--format", "json"])) as RollupView;
    const since = JSON.parse(render(["rollup", "--since-start", "--to", "2022-03-31", "--only", "reviews,children,abuse-types,themes", "--format", "json"])) as RollupView;
    const rr = year.reviews!.rapidReviews;
    const lines = [
      `- ${rr.held.count} multi-agency rapid reviews conducted`,
      `- ${rr.decisions.lcspr.count} of them progressed to a Local Child Safeguarding Practice Review`,
      `- ${year.reviews!.lcsprs.signedOff.count} LCSPRs signed off`,
      `- ${year.reviews!.lcsprs.published.count} LCSPRs published`,
      `- ${year.audits!.held.count} multi-agency audits held: ${year.audits!.held.items.map((i) => i.name).join("; ")}`,
      `- ${year.audits!.cancelled.count} audits cancelled`,
      `- ${year.actions!.completed} actions completed in the year; ${year.actions!.overdueAtEnd} overdue at 31 March 2022`,
      `- ${rr.decisions.lcspr.count} progressed to LCSPRs`,
      `- ${rr.decisions.noLcspr.count} did not lead to an LCSPR`,
      `has undertaken ${since.reviews!.rapidReviews.held.count} rapid reviews, resulting in ${since.reviews!.rapidReviews.lcsprsFromDecisions.count} Local Child Safeguarding Practice Reviews`,
      `A total of ${since.children!.total} children`,
      ...since.children!.byAgeBand.map((b) => `| ${b.label} | ${b.count} | ${b.percent}% |`),
      ...since.abuseTypes!.counts.map((t) => `| ${t.label} | ${t.count} |`),
      ...since.themes!.counts.map((t) => `| ${t.label} | ${t.count} |`),
      ...since.themes!.topThree.map((t) => `- ${t.label} (${t.count} reviews)`),
      ...year.audits!.grades.flatMap((s) => s.grades.map((g) => `| ${g.label} | ${g.count} | ${g.percent}% |`)),
      `| Green | ${year.s11!.totals.green} |`, `| Amber | ${year.s11!.totals.amber} |`, `| Red | ${year.s11!.totals.red} |`, `| Not rated | ${year.s11!.totals.notRated} |`,
      `| Better | ${year.s11!.changeTotals.better} |`, `| Worse | ${year.s11!.changeTotals.worse} |`,
      ...year.actions!.bySource.map((s) => `| ${s.label} | ${s.opened} | ${s.completed} | ${s.openAtEnd} | ${s.overdueAtEnd} |`),
      ...year.actions!.byLeadAgency.map((a) => `| ${a.agencyName} | ${a.opened} | ${a.completed} | ${a.openAtEnd} | ${a.overdueAtEnd} |`),
      ...year.actions!.lists.overdueAtEnd.map((a) => `| ${a.daysOverdue} |`),
    ];
    for (const line of lines) expect(report).toContain(line);
  });
});
