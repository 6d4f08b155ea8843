// Public output never shows a restricted review's details or an internal
// field; internal output shows everything. The markers checked are read from
// the fixture's records, so the test follows the records.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, runLif } from "../helpers/cli.js";

const STORE = join(PROJECT_ROOT, "test/fixtures/render-basic");
const record = (file: string) => readFileSync(join(STORE, "records", file), "utf8");
const markers = (text: string, prefix: string) => [...new Set(text.match(new RegExp(`${prefix}-[A-Z0-9-]+`, "g")) ?? [])];

function render(args: string[]): string {
  const r = runLif([...args, "--store", STORE, ...(args[1] === "briefing" ? [] : ["--as-of", "2022-06-30"])]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

describe("a delayed and a withheld review", () => {
  const delayed = record("reviews/lcspr-2021-child-z.yaml");
  const withheld = record("reviews/lcspr-2021-child-y.yaml");
  const restricted = [...markers(delayed, "RESTRICTED"), ...markers(withheld, "RESTRICTED")];

  it("the fixture plants restricted text in both", () => {
    expect(markers(delayed, "RESTRICTED").length).toBeGreaterThan(4);
    expect(markers(withheld, "RESTRICTED").length).toBeGreaterThan(1);
  });

  it("public: only pseudonym, status and publishable learning, in briefings and the report", () => {
    const outputs = [
      render(["render", "briefing", "lcspr-2021-child-z"]),
      render(["render", "briefing", "lcspr-2021-child-y"]),
      render(["render", "briefing", "rr-2021-07-child-z"]),
      render(["render", "annual-report", "--year", "2021/22"]),
    ];
    for (const out of outputs) for (const m of [...restricted, "RESTRICTED-RR"]) expect(out).not.toContain(m);
    expect(outputs[0]).toContain("# Learning briefing: Child Z");
    expect(outputs[0]).toContain("Publication delayed");
    expect(outputs[0]).toContain("- Information sharing about adults who may pose risks to children");
    expect(outputs[1]).toContain("Not published locally");
    expect(outputs[1]).toContain("- Importance of communicating with the child");
    expect(outputs[3]).toContain("#### Child Z");
    expect(outputs[3]).toContain("#### Child Y");
  });

  it("internal: everything the records hold", () => {
    const z = render(["render", "briefing", "lcspr-2021-child-z", "--audience", "internal"]);
    for (const m of markers(delayed, "RESTRICTED")) expect(z).toContain(m);
    const report = render(["render", "annual-report", "--year", "2021/22", "--audience", "internal"]);
    for (const m of ["RESTRICTED-LEARNING-Z-1", "RESTRICTED-LEARNING-Z-2", "RESTRICTED-REASON-Z", "RESTRICTED-LEARNING-Y", "RESTRICTED-REASON-Y"]) {
      expect(report).toContain(m);
    }
  });
});

describe("fields the schemas mark x-lif-audience: internal", () => {
  const rr = record("reviews/rr-2021-05-child-1.yaml");
  const audit = record("audits/audit-2021-09-nai.yaml");
  const internal = [...markers(rr, "INTERNAL"), ...markers(audit, "INTERNAL")];

  it("never appear in public output and all appear in internal output", () => {
    expect(internal.length).toBeGreaterThanOrEqual(4);
    const pub = render(["render", "briefing", "rr-2021-05-child-1"]) + render(["render", "briefing", "audit-2021-09-nai"]);
    for (const m of internal) expect(pub).not.toContain(m);
    const int = render(["render", "briefing", "rr-2021-05-child-1", "--audience", "internal"]) + render(["render", "briefing", "audit-2021-09-nai", "--audience", "internal"]);
    for (const m of internal) expect(int).toContain(m);
  });
});
