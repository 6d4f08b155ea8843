// lif init: a new store in an empty folder that lif new can fill and lif
// validate passes; a workflow that names only commands lif has; refusals.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildProgram } from "../../src/program.js";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { testdir } from "../helpers/testdir.js";

const NAME = "Example Safeguarding Children Partnership";

/** Every `lif …` command line in the workflow's run steps, as words. */
function lifCommands(workflow: { jobs: Record<string, { steps: Array<{ run?: string }> }> }): string[][] {
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps.map((s) => s.run ?? ""))
    .flatMap((run) => run.split("\n"))
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words[0] === "lif");
}

/** What is wrong with a `lif …` command line: no such command, or an option the command does not take. */
function problemWith(words: string[]): string | undefined {
  const root = buildProgram();
  let cmd = root;
  const rest = words.slice(1);
  while (rest.length && !rest[0]!.startsWith("-")) {
    const sub = cmd.commands.find((c) => c.name() === rest[0]);
    if (!sub) break;
    cmd = sub;
    rest.shift();
  }
  if (cmd === root) return "no such command";
  if (cmd.commands.length) return "needs a subcommand";
  const known = new Set([...cmd.options, ...root.options].map((o) => o.long));
  const unknown = rest.filter((w) => w.startsWith("--")).find((flag) => !known.has(flag.split("=")[0]));
  if (unknown) return `does not take ${unknown}`;
  const needed = cmd.options.find((o) => o.mandatory && !rest.includes(o.long!));
  return needed ? `needs ${needed.long}` : undefined;
}

describe("lif init", () => {
  it("makes a store that lif new fills three times and lif validate passes", () => {
    const parent = testdir({});
    const init = runLif(["init", "store", "--name", NAME, "--yes", "--as-of", "2022-06-01"], { cwd: parent });
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    const store = join(parent, "store");
    for (const path of ["records/partnership.yaml", "README.md", ".vscode/settings.json", ".github/workflows/lif.yml", "schemas/action.schema.json"]) {
      expect(existsSync(join(store, path)), path).toBe(true);
    }
    for (const folder of ["reviews", "audits", "s11", "actions"]) expect(existsSync(join(store, "records", folder))).toBe(true);

    const asOf = ["--as-of", "2022-07-01"];
    const rr = runLif(["new", "rapid-review", ...asOf, "--set", "pseudonym=Child 1", "--set", "dates.aware=2022-05-03",
      "--set", "children=under-1:female", "--set", "abuseTypes=nai-fractures", "--set", "themes=non-accidental-injury"], { cwd: store });
    expect(rr.stderr).toBe("");
    expect(rr.status).toBe(0);
    const cycle = runLif(["new", "s11-cycle", ...asOf, "--set", "year=2022"], { cwd: store });
    expect(cycle.status).toBe(0);
    const action = runLif(["new", "action", ...asOf, "--set", "source.type=review", "--set", "source.record=rr-2022-05-child-1",
      "--set", "description=Share the learning briefing with every health visiting team.", "--set", "leadAgency=nhs-icb",
      "--set", "owner=designated-nurse", "--set", "due=2022-09-30"], { cwd: store });
    expect(action.stderr).toBe("");
    expect(action.status).toBe(0);
    expect(readdirSync(join(store, "records/actions")).filter((f) => f.endsWith(".yaml"))).toEqual(["act-rr-2022-05-child-1-01.yaml"]);

    const validate = runLif(["validate"], { cwd: store });
    expect(validate.stdout).toMatch(/4 record files checked, no findings/);
    expect(validate.status).toBe(0);
  });

  it("writes a workflow that parses as YAML and names only commands lif has", () => {
    const parent = testdir({});
    expect(runLif(["init", "s", "--name", NAME, "--yes"], { cwd: parent }).status).toBe(0);
    const workflow = parse(readFileSync(join(parent, "s/.github/workflows/lif.yml"), "utf8"));
    const commands = lifCommands(workflow);
    expect(commands.map((w) => w.slice(0, 3).filter((x) => !x.startsWith("-")).join(" "))).toEqual(expect.arrayContaining(["lif validate", "lif render annual-report"]));
    for (const words of commands) expect(problemWith(words), words.join(" ")).toBeUndefined();
    expect(commands.find((w) => w[1] === "validate")).toEqual(["lif", "validate", "--format", "github"]);
    expect(Object.keys(workflow.on)).toContain("pull_request");
    expect(JSON.stringify(workflow)).toMatch(/npm install -g/);
  });

  it("maps every kind's schema in .vscode/settings.json, and each record's modeline finds its schema", () => {
    const parent = testdir({});
    expect(runLif(["init", "s", "--name", NAME, "--yes"], { cwd: parent }).status).toBe(0);
    const store = join(parent, "s");
    const settings = JSON.parse(readFileSync(join(store, ".vscode/settings.json"), "utf8")) as { "yaml.schemas": Record<string, string[]> };
    const mapped = Object.keys(settings["yaml.schemas"]).map((p) => p.replace("./schemas/", "")).sort();
    const shipped = readdirSync(join(store, "schemas")).filter((f) => f !== "defs.schema.json").sort();
    expect(mapped).toEqual(shipped);
    const modeline = /\$schema=(\S+)/.exec(readFileSync(join(store, "records/partnership.yaml"), "utf8"))![1]!;
    expect(existsSync(join(store, "records", modeline))).toBe(true);
  });

  it("refuses a folder that is not empty (exit 2) and changes nothing in it", () => {
    const dir = testdir({ "notes.txt": "mine" });
    const r = runLif(["init", ".", "--name", NAME, "--yes"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not empty \(it holds notes\.txt\)/);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it("accepts a folder holding only .git", () => {
    const dir = testdir({});
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
    expect(runLif(["init", ".", "--name", NAME, "--yes"], { cwd: dir }).status).toBe(0);
  });

  it("unattended without --name exits 2 naming it, and creates nothing", () => {
    const parent = testdir({});
    const r = runLif(["init", "s", "--yes"], { cwd: parent });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^\s+--name\s/m);
    expect(existsSync(join(parent, "s"))).toBe(false);
  });

  it("takes agencies, lead partners and priorities from flags", () => {
    const parent = testdir({});
    const r = runLif(["init", "s", "--name", NAME, "--agency", "la: Example Council", "--agency", "Example Police",
      "--agency", "nhs: NHS Example", "--agency", "Example Academy Trust", "--lead", "la,example-police,nhs",
      "--priority", "Child exploitation", "--as-of", "2022-06-01"], { cwd: parent });
    expect(r.status).toBe(0);
    const p = parse(readFileSync(join(parent, "s/records/partnership.yaml"), "utf8"));
    expect(p.agencies).toEqual([
      { id: "la", name: "Example Council", sector: "local-authority", leadPartner: true },
      { id: "example-police", name: "Example Police", sector: "police", leadPartner: true },
      { id: "nhs", name: "NHS Example", sector: "health", leadPartner: true },
      { id: "example-academy-trust", name: "Example Academy Trust", sector: "education" },
    ]);
    expect(p.priorities).toEqual([{ id: "child-exploitation", title: "Child exploitation", from: "2022-04-01", to: "2025-03-31" }]);
    expect(p.shortName).toBe("ESCP");
    expect(p.area).toBe("Example");
  });
});
