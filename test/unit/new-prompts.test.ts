// lif new and lif init at a prompt, with io/prompts.ts replaced: each test
// answers the questions in order, and can press Ctrl-C (PromptCancelled).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Chalk } from "chalk";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import type { PromptSpec } from "../../src/core/author/asker.js";
import { newStore, recordFiles } from "../helpers/new-store.js";
import { testdir } from "../helpers/testdir.js";

type Answer = unknown | ((spec: PromptSpec) => unknown);
const script: { answers: Answer[]; asked: PromptSpec[] } = { answers: [], asked: [] };

vi.mock("../../src/io/prompts.js", async (original) => {
  const real = await original<typeof import("../../src/io/prompts.js")>();
  return {
    ...real,
    prompt: async (spec: PromptSpec) => {
      script.asked.push(spec);
      if (!script.answers.length) throw new Error(`no answer scripted for "${spec.message}"`);
      const next = script.answers.shift();
      return typeof next === "function" ? (next as (s: PromptSpec) => unknown)(spec) : next;
    },
  };
});

const { newRecord } = await import("../../src/commands/new.js");
const { init } = await import("../../src/commands/init.js");
const { PromptCancelled } = await import("../../src/io/prompts.js");

function terminal() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, t: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), color: new Chalk({ level: 0 }), isTTY: true } };
}

const ctrlC = () => {
  throw new PromptCancelled();
};

/** Takes what the prompt proposes: the default, or the first choice. */
const take = (spec: PromptSpec) => (spec.type === "checkbox" ? [] : spec.type === "select" ? (spec.default ?? spec.choices[0]!.value) : spec.type === "confirm" ? spec.default : (spec.default ?? ""));

beforeEach(() => {
  script.answers = [];
  script.asked = [];
});

const options = (store: string) => ({ cwd: store, kind: "action", asOf: "2022-07-01", set: [], interactive: true, dryRun: false });

describe("lif new at a prompt", () => {
  it("Ctrl-C mid-way returns 130 and writes nothing", async () => {
    const store = newStore();
    const before = recordFiles(store);
    script.answers = ["cdop", "Review the safe sleep messages", ctrlC];
    const { t, err } = terminal();
    expect(await newRecord(options(store), t)).toBe(130);
    expect(err.join("\n")).toMatch(/cancelled; nothing was written/);
    expect(recordFiles(store)).toEqual(before);
  });

  it("declining at the summary writes nothing", async () => {
    const store = newStore();
    const before = recordFiles(store);
    script.answers = ["cdop", "", "Review the safe sleep messages", "nhs", "Designated Nurse", take, take, "2022-12-31", take, take, false];
    const { t, out } = terminal();
    expect(await newRecord(options(store), t)).toBe(1);
    expect(out.join("\n")).toMatch(/── records\/actions\/act-cdop-2022-01\.yaml/);
    expect(recordFiles(store)).toEqual(before);
  });

  it("checks a typed answer with the same words an unattended run gets", async () => {
    const store = newStore();
    let message: true | string = true;
    script.answers = ["cdop", "", "Review the safe sleep messages", "nhs", "head-of-safeguarding", take, take,
      (spec: PromptSpec) => {
        message = spec.type === "input" ? spec.validate("2022-06-31") : true;
        return "2022-12-31";
      }, take, take, true];
    const { t } = terminal();
    expect(await newRecord(options(store), t)).toBe(0);
    expect(message).toMatch(/"2022-06-31" is not a date/);
    const written = parse(readFileSync(join(store, "records/actions/act-cdop-2022-01.yaml"), "utf8"));
    expect(written.owner).toBe("Head of Safeguarding");
    expect(written.due).toBe("2022-12-31");
  });

  it("offers the partnership's agencies and groups as choices", async () => {
    const store = newStore();
    script.answers = ["cdop", "", "Something", ctrlC];
    const { t } = terminal();
    await newRecord(options(store), t);
    const agency = script.asked[3]!;
    expect(agency.type).toBe("select");
    const partnership = parse(readFileSync(join(store, "records/partnership.yaml"), "utf8"));
    const offered = agency.type === "select" ? agency.choices.map((c) => c.value) : [];
    expect(offered).toEqual([...partnership.agencies.map((a: { id: string }) => a.id), "partnership"]);
  });
});

describe("lif init at a prompt", () => {
  it("asks the name, takes the proposals, and writes after confirming", async () => {
    const parent = testdir({});
    script.answers = ["North Example Safeguarding Children Partnership", take, take, take, take, true, false, true];
    const { t } = terminal();
    const code = await init({ cwd: parent, dir: "s", asOf: "2022-06-01", interactive: true, given: {} }, t);
    expect(code).toBe(0);
    const p = parse(readFileSync(join(parent, "s/records/partnership.yaml"), "utf8"));
    expect(p).toMatchObject({ name: "North Example Safeguarding Children Partnership", shortName: "NESCP", area: "North Example", id: "nescp" });
  });

  it("Ctrl-C leaves no folder behind", async () => {
    const parent = testdir({});
    script.answers = ["Example SCP", ctrlC];
    const { t } = terminal();
    expect(await init({ cwd: parent, dir: "s", asOf: "2022-06-01", interactive: true, given: {} }, t)).toBe(130);
    expect(existsSync(join(parent, "s"))).toBe(false);
  });
});
