// Plurals for the nouns plans use ("child", "agency", "rating").
export function plural(noun: string): string {
  if (noun === "child") return "children";
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
