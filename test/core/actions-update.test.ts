import { readFileSync } from "node:fs";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { applyActionUpdate, planActionUpdate, type ActionUpdate } from "../../src/core/edit/action-update.js";
import { EditError } from "../../src/core/edit/yaml-splice.js";
import type { Action } from "../../src/core/model/records.js";

const LCSPR_ACTION = readFileSync(new URL("../fixtures/actions-scenarios/records/actions/act-lcspr-q-01.yaml", import.meta.url), "utf8");

function edit(text: string, update: ActionUpdate, fromLcspr = false): string {
  const before = load(text, { schema: CORE_SCHEMA }) as Action;
  const plan = planActionUpdate(before, update, { fromLcspr });
  if (!plan.ok) throw new Error(plan.refusal);
  return applyActionUpdate(text, before, plan);
}

/** `text` with `insert` placed right after the first occurrence of `after` (which must exist). */
function insertAfter(text: string, after: string, insert: string): string {
  const at = text.indexOf(after);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at + after.length) + insert + text.slice(at + after.length);
}

describe("lif actions update edits the text in place", () => {
  it("completing with impact: only the status line changes; completed, the progress entry and impact are added; every other byte stays", () => {
    const out = edit(LCSPR_ACTION, { status: "complete", note: "Rolled out to all teams", impact: "Audit: voice recorded at 9 of 10 visits", date: "2022-04-01" }, true);
    let expected = LCSPR_ACTION.replace("\nstatus: in-progress\n", "\nstatus: complete\ncompleted: 2022-04-01\n");
    expected = insertAfter(expected, "    status: in-progress   # set at CRG\n",
      "  - date: 2022-04-01\n    note: Rolled out to all teams\n    status: complete\n"
      + "impact:\n  - date: 2022-04-01\n    text: \"Audit: voice recorded at 9 of 10 visits\"\n");
    expect(out).toBe(expected);
  });

  it("moving the due date keeps the old one in dueHistory and keeps the comment on the due line", () => {
    const out = edit(LCSPR_ACTION, { due: "2022-12-31", note: "Waiting for the new pathway", date: "2022-03-01" });
    let expected = LCSPR_ACTION.replace("due: 2022-09-30   # agreed", "due: 2022-12-31   # agreed");
    expected = insertAfter(expected, "# agreed at CRG, January 2022\n",
      "dueHistory:\n  - due: 2022-09-30\n    changed: 2022-03-01\n    reason: Waiting for the new pathway\n");
    expected = insertAfter(expected, "    status: in-progress   # set at CRG\n", "  - date: 2022-03-01\n    note: Waiting for the new pathway\n");
    expect(out).toBe(expected);
  });

  it("follows the file's own list layout, line endings and lack of a final line break", () => {
    const flush = "kind: action\nid: a\nstatus: not-started\nprogress:\n- date: 2022-01-01\n  note: x\nnotes: n";
    expect(edit(flush, { note: "y", date: "2022-02-01" })).toBe("kind: action\nid: a\nstatus: not-started\nprogress:\n- date: 2022-01-01\n  note: x\n- date: 2022-02-01\n  note: y\nnotes: n");
    const crlf = "kind: action\r\nid: a\r\nstatus: not-started\r\n";
    expect(edit(crlf, { note: "y", date: "2022-02-01" })).toBe("kind: action\r\nid: a\r\nstatus: not-started\r\nprogress:\r\n  - date: 2022-02-01\r\n    note: y\r\n");
    const noBreak = "kind: action\nid: a\nstatus: not-started";
    expect(edit(noBreak, { note: "y", date: "2022-02-01" })).toBe("kind: action\nid: a\nstatus: not-started\nprogress:\n  - date: 2022-02-01\n    note: y\n");
  });

  it("extends lists whose items are written in other layouts", () => {
    const dashAlone = "kind: action\nstatus: not-started\nprogress:\n  -\n    date: 2022-01-01\n    note: x\n";
    expect(edit(dashAlone, { note: "y", date: "2022-02-01" })).toBe(`${dashAlone}  - date: 2022-02-01\n    note: y\n`);
    const flowItems = "kind: action\nstatus: not-started\nprogress:\n    - {date: 2022-01-01, note: x}\n";
    expect(edit(flowItems, { note: "y", date: "2022-02-01" })).toBe(`${flowItems}    - date: 2022-02-01\n      note: y\n`);
  });

  it("fills an empty list written as [] or left blank, and extends a flow list", () => {
    const empty = "kind: action\nstatus: not-started\nprogress: []\nnotes: n\n";
    expect(edit(empty, { note: "y", date: "2022-02-01" })).toBe("kind: action\nstatus: not-started\nprogress:\n  - date: 2022-02-01\n    note: y\nnotes: n\n");
    const blank = "kind: action\nstatus: not-started\nprogress:\nnotes: n\n";
    expect(edit(blank, { note: "y", date: "2022-02-01" })).toBe("kind: action\nstatus: not-started\nprogress:\n  - date: 2022-02-01\n    note: y\nnotes: n\n");
    const flow = "kind: action\nstatus: not-started\nprogress: [{date: 2022-01-01, note: x}]\n";
    expect(edit(flow, { note: "y", date: "2022-02-01" })).toBe("kind: action\nstatus: not-started\nprogress: [{date: 2022-01-01, note: x}, { date: 2022-02-01, note: y }]\n");
  });

  it("reopening a completed action removes completed; cancelling records the reason", () => {
    const done = "kind: action\nstatus: complete\ncompleted: 2022-01-01  # by CRG\n# kept\nnotes: n\n";
    expect(edit(done, { status: "in-progress", note: "Reopened", date: "2022-02-01" }))
      .toBe("kind: action\nstatus: in-progress\nprogress:\n  - date: 2022-02-01\n    note: Reopened\n    status: in-progress\n# kept\nnotes: n\n");
    expect(edit("kind: action\nstatus: in-progress\n", { status: "cancelled", note: "Superseded", date: "2022-02-01" }))
      .toBe("kind: action\nstatus: cancelled\ncancellation:\n  date: 2022-02-01\n  reason: Superseded\nprogress:\n  - date: 2022-02-01\n    note: Superseded\n    status: cancelled\n");
  });

  it("any note text reads back exactly (quoting is chosen for it)", () => {
    fc.assert(fc.property(fc.string({ minLength: 1, unit: "grapheme" }), (note) => {
      const out = edit(LCSPR_ACTION, { note, date: "2022-04-01" });
      const back = load(out, { schema: CORE_SCHEMA }) as Action;
      return back.progress!.at(-1)!.note === note && out.startsWith(LCSPR_ACTION.slice(0, LCSPR_ACTION.indexOf("\nnotes:")));
    }), { numRuns: 300 });
  });

  it("refuses a record it cannot edit in place", () => {
    const flowRecord = "{kind: action, id: a, status: not-started}\n";
    expect(() => edit(flowRecord, { note: "y", date: "2022-02-01" })).toThrow(EditError);
  });
});

