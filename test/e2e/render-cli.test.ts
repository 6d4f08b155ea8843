// lif render as a user meets it: wrong input on purpose, npm start's command.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStackTrace, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { copyOfBundledStore, testdir } from "../helpers/testdir.js";

const FIXTURE = join(PROJECT_ROOT, "test/fixtures/render-basic");

describe("usage errors exit 2 with a message and no stack trace", () => {
  it.each([
    [["render", "briefing", "no-such-record"], /no record with id "no-such-record"/],
    [["render", "briefing", "act-board-01"], /act-board-01 is a record of kind action, which has no briefing; briefings are for rapid-review/],
    [["render", "annual-report", "--year", "2021"], /--year "2021" is not a financial year/],
    [["render", "annual-report"], /required option '--year <year>' not specified/],
    [["render", "section", "finance", "--year", "2021/22"], /no report section "finance"; the sections are key-figures, reviews/],
    [["render", "annual-report", "--year", "2021/22", "--audience", "everyone"], /Allowed choices are public, internal/],
    [["render", "annual-report", "--year", "2021/22", "--as-of", "2022-02-30"], /--as-of "2022-02-30" is not a date/],
  ])("lif %j", (args, message) => {
    const r = runLif([...args, "--store", FIXTURE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe("records with errors", () => {
  it("are refused (exit 1), since the figures would be wrong, and nothing is written", () => {
    const root = copyOfBundledStore({ "records/reviews/rr-broken.yaml": "kind: rapid-review\nid: rr-broken\n" });
    const r = runLif(["render", "annual-report", "--year", "2021/22", "--store", root, "--out", "out.md"], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/errors? in 1 file \(records\/reviews\/rr-broken\.yaml\).*run lif validate/);
    expect(existsSync(join(root, "out.md"))).toBe(false);
  });
});

describe("npm start", () => {
  it("renders the 2021/22 draft from the bundled store with the script's own arguments", () => {
    const script = (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    const args = script.replace(/^node bin\/lif /, "").split(" ");
    const dir = testdir({});
    const out = args.indexOf("--out");
    args[out + 1] = join(dir, "annual-report-2021-22.md");
    args[args.indexOf("--store") + 1] = PROJECT_ROOT;
    const r = runLif([...args, "--as-of", "2022-06-30"]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "annual-report-2021-22.md"), "utf8")).toBe(readFileSync(join(PROJECT_ROOT, "test/golden/annual-report-2021-22.md"), "utf8"));
  });
});
