import { describe, expect, it } from "vitest";
import { decodeRecordBytes } from "../../src/core/parse/decode.js";

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("decodeRecordBytes", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeRecordBytes(bytes("kind: action\nowner: Café lead\n"))).toEqual({ text: "kind: action\nowner: Café lead\n" });
    expect(decodeRecordBytes(bytes([0xef, 0xbb, 0xbf], "kind: action\n"))).toEqual({ text: "kind: action\n" });
  });

  it("says where the first byte that is not UTF-8 is, counting characters as an editor does", () => {
    const result = decodeRecordBytes(bytes("kind: action\nowner: é ", [0xe9], "\n"));
    expect(result).toMatchObject({ line: 2, column: 10 });
    expect("problem" in result && result.problem).toMatch(/not valid UTF-8: byte 0xE9 is on line 2, column 10.*save the file as UTF-8/);
  });

  it("recognises UTF-16 with and without a byte-order mark", () => {
    const utf16 = Buffer.from("kind: action\nid: a-1\n", "utf16le");
    expect(decodeRecordBytes(new Uint8Array([0xff, 0xfe, ...utf16]))).toMatchObject({ problem: expect.stringMatching(/UTF-16/) });
    expect(decodeRecordBytes(new Uint8Array(utf16))).toMatchObject({ problem: expect.stringMatching(/UTF-16/) });
  });

  it("refuses NUL bytes and oversized files", () => {
    expect(decodeRecordBytes(new Uint8Array(64))).toMatchObject({ problem: expect.stringMatching(/NUL bytes/), line: 1, column: 1 });
    expect(decodeRecordBytes(bytes("id: a\n", [0]))).toMatchObject({ line: 2, column: 1 });
    expect(decodeRecordBytes(new Uint8Array(1024 * 1024 + 1).fill(0x61))).toMatchObject({ problem: expect.stringMatching(/at most 1 MB/) });
  });
});
