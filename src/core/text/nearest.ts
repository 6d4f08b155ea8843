// "Did you mean" suggestions: the closest candidates by edit distance.

/**
 * Edits (insert, delete, replace, or swap two neighbours) that turn `a` into
 * `b`. A swap counts once because it is the commonest typo: statsu, compelte.
 */
export function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How many edits still look like a typo: none for one or two characters
 * ("s3" is not a misspelt "s1"), then about one in three.
 */
export function typoAllowance(length: number): number {
  return length < 3 ? 0 : Math.max(1, Math.floor(length / 3));
}

/**
 * Candidates close enough to `input` to be what was meant, best first.
 * The threshold grows with length so `statsu` finds `status` but `x` finds nothing.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const maxDistance = typoAllowance(needle.length);
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (hay === needle && candidate !== input) {
      scored.push([candidate, 0]);
      continue;
    }
    const isPart = needle.length >= 3 && hay.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    if (!isPart && Math.abs(hay.length - needle.length) > maxDistance) continue;
    const d = isPart ? 0.5 : editDistance(needle, hay);
    if (d <= maxDistance && candidate !== input) scored.push([candidate, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, limit).map(([c]) => c);
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = nearest(input, candidates, 1);
  return found.length ? `did you mean "${found[0]}"?` : "";
}
