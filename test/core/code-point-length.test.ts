import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import codePointLength from "../../src/core/validate/code-point-length.js";

// The build puts codePointLength where ajv's standalone code calls
// ucs2length: minLength and maxLength must count exactly as ajv does.
const ucs2length = (createRequire(import.meta.url)("ajv/dist/runtime/ucs2length") as { default: (text: string) => number }).default;

describe("codePointLength", () => {
  const texts = [
    "",
    "a",
    "Head of Safeguarding",
    "café crème, naïve façade",
    "\u{1F600}",
    "a\u{1F600}b\u{1F469}\u200D\u{1F467}c",
    "\ud83d", // a high surrogate alone
    "\ude00", // a low surrogate alone
    "x\ude00\ud83dy",
    "\ud83d\ud83d\ude00", // two highs, then a low
    "end\ud83d",
    "x".repeat(20_001),
    "\u{1F600}".repeat(10_001),
  ];
  it.each(texts.map((text) => [JSON.stringify(text.slice(0, 40)), text]))("counts %s as ajv does", (_, text) => {
    expect(codePointLength(text)).toBe(ucs2length(text));
  });

  it("counts a surrogate pair as one character and a lone surrogate as one", () => {
    expect(codePointLength("a\u{1F600}")).toBe(2);
    expect(codePointLength("a\ud83d")).toBe(2);
  });
});
