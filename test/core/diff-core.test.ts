// The pure parts of lif diff: matching records across revisions, naming what
// changed, and keeping record text from breaking the Markdown comment.
import { describe, expect, it } from "vitest";
import { buildDiff } from "../../src/core/diff/build-diff.js";
import { matchRecords } from "../../src/core/diff/match.js";
import { mdText, renderDiffMarkdown } from "../../src/core/diff/render-diff.js";
import { changedFields } from "../../src/core/diff/values.js";
import type { Action, Located } from "../../src/core/model/records.js";
import { RecordStore } from "../../src/core/model/store.js";

function action(id: string, over: Partial<Action> = {}, file = `records/actions/${id}.yaml`): Located<Action> {
  return {
    file,
    record: {
      kind: "action", id, source: { type: "board" }, description: `Action ${id}`, leadAgency: "partnership", owner: "Business Manager",
      group: "board", created: "2022-01-01", due: "2022-12-31", status: "not-started", ...over,
    },
  };
}

const load = (records: Located[]) => ({ store: new RecordStore(records), findings: [], fileCount: records.length });

describe("changedFields", () => {
  it("ignores key order and names nested paths the way people read them", () => {
    expect(changedFields({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 })).toEqual([]);
    expect(changedFields({ dates: { aware: "2022-01-01" } }, { dates: { aware: "2022-01-02", meeting: "2022-01-10" } })).toEqual(["dates.aware", "dates.meeting (added)"]);
    expect(changedFields({ progress: [1] }, { progress: [1, 2, 3] })).toEqual(["progress (2 added)"]);
    expect(changedFields({ ratings: [{ r: "amber" }, { r: "green" }] }, { ratings: [{ r: "red" }, { r: "green" }] })).toEqual(["ratings[0].r"]);
  });
});

describe("matchRecords", () => {
  it("pairs by id first, then by file for a changed id, then by content", () => {
    const base = [action("a"), action("b"), action("c", { description: "Same words" })];
    const head = [action("a", {}, "records/actions/moved/a.yaml"), action("b2", {}, "records/actions/b.yaml"), action("c2", { description: "Same words" })];
    const m = matchRecords(base, head);
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
    expect(m.pairs.map((p) => [p.base.record.id, p.head.record.id, p.renamedFrom ?? "", p.idChangedFrom ?? ""])).toEqual([
      ["a", "a", "records/actions/a.yaml", ""],
      ["b", "b2", "", "b"],
      ["c", "c2", "records/actions/c.yaml", "c"],
    ]);
  });

  it("does not pair records whose id, file and content all differ", () => {
    const m = matchRecords([action("x", { description: "One" })], [action("y", { description: "Two" })]);
    expect(m.pairs).toEqual([]);
    expect(m.added.map((r) => r.record.id)).toEqual(["y"]);
    expect(m.removed.map((r) => r.record.id)).toEqual(["x"]);
  });
});

describe("the Markdown comment", () => {
  it("escapes record text so it cannot add HTML, links or table cells", () => {
    expect(mdText("<img src=x> | **bold** [link](http://x)")).toBe("&lt;img src=x&gt; \\| \\*\\*bold\\*\\* \\[link\\](http://x)");
    const hostile = "Close | the <b>gap</b>\nnow";
    const view = buildDiff(load([]), load([action("a", { description: hostile })]), { base: "main", head: "working tree", asOf: "2022-06-30" });
    const md = renderDiffMarkdown(view);
    const row = md.split("\n").find((l) => l.startsWith("| `a`"))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(md).not.toContain("<b>");
  });

  it("says so when nothing changed", () => {
    const same = load([action("a")]);
    const md = renderDiffMarkdown(buildDiff(same, same, { base: "main", head: "HEAD", asOf: "2022-06-30" }));
    expect(md).toContain("No record changed.");
  });
});
