// lif actions, lif actions overdue, lif actions update and lif deadlines,
// run as a user would, on test/fixtures/actions-scenarios (each record there
// says in a comment what it is expected to show).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { buildActionsList } from "../../src/commands/actions.js";
import type { ActionFilters } from "../../src/commands/actions-shared.js";
import { hasStackTrace, LIF, PROJECT_ROOT, runLif } from "../helpers/cli.js";
import { copyOfBundledStore, testdir } from "../helpers/testdir.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/actions-scenarios", import.meta.url));
const STORE = ["--store", FIXTURE];
const quiet = { out: () => {}, err: () => {}, color: new Chalk({ level: 0 }), isTTY: false };

function copyOfFixture(): string {
  const files: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = readFileSync(join(dir, e.name), "utf8");
    }
  };
  walk(FIXTURE, "");
  return testdir(files);
}

describe("lif actions", () => {
  it("lists the actions that existed on the date, by due date, with days overdue or left", () => {
    const r = runLif(["actions", ...STORE, "--as-of", "2022-03-31"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => l.startsWith("act-")).map((l) => l.split(/\s{2,}/));
    expect(rows.map((c) => c[0])).toEqual([
      "act-leap-day", "act-band-91-180", "act-cancelled", "act-completed-late", "act-completed-after", "act-revised-still-late",
      "act-due-yesterday", "act-due-today", "act-fy-april", "act-revised-later", "act-lcspr-q-01",
    ]);
    const timing = Object.fromEntries(rows.map((c) => [c[0], c.at(-1)]));
    expect(timing).toMatchObject({
      "act-due-today": "due today", "act-due-yesterday": "1 day overdue", "act-completed-late": "done 43 days late",
      "act-cancelled": "cancelled", "act-revised-later": "91 days left", "act-revised-still-late": "31 days overdue",
      "act-leap-day": "761 days overdue", "act-fy-april": "1 day left", "act-completed-after": "44 days overdue",
    });
    expect(r.stdout).toMatch(/^act-lcspr-q-01\s+review lcspr-child-q\s+NHS ICB\s+Designated Nurse for Safeguarding Children\s+2022-09-30\s+in-progress\s+183 days left$/m);
  });

  it("filters by agency (id or name), owner, group, source, status and due dates", () => {
    // In-process (the command's own entry point), to keep the suite quick; the flags are mapped in src/define/actions.ts.
    const ids = (filters: ActionFilters) => {
      const { view, exitCode } = buildActionsList({ cwd: FIXTURE, asOf: "2022-03-31", format: "json", filters }, quiet);
      expect(exitCode).toBe(0);
      return view.rows.map((x) => x.id);
    };
    expect(ids({ agency: "NHS ICB", status: "open" })).toEqual(["act-revised-still-late", "act-revised-later", "act-lcspr-q-01"]);
    expect(ids({ owner: "designated nurse" })).toEqual(["act-lcspr-q-01"]);
    expect(ids({ source: "lcspr-child-q" })).toEqual(["act-lcspr-q-01"]);
    expect(ids({ source: "board", agency: "police", status: "not-started" })).toEqual(["act-band-91-180", "act-due-yesterday"]);
    expect(ids({ group: "qa-subgroup", status: "overdue" })).toEqual(["act-leap-day", "act-completed-after", "act-due-yesterday"]);
    expect(ids({ dueAfter: "2022-03-30", dueBefore: "2022-06-30" })).toEqual(["act-due-today", "act-fy-april"]);
    // Through the CLI once: flags reach the filters.
    const r = runLif(["actions", ...STORE, "--as-of", "2022-03-31", "--format", "csv", "--owner", "NURSE", "--due-after", "2022-01-01"]);
    expect(r.stdout.trim().split("\n").slice(1).map((l) => l.split(",")[0])).toEqual(["act-lcspr-q-01"]);
  });

  it("with a record that fails its schema: still lists the rest, names the file, exits 1", () => {
    const root = copyOfFixture();
    writeFileSync(join(root, "records/actions/act-broken.yaml"), "kind: action\nid: act-broken\nstatsu: open\n");
    const r = runLif(["actions", "--as-of", "2022-03-31", "--format", "json"], { cwd: root });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).count).toBe(11);
    expect(r.stderr).toMatch(/records\/actions\/act-broken\.yaml\): a record that fails its schema is left out of these figures \(run lif validate\)/);
  });

  it("an unknown agency or status is a usage error with a suggestion", () => {
    const r = runLif(["actions", ...STORE, "--agency", "polce"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did you mean "police"/);
  });
});

