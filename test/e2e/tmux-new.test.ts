// lif new at a real terminal: tmux types the answers and reads the screen.
// The written files must validate and match the golden files.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { expectGolden, newStore, recordFiles } from "../helpers/new-store.js";
import { converse, DOWN, ENTER, hasTmux, key, NO_TMUX, SPACE, TmuxSession } from "../helpers/tmux.js";

const AS_OF = "2022-07-01";
let session: TmuxSession | undefined;
afterEach(() => session?.kill());

if (!hasTmux) console.warn(NO_TMUX);

describe.skipIf(!hasTmux)("lif new at a terminal (tmux)", () => {
  it("a rapid review: dates checked as typed, lists from the partnership file, written after the summary", async () => {
    const store = newStore();
    const before = recordFiles(store);
    session = TmuxSession.start(["new", "rapid-review", "--as-of", AS_OF], { cwd: store });
    await converse(session, [
      [/^\? Pseudonym/m, "Child 7", ENTER],
      [/^\? Status/m, DOWN, DOWN, ENTER],
      [/^\? Incident/m, "2022-03-28", ENTER],
      [/^\? Partnership aware/m, "2022-02-30", ENTER],
      [/is not a date; write YYYY-MM-DD/, key("C-u"), "2022-03-20", ENTER],
      [/2022-03-20 is before dates\.incident \(2022-03-28\)/, key("C-u"), "2022-04-04", ENTER],
      [/^\? Panel notified/m, "2022-04-06", ENTER],
      [/^\? Rapid review meeting/m, "2022-04-20", ENTER],
      [/^\? Sent to Panel/m, "2022-04-22", ENTER],
      [/^\? Age band/m, ENTER],
      [/^\? Sex/m, DOWN, ENTER],
      [/^\? Add another child\?/m, "y", ENTER],
      [/^\? Age band/m, DOWN, DOWN, ENTER],
      [/^\? Sex/m, ENTER],
      [/^\? Add another child\?/m, ENTER],
      [/^\? Primary abuse and neglect types/m, DOWN, SPACE, ENTER],
      [/^\? Learning themes/m, SPACE, DOWN, DOWN, SPACE, ENTER],
      [/^\? Priorities/m, SPACE, ENTER],
      [/^\? Agencies involved/m, SPACE, DOWN, SPACE, ENTER],
      [/^\? Summary/m, "A baby was taken to hospital with a fracture.", ENTER],
      [/^\? Key learning 1/m, "Share concerns about bruising in babies the same day.", ENTER],
      [/^\? Key learning 2/m, ENTER],
      [/^\? Id/m, ENTER],
      [/^\? Write this file\?/m, ENTER],
    ]);
    expect(await session.exitCode()).toBe(0);
    const file = "records/reviews/rr-2022-04-child-7.yaml";
    expect(recordFiles(store)).toEqual([...before, file].sort());
    expectGolden(readFileSync(join(store, file), "utf8"), "rapid-review.yaml");
    expect(runLif(["validate"], { cwd: store }).status).toBe(0);
  });

  it("a Section 11 return with an amber rating asks for its action and writes both", async () => {
    const store = newStore();
    session = TmuxSession.start(["new", "s11-return", "--as-of", AS_OF], { cwd: store });
    await converse(session, [
      [/^\? Cycle/m, ENTER],
      [/^\? Agency/m, DOWN, ENTER],
      [/^\? Submitted/m, "2022-06-30", ENTER],
      [/^Standard s1: Senior management commitment/m],
      [/^\? RAG rating/m, ENTER],
      [/^\? Evidence/m, "Safeguarding reports to the chief officer group each quarter.", ENTER],
      [/^Standard s2: Clear line of accountability/m],
      [/^\? RAG rating/m, DOWN, ENTER],
      [/^\? Evidence/m, ENTER],
      [/^\? Areas for development/m, "A named safeguarding lead in each district.", ENTER],
      [/^Action 1 of the action plan/m],
      [/^\? Action$/m, "Name a safeguarding lead for each district.", ENTER],
      [/^\? Lead agency/m, ENTER],
      [/^\? Owner/m, ENTER],
      [/^\? Monitoring group/m, ENTER],
      [/^\? Created/m, ENTER],
      [/^\? Due/m, "2023-03-31", ENTER],
      [/^\? Add another action/m, ENTER],
      [/^Standard s3: Staff training/m],
      [/^\? RAG rating/m, ENTER],
      [/^\? Evidence/m, ENTER],
      [/^\? Sampled/m, ENTER],
      [/^\? Id/m, ENTER],
      [/^\? Write these 2 files\?/m, ENTER],
    ]);
    expect(await session.exitCode()).toBe(0);
    expectGolden(readFileSync(join(store, "records/s11/s11-2022-police.yaml"), "utf8"), "s11-return.yaml");
    expectGolden(readFileSync(join(store, "records/actions/act-s11-2022-police-01.yaml"), "utf8"), "s11-return-action.yaml");
    expect(runLif(["validate"], { cwd: store }).status).toBe(0);
  });

  it("an action answering a recommendation, with an owner role typed in", async () => {
    const store = newStore();
    session = TmuxSession.start(["new", "action", "--as-of", AS_OF], { cwd: store });
    await converse(session, [
      [/^\? Source type/m, ENTER],
      [/^\? Source record/m, ENTER],
      [/^\? Recommendation/m, DOWN, ENTER],
      [/^\? Action/m, "Audit how health visitors share concerns about bruising.", ENTER],
      [/^\? Lead agency/m, DOWN, DOWN, ENTER],
      [/^\? Owner/m, DOWN, DOWN, ENTER],
      [/^\? Owner/m, "Named Nurse for Safeguarding", ENTER],
      [/^\? Monitoring group/m, ENTER],
      [/^\? Created/m, ENTER],
      [/^\? Due/m, "2022-06-30", ENTER],
      [/2022-06-30 is before created \(2022-07-01\)/, key("C-u"), "2022-12-31", ENTER],
      [/^\? Status/m, ENTER],
      [/^\? Id/m, ENTER],
      [/^\? Write this file\?/m, ENTER],
    ]);
    expect(await session.exitCode()).toBe(0);
    expectGolden(readFileSync(join(store, "records/actions/act-rr-2022-01-child-1-01.yaml"), "utf8"), "action.yaml");
    expect(runLif(["validate"], { cwd: store }).status).toBe(0);
  });

  it("Ctrl-C mid-way leaves nothing behind and no stack trace", async () => {
    const store = newStore();
    const before = recordFiles(store);
    session = TmuxSession.start(["new", "s11-return", "--as-of", AS_OF], { cwd: store });
    await converse(session, [
      [/^\? Cycle/m, ENTER],
      [/^\? Agency/m, ENTER],
      [/^\? Submitted/m, "2022-06-30", ENTER],
      [/^\? RAG rating/m, key("C-c")],
    ]);
    expect(await session.exitCode()).toBe(130);
    const screen = session.screen();
    expect(screen).toMatch(/cancelled; nothing was written/);
    expect(hasStackTrace(screen)).toBe(false);
    expect(recordFiles(store)).toEqual(before);
    expect(existsSync(join(store, ".lif-lock"))).toBe(false);
  });
});
