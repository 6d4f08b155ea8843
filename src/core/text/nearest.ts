// "Did you mean" suggestions: the closest candidates by edit distance.

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + cost);
      diag = above;
    }
  }
  return prev[b.length]!;
}

/**
 * Candidates close enough to `input` to be what was meant, best first.
 * The threshold grows with length so `statsu` finds `status` but `x` finds nothing.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const maxDistance = Math.max(1, Math.floor(needle.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const isPart = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    const d = isPart ? 0.5 : editDistance(needle, hay);
    if (d <= maxDistance) scored.push([candidate, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = nearest(input, candidates, 1);
  return found.length ? `did you mean "${found[0]}"?` : "";
}
