// lif new without a terminal (CI=true, stdin not a TTY): answers come from
// --set and --answers; it never prompts, lists every missing answer (exit 2),
// names a wrong one (exit 1), validates before writing and never overwrites.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { newStore, recordFiles } from "../helpers/new-store.js";

const AS_OF = ["--as-of", "2022-07-01"];
const RAPID = [
  "--set", "pseudonym=Child 8", "--set", "dates.aware=2022-05-03", "--set", "children=under-1:female,age-1:male",
  "--set", "abuseTypes=nai-fractures", "--set", "themes=covid-19,voice-of-the-child",
];

describe("lif new, unattended", () => {
  it("with answers missing, exits 2 listing every one, and writes nothing", () => {
    const store = newStore();
    const before = recordFiles(store);
    const r = runLif(["new", "rapid-review", ...AS_OF], { cwd: store });
    expect(r.status).toBe(2);
    for (const field of ["pseudonym", "dates.aware", "children[0].ageBand", "children[0].sex", "abuseTypes", "themes"]) {
      expect(r.stderr).toMatch(new RegExp(`^\\s+${field.replace(/[.[\]]/g, "\\$&")}\\s`, "m"));
    }
    expect(r.stdout).not.toMatch(/\?/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(recordFiles(store)).toEqual(before);
  });

  it("lists the action an amber Section 11 rating needs as missing", () => {
    const store = newStore();
    const r = runLif(["new", "s11-return", ...AS_OF, "--set", "agency=nhs", "--set", "ratings=s1:green,s2:amber,s3:green"], { cwd: store });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ratings\[1\]\.actions\[0\]\.description/);
    expect(r.stderr).toMatch(/ratings\[1\]\.actions\[0\]\.due/);
    expect(r.stderr).not.toMatch(/ratings\[0\]\.actions/);
  });

  it("--answers with a wrong value exits 1 naming the field and what would be right", () => {
    const store = newStore();
    const before = recordFiles(store);
    const answers = join(store, "answers.yaml");
    writeFileSync(answers, "pseudonym: Child 8\ndates:\n  aware: 2022-05-03\nchildren: [{ageBand: under-1, sex: female}]\nabuseTypes: [nai-fractures]\nthemes: [covid]\n");
    const r = runLif(["new", "rapid-review", ...AS_OF, "--answers", answers], { cwd: store });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^lif: themes: "covid" is not one of the choices; did you mean "covid-19"\?/m);
    expect(recordFiles(store)).toEqual(before);
  });

  it("a date that does not exist, a date before the one it follows, and an unknown field are each named", () => {
    const store = newStore();
    const bad = (extra: string[]) => runLif(["new", "rapid-review", ...AS_OF, ...RAPID, ...extra], { cwd: store });
    const noDate = bad(["--set", "dates.aware=2022-02-30"]);
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toMatch(/dates\.aware: "2022-02-30" is not a date; write YYYY-MM-DD/);
    const order = bad(["--set", "dates.incident=2022-05-10"]);
    expect(order.status).toBe(1);
    expect(order.stderr).toMatch(/dates\.aware: 2022-05-03 is before dates\.incident \(2022-05-10\)/);
    const unknown = bad(["--set", "sumary=text"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/sumary: is not a field of this record; did you mean "summary"\?/);
  });

  it("validates the store with the new record before writing: a rule broken means nothing written", () => {
    const store = newStore();
    const before = recordFiles(store);
    const r = runLif(["new", "rapid-review", ...AS_OF, ...RAPID, "--set", "status=decided", "--set", "dates.meeting=2022-05-10",
      "--set", "dates.sentToPanel=2022-05-20", "--set", "dates.decision=2022-06-01", "--set", "decision.outcome=no-lcspr",
      "--set", "decision.lcspr=rr-2022-01-child-1"], { cwd: store });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rr-2022-05-child-8\.yaml:\d+:\d+ +error +.*names an LCSPR/);
    expect(r.stderr).toMatch(/nothing written/);
    expect(recordFiles(store)).toEqual(before);
  });

  it("never overwrites a file, even one that is not a valid record", () => {
    const store = newStore();
    const path = join(store, "records/reviews/rr-2022-05-child-8.yaml");
    writeFileSync(path, "# a draft someone is still writing\n");
    const r = runLif(["new", "rapid-review", ...AS_OF, ...RAPID], { cwd: store });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/records\/reviews\/rr-2022-05-child-8\.yaml already exists; lif never overwrites a file/);
    expect(readFileSync(path, "utf8")).toBe("# a draft someone is still writing\n");
    const taken = runLif(["new", "rapid-review", ...AS_OF, ...RAPID, "--set", "id=rr-2022-01-child-1"], { cwd: store });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/id: rr-2022-01-child-1 is already used by records\/reviews\/rr-2022-01-child-1\.yaml/);
  });

  it("writes what a person would: schema order, no empty keys, plain dates, comments from the answers file", () => {
    const store = newStore();
    const answers = join(store, "answers.yaml");
    writeFileSync(answers, [
      "# Notified by the hospital.",
      "themes: [voice-of-the-child]",
      "# Anonymised for the briefing.",
      "summary: A toddler was found alone at home.",
      "agencies: []",
      "children: under-1:female",
      "abuseTypes: [neglect-basic-needs]",
      "dates: {aware: 2022-06-01, incident: 2022-05-30}",
      "pseudonym: Child 9",
      "",
    ].join("\n"));
    const r = runLif(["new", "rapid-review", ...AS_OF, "--answers", answers], { cwd: store });
    // The fixture store has no schemas/ folder: lif says the modeline points nowhere.
    expect(r.stderr).toMatch(/^note: the store has no schemas\/ folder/);
    expect(r.status).toBe(0);
    const text = readFileSync(join(store, "records/reviews/rr-2022-06-child-9.yaml"), "utf8");
    const keys = Object.keys(parse(text) as object);
    const schemaOrder = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, "schemas/rapid-review.schema.json"), "utf8")) as { properties: object }).properties);
    expect(keys).toEqual(schemaOrder.filter((k) => keys.includes(k)));
    expect(keys).not.toContain("agencies");
    expect(text).toMatch(/^ {2}incident: 2022-05-30$/m);
    expect(text).toMatch(/# Notified by the hospital\.\n/);
    expect(text).toMatch(/# Anonymised for the briefing\.\nsummary: A toddler/);
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schemas/rapid-review.schema.json");
  });

  it("a record file given back as --answers comes out the same", () => {
    const store = newStore();
    const golden = join(PROJECT_ROOT, "test/golden/new/rapid-review.yaml");
    const r = runLif(["new", "rapid-review", ...AS_OF, "--answers", golden], { cwd: store });
    expect(r.status).toBe(0);
    expect(readFileSync(join(store, "records/reviews/rr-2022-04-child-7.yaml"), "utf8")).toBe(readFileSync(golden, "utf8"));
  });

  it("--dry-run shows the files and writes nothing", () => {
    const store = newStore();
    const before = recordFiles(store);
    const r = runLif(["new", "rapid-review", ...AS_OF, ...RAPID, "--dry-run"], { cwd: store });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/── records\/reviews\/rr-2022-05-child-8\.yaml\n# yaml-language-server/);
    expect(recordFiles(store)).toEqual(before);
  });

  it("a bad --set or an unknown kind is a usage error (exit 2)", () => {
    const store = newStore();
    expect(runLif(["new", "rapid-review", "--set", "pseudonym"], { cwd: store }).status).toBe(2);
    const proto = runLif(["new", "rapid-review", "--set", "__proto__.polluted=1"], { cwd: store });
    expect(proto.status).toBe(2);
    expect(proto.stderr).toMatch(/is not a field name/);
    const kind = runLif(["new", "rapid-reveiw"], { cwd: store });
    expect(kind.status).toBe(2);
    expect(hasStackTrace(kind.stderr)).toBe(false);
  });
});
