// Lists inside messages: short enough to read on one line.

/** `a, b, c`, or the first `max` and "and N more" for a long list. */
export function listSome(items: Iterable<string>, max = 12): string {
  const all = [...items];
  if (all.length <= max) return all.join(", ");
  return `${all.slice(0, max).join(", ")} and ${all.length - max} more`;
}

/** "a" or "an" before a word, by its first letter (s11 is read "ess-eleven"). */
export function article(word: string): "a" | "an" {
  return /^(?:[aeio]|s11|lcspr|scr)/i.test(word) ? "an" : "a";
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
