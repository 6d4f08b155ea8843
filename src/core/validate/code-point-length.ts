// The length that JSON Schema's minLength and maxLength count: code points,
// so a surrogate pair (an emoji) is one. It gives what ajv's own
// runtime/ucs2length gives, which the build swaps for this: ajv walks every
// character of every text, twice for a text with both limits; text without
// surrogates, nearly all of it, is measured by one native search instead.

// Without the u flag the class matches single UTF-16 units, paired or not.
const SURROGATE = /[\ud800-\udfff]/;

export default function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let i = 0; i < text.length; i++, length++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone one counts as one.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return length;
}
