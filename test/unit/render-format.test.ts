// How the partnership's documents write numbers in prose.
import { describe, expect, it } from "vitest";
import { numberWord, ordinalWord } from "../../src/core/render/format.js";

describe("numbers in words", () => {
  it("ordinals up to tenth are words, then figures with their suffix", () => {
    expect([0, 1, 3, 7, 10, 11, 12, 21, 22, 103].map(ordinalWord)).toEqual(["zeroth", "first", "third", "seventh", "tenth", "11th", "12th", "21st", "22nd", "103rd"]);
  });

  it("counts up to ten are words, then figures", () => {
    expect([0, 2, 10, 11, 2.5].map(numberWord)).toEqual(["no", "two", "ten", "11", "2.5"]);
  });
});