describe("planActionUpdate refusals", () => {
  const base = load(LCSPR_ACTION, { schema: CORE_SCHEMA }) as Action;

  it("completing an LCSPR action needs evidence of impact, recorded or given", () => {
    const refused = planActionUpdate(base, { status: "complete", date: "2022-04-01" }, { fromLcspr: true });
    expect(refused).toEqual({ ok: false, refusal: expect.stringContaining('add --impact "what changed') });
    expect(planActionUpdate(base, { status: "complete", impact: "x", date: "2022-04-01" }, { fromLcspr: true }).ok).toBe(true);
    const withImpact = { ...base, impact: [{ date: "2022-03-01", text: "already shown" }] };
    expect(planActionUpdate(withImpact, { status: "complete", date: "2022-04-01" }, { fromLcspr: true }).ok).toBe(true);
    expect(planActionUpdate(base, { status: "complete", date: "2022-04-01" }, { fromLcspr: false }).ok).toBe(true);
  });

  it("cancelling needs a reason, and an update must change something", () => {
    expect(planActionUpdate(base, { status: "cancelled", date: "2022-04-01" }, { fromLcspr: false })).toMatchObject({ ok: false });
    expect(planActionUpdate(base, { status: "in-progress", date: "2022-04-01" }, { fromLcspr: false })).toMatchObject({ ok: false, refusal: expect.stringContaining("nothing to change") });
  });
});
