// Bytes to text, refusing what is not a UTF-8 text file with a reason a
// person understands (a file saved as UTF-16 by a Windows editor, a binary,
// a file saved as Latin-1 by an older editor) and where the problem starts.

export const MAX_RECORD_BYTES = 1024 * 1024;

/** Text, or why the bytes are not a record file and where that starts (when it is a place in the file). */
export type Decoded = { text: string } | { problem: string; line?: number; column?: number };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Why a file of `size` bytes, over MAX_RECORD_BYTES, is not read as a record. */
export function tooLarge(size: number): Decoded {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return { problem: `file is ${mb} MB; a record is at most 1 MB (split it, or move long text elsewhere)` };
}

export function decodeRecordBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_RECORD_BYTES) return tooLarge(bytes.length);
  // UTF-16 without a byte-order mark has zero bytes: most files have none
  // and are searched once.
  const nul = bytes.indexOf(0);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (nul >= 0 && looksLikeUtf16(bytes))) {
    return { problem: "file is encoded as UTF-16; save it as UTF-8 (in most editors: Save with Encoding, UTF-8)" };
  }
  if (nul >= 0) {
    return { problem: `file contains NUL bytes (the first ${describe(where(bytes, nul))}): it is not a text file; a record is YAML saved as UTF-8`, ...where(bytes, nul) };
  }
  try {
    // The decoder drops a UTF-8 byte-order mark, which YAML allows anyway.
    return { text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    const at = where(bytes, bad);
    return { problem: `file is not valid UTF-8: byte 0x${byte} ${describe(at)} (often a letter such as é saved by an older editor as Latin-1); save the file as UTF-8`, ...at };
  }
}

/** UTF-16 without a byte-order mark: text where every other byte is zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4 || sample.indexOf(0) < 0) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = sample.length / 2;
  // All-zero files are not text of any kind: leave them to the NUL check.
  return Math.max(even, odd) > half * 0.8 && Math.min(even, odd) < half * 0.1;
}

function describe(at: { line: number; column: number }): string {
  return `is on line ${at.line}, column ${at.column}`;
}

/** Line and column (in characters, as an editor counts) of a byte offset. */
function where(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** The offset of the first byte that does not fit UTF-8's patterns. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return Math.max(0, bytes.length - 1);
}