describe("lif actions overdue", () => {
  it("groups the overdue actions by lead agency and monitoring group in ageing bands", () => {
    const r = runLif(["actions", "overdue", ...STORE, "--as-of", "2022-03-31", "--format", "json"]);
    expect(r.status).toBe(0);
    const view = JSON.parse(r.stdout);
    expect(view.rows.map((x: { id: string; daysOverdue: number }) => [x.id, x.daysOverdue])).toEqual([
      ["act-leap-day", 761], ["act-band-91-180", 136], ["act-completed-after", 44], ["act-revised-still-late", 31], ["act-due-yesterday", 1],
    ]);
    expect(view.totals).toEqual({ bands: [1, 2, 1, 1], total: 5 });
    expect(view.open).toBe(9);
    expect(view.byAgency.map((g: { id: string; total: number }) => [g.id, g.total])).toEqual([["council", 2], ["police", 2], ["nhs", 1]]);
  });

  it("across the financial-year boundary, the action due on 31 March becomes overdue on 1 April", () => {
    const r = runLif(["actions", "overdue", ...STORE, "--as-of", "2022-04-01", "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("ID,Source,Lead agency,Owner,Group,Due,Days overdue");
    expect(r.stdout).toMatch(/^act-due-today,board,County Police,Head of Service,Quality Assurance Subgroup,2022-03-31,1$/m);
    expect(r.stdout).not.toMatch(/act-fy-april/);
  });

  it("--format github annotates the due: line of each overdue action's file, named from where lif runs", () => {
    // Run from the project, which holds the store in a subfolder, as a
    // workflow runs from the repository's root.
    const r = runLif(["actions", "overdue", ...STORE, "--as-of", "2022-03-31", "--format", "github"], { cwd: PROJECT_ROOT });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    for (const l of lines) {
      const m = /^::warning file=(test\/fixtures\/actions-scenarios\/records\/actions\/[\w-]+\.yaml),line=(\d+),col=1,title=lif overdue action::/.exec(l);
      expect(m).not.toBeNull();
      const fileLines = readFileSync(join(PROJECT_ROOT, m![1]!), "utf8").split("\n");
      expect(fileLines[Number(m![2]) - 1]).toMatch(/^due: /);
    }
  });

  it("prints Markdown with the groupings and the actions", () => {
    const r = runLif(["actions", "overdue", ...STORE, "--as-of", "2022-03-31", "--format", "markdown"]);
    expect(r.stdout).toContain("| Lead agency | 1–30 days | 31–90 days | 91–180 days | over 180 days | Total |");
    expect(r.stdout).toContain("| All | 1 | 2 | 1 | 1 | 5 |");
  });
});

describe("lif deadlines", () => {
  it("gives each deadline's due date and result in working days", () => {
    const r = runLif(["deadlines", ...STORE, "--as-of", "2022-04-20"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2022-04-25\s+rr-child-good-friday\s+Panel notified\s+5 working days from becoming aware \(2022-04-15\)\s+due in 3 working days$/m);
    expect(r.stdout).toMatch(/^2022-03-25\s+rr-child-q\s+Rapid review sent to Panel\s+.*missed by 1 working day \(done 2022-03-28\)$/m);
    expect(r.stdout).toMatch(/As of 2022-04-20: 5 met, 3 missed, 7 due, 0 overdue/);
  });

  it("--open keeps what is not yet met; json carries each line's result", () => {
    const r = runLif(["deadlines", ...STORE, "--as-of", "2022-03-31", "--open", "--format", "json"]);
    const view = JSON.parse(r.stdout);
    expect(view.lines.map((l: { state: string }) => l.state).every((s: string) => s === "due" || s === "overdue")).toBe(true);
    expect(view.lines.find((l: { record: string }) => l.record === "s11-2020").result).toBe("overdue by 75 days");
  });
});

describe("dates", () => {
  it("give the same output under TZ=Pacific/Kiritimati and TZ=America/Los_Angeles", () => {
    for (const args of [["actions"], ["actions", "overdue"], ["deadlines"]]) {
      const east = runLif([...args, ...STORE, "--as-of", "2022-03-31"], { env: { TZ: "Pacific/Kiritimati" } });
      const west = runLif([...args, ...STORE, "--as-of", "2022-03-31"], { env: { TZ: "America/Los_Angeles" } });
      expect(east.status).toBe(0);
      expect(east.stdout.length).toBeGreaterThan(200);
      expect(west.stdout).toBe(east.stdout);
    }
  });

  it("a bad --as-of exits 2 and shows the expected form", () => {
    for (const [cmd, value] of [[["actions"], "2022-13-01"], [["actions", "overdue"], "yesterday"], [["deadlines"], "2022-13-01"], [["actions", "update", "act-due-today", "--note", "x"], "yesterday"]] as const) {
      const r = runLif([...cmd, ...STORE, "--as-of", value]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--as-of "${value}" is not a date; expected YYYY-MM-DD`);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it("a --format the command does not offer exits 2 and lists its own formats", () => {
    for (const [cmd, formats] of [[["actions", "overdue"], "text, json, csv, markdown, github"], [["deadlines"], "text, json, csv, markdown"]] as const) {
      const r = runLif([...cmd, ...STORE, "--format", "xml"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--format "xml" is not a format; expected one of: ${formats}`);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});

describe("lif actions update", () => {
  const FILE = "records/actions/act-lcspr-q-01.yaml";

  it("appends a progress entry in place; other lines are unchanged", () => {
    const root = copyOfFixture();
    const before = readFileSync(join(root, FILE), "utf8");
    const r = runLif(["actions", "update", "act-lcspr-q-01", "--note", "Training delivered", "--date", "2022-04-04"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Updated ${FILE}`);
    const after = readFileSync(join(root, FILE), "utf8");
    expect(after).toBe(before.replace("# set at CRG\n", "# set at CRG\n  - date: 2022-04-04\n    note: Training delivered\n"));
  });

  it("refuses to complete an LCSPR action without evidence of impact, and writes nothing", () => {
    const root = copyOfFixture();
    const before = readFileSync(join(root, FILE), "utf8");
    const r = runLif(["actions", "update", "act-lcspr-q-01", "--status", "complete", "--date", "2022-04-04"], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('add --impact "what changed');
    expect(readFileSync(join(root, FILE), "utf8")).toBe(before);
  });

  it("an update that would make the records invalid exits 1 and writes nothing", () => {
    const root = copyOfFixture();
    const before = readFileSync(join(root, FILE), "utf8");
    // A note longer than the schema allows: the whole store is validated with
    // the change, and the schema finding stops the write.
    const r = runLif(["actions", "update", "act-lcspr-q-01", "--note", "x".repeat(20_001), "--date", "2022-06-01"], { cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not written/);
    expect(r.stderr).toMatch(/longer than 20000 characters/);
    expect(readFileSync(join(root, FILE), "utf8")).toBe(before);
  });

  it("an unknown id exits 1 with the nearest ids", () => {
    const r = runLif(["actions", "update", "act-lcspr-q-1", "--note", "x", ...STORE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no action has id "act-lcspr-q-1"; nearest: act-lcspr-q-01/);
  });

  it("killed at any moment, a run leaves the file either as it was or fully updated", async () => {
    const root = copyOfFixture();
    const file = join(root, "records/actions/act-due-today.yaml");
    const before = readFileSync(file, "utf8");
    const outcomes = new Set<string>();
    for (const delay of [0, 40, 80, 120, 160, 200, 240, 280, 320, 400]) {
      const child = spawn(process.execPath, [LIF, "actions", "update", "act-due-today", "--note", `killed after ${delay}ms`, "--date", "2022-03-31"], { cwd: root, stdio: "ignore" });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await exited;
      const now = readFileSync(file, "utf8");
      const complete = now === before || (now.startsWith(before.trimEnd()) && /note: killed after \d+ms\n$/.test(now));
      expect(complete, now).toBe(true);
      outcomes.add(now === before ? "old" : "new");
      writeFileSync(file, before);
      rmSync(join(root, ".lif-lock"), { force: true }); // a lock left by a killed run (its pid is gone, so lif would take it over anyway)
    }
    expect(outcomes.has("old")).toBe(true);
  }, 60_000);

  it("20 concurrent updates of one file all land", async () => {
    const root = copyOfFixture();
    const runs = Array.from({ length: 20 }, (_, i) => new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [LIF, "actions", "update", "act-due-today", "--note", `update ${i}`, "--date", "2022-03-31"], {
        cwd: root, env: { ...process.env, NO_COLOR: "1" }, stdio: "ignore",
      });
      child.on("error", reject);
      child.on("exit", (code) => resolve(code ?? -1));
    }));
    expect(await Promise.all(runs)).toEqual(Array(20).fill(0));
    const record = load(readFileSync(join(root, "records/actions/act-due-today.yaml"), "utf8"), { schema: CORE_SCHEMA }) as { progress: Array<{ note: string }> };
    expect(record.progress.map((p) => p.note).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `update ${i}`).sort());
    expect(readdirSync(join(root, "records/actions")).filter((f) => f.startsWith("."))).toEqual([]);
  }, 60_000);
});

describe("a backdated update", () => {
  it("that would come before the latest progress entry is refused, nothing written", () => {
    const root = copyOfBundledStore();
    const file = join(root, "records/actions/act-rr-2021-11-child-2-01.yaml");
    const first = runLif(["actions", "update", "act-rr-2021-11-child-2-01", "--note", "first", "--date", "2022-05-01", "--store", root]);
    expect(first.status, first.stderr).toBe(0);
    const before = readFileSync(file, "utf8");
    const late = runLif(["actions", "update", "act-rr-2021-11-child-2-01", "--note", "earlier meeting", "--date", "2022-03-31", "--store", root]);
    expect(late.status).toBe(1);
    expect(late.stderr).toMatch(/already has a progress update dated 2022-05-01/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});
