import { describe, expect, it } from "vitest";
import { didYouMean, editDistance, nearest, typoAllowance } from "../../src/core/text/nearest.js";
import { article, listSome, ordinal } from "../../src/core/text/lists.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0], ["abc", "", 3], ["", "abc", 3], ["status", "status", 0], ["status", "statsu", 1], ["complete", "compelte", 1],
    ["kitten", "sitting", 3], ["qa-subgroup", "qa-sub-group", 1], ["ab", "ba", 1], ["abc", "ca", 3],
  ])("%j → %j is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("nearest and didYouMean", () => {
  const keys = ["status", "source", "description", "due", "dueHistory", "completed"];
  it("finds a swapped, missing or extra letter", () => {
    expect(didYouMean("statsu", keys)).toBe('did you mean "status"?');
    expect(didYouMean("complted", keys)).toBe('did you mean "completed"?');
    expect(didYouMean("descriptionn", keys)).toBe('did you mean "description"?');
    expect(didYouMean("compelte", ["not-started", "in-progress", "complete", "cancelled"])).toBe('did you mean "complete"?');
  });

  it("ignores case, and suggests the right case", () => {
    expect(nearest("Status", keys)).toEqual(["status"]);
    expect(nearest("DUEHISTORY", keys, 1)).toEqual(["dueHistory"]);
  });

  it("suggests nothing for very short or unrelated words", () => {
    expect(typoAllowance(2)).toBe(0);
    expect(didYouMean("s3", ["s1", "s2"])).toBe("");
    expect(didYouMean("x", keys)).toBe("");
    expect(didYouMean("banana", keys)).toBe("");
  });

  it("never suggests the word itself, and ranks closer words first, then alphabetically", () => {
    expect(nearest("status", ["status", "statue"])).toEqual(["statue"]);
    expect(nearest("abcdef", ["abcdxy", "abcdez", "abcdey"])).toEqual(["abcdey", "abcdez", "abcdxy"]);
    expect(nearest("abcdef", ["abcdxy", "abcdez", "abcdey"], 1)).toEqual(["abcdey"]);
  });

  it("counts a word contained in a candidate as close", () => {
    expect(nearest("neglect", ["audit-2021-09-neglect", "audit-2022-cse"])).toEqual(["audit-2021-09-neglect"]);
  });
});

describe("message list helpers", () => {
  it("lists a few, or the first few and how many more", () => {
    expect(listSome(["a", "b"])).toBe("a, b");
    expect(listSome(["a", "b", "c", "d"], 2)).toBe("a, b and 2 more");
  });
  it("says 1st, 2nd, 3rd, 11th, 22nd", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"]);
  });
  it("chooses a or an", () => {
    expect([article("agency"), article("group"), article("s11-return"), article("lcspr"), article("rapid-review")]).toEqual(["an", "a", "an", "an", "a"]);
  });
});
