// A store of 4,000 files or more is read ahead by a second thread, which
// also checks files itself while the main thread is the slower one
// (src/io/store-reader.ts). Findings must be the same whichever thread read
// or checked a file: the real executable, with the thread checking every
// batch, none, or as it goes, against the loader run in this process from
// the sources, where no second thread is used. The output cannot show which
// thread checked a file; store-reader.test.ts drives the thread itself and
// shows what it checks and what it hands over as bytes.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadStore } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { formatFindingsJson } from "../../src/ui/format-findings.js";
import { PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";

let store: string;
let expected: string;
let deep: string;

/** Findings as JSON, without those of the deeply nested file (see below). */
const withoutDeep = (json: string) => (JSON.parse(json) as Array<{ file: string }>).filter((f) => f.file !== deep);

beforeAll(() => {
  store = testdir({});
  const made = spawnSync(process.execPath, [join(PROJECT_ROOT, "bench", "generate.mjs"), "--out", store, "--records", "4300", "--seed", "11", "--faults", "20"], { encoding: "utf8" });
  expect(made.status, made.stderr).toBe(0);
  // What the planted faults do not cover: text that is not UTF-8, NUL
  // bytes, an empty file, Windows line ends, non-ASCII text, a -0 (which
  // JSON would turn into 0) and an id declared twice (a rule across files).
  // A batch holding a file with findings goes over as bytes, and the
  // planted faults are spread through the store, so most of these travel as
  // bytes whatever the thread does: here they check the whole run;
  // store-reader.test.ts shows what the thread does with each kind of file.
  const actions = join(store, "records", "actions");
  const names = readdirSync(actions).sort();
  const at = (i: number) => join(actions, names[i]!);
  writeFileSync(at(300), Buffer.concat([readFileSync(at(300)), Buffer.from([0x0a, 0x23, 0x20, 0xe9, 0x0a])]));
  writeFileSync(at(900), Buffer.concat([readFileSync(at(900)), Buffer.from([0x00])]));
  writeFileSync(at(1500), "");
  writeFileSync(at(2100), readFileSync(at(2100), "utf8").replace(/\n/g, "\r\n"));
  writeFileSync(at(2200), readFileSync(at(2200), "utf8").replace("owner: ", "owner: Café lead — "));
  writeFileSync(at(2400), readFileSync(at(2400), "utf8").replace(/^id: .+$/m, readFileSync(at(2399), "utf8").match(/^id: .+$/m)![0]));
  // Brackets nested deeper than a thread's stack allows: the precise YAML
  // parser reports that as an error, and the reader thread's stack is not
  // the main thread's, so such a file must be checked on the main thread.
  writeFileSync(at(1700), `${readFileSync(at(1700), "utf8")}extra: ${"[".repeat(1500)}${"]".repeat(1500)}\n`);
  deep = `records/actions/${names[1700]!}`;
  const audits = join(store, "records", "audits");
  const audit = join(audits, readdirSync(audits).sort()[3]!);
  writeFileSync(audit, `${readFileSync(audit, "utf8")}lettersOfRecognition: -0\n`);

  const { findings } = loadStore(readStoreFiles(store), loadSchemaValidator());
  expected = formatFindingsJson(findings);
}, 120_000);

describe("lif validate of a store read by two threads", () => {
  it("has findings in the files planted with them (the comparison below is not of nothing)", () => {
    const files = new Set((JSON.parse(expected) as Array<{ file: string }>).map((f) => f.file));
    expect(files.size).toBeGreaterThanOrEqual(25);
  });

  it.each([
    ["the reader checks no file", "never"],
    ["the reader checks every batch it may (one with findings goes over as bytes)", "always"],
    ["the reader checks while the main thread is behind", ""],
  ])("gives the findings of one thread when %s", (_name, mode) => {
    const result = runLif(["validate", "--store", store, "--format", "json"], { env: { LIF_READER_CHECK: mode } });
    expect(result.status).toBe(1);
    expect(withoutDeep(result.stdout)).toEqual(withoutDeep(expected));
  });

  it("reports the deeply nested file the same whichever thread read it", () => {
    // Where the parser runs out of stack depends on how deep the call is
    // already, so this compares lif with lif, not with this process.
    const [never, always] = ["never", "always"].map((mode) => runLif(["validate", "--store", store, "--format", "json"], { env: { LIF_READER_CHECK: mode } }).stdout);
    const deepFindings = (JSON.parse(never!) as Array<{ file: string; rule: string }>).filter((f) => f.file === deep);
    expect(deepFindings.map((f) => f.rule)).toContain("yaml-syntax");
    expect(always).toBe(never);
  });

  it("and so does --strict, which keeps whole records", () => {
    const result = runLif(["validate", "--store", store, "--format", "json", "--strict"], { env: { LIF_READER_CHECK: "always" } });
    // --strict also checks the text for identifying details: the same
    // findings, and perhaps more.
    expect(withoutDeep(result.stdout)).toEqual(expect.arrayContaining(withoutDeep(expected)));
  });
});
