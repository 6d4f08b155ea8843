// Bytes to text, refusing what is not a UTF-8 text file with a reason a
// person understands (a file saved as UTF-16 by a Windows editor, a binary).

export const MAX_RECORD_BYTES = 1024 * 1024;

export type Decoded = { text: string } | { problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeRecordBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_RECORD_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return { problem: `file is ${mb} MB; a record is at most 1 MB (split it, or move long text elsewhere)` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: "file is encoded as UTF-16; save it as UTF-8" };
  }
  if (bytes.includes(0)) {
    return { problem: "file contains NUL bytes: it is not a text file (expected YAML saved as UTF-8)" };
  }
  try {
    // The decoder drops a UTF-8 byte-order mark, which YAML allows anyway.
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: "file is not valid UTF-8; save it as UTF-8" };
  }
}
