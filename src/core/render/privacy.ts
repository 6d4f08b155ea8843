// The privacy guard: what looks like a real person's identifying detail in
// text bound for the public. Records name no child or family member
// (pseudonyms only), so a real-looking name, a date of birth, an NHS number,
// a postcode, a phone number or an email address is stopped, with the record
// and field it came from, unless the record lists that text as reviewed.
// Pure: `lif render` runs it over what it is about to write; `lif check
// privacy` can run `scanText` over the records themselves.
import { pointerStep } from "../findings.js";
import type { RecordStore } from "../model/store.js";
import { escapeMarkdown } from "./markdown.js";
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, PLACE_NAMES, SURNAMES, WORD_SURNAMES } from "./privacy-words.js";

export type PrivacyKind = "name" | "date-of-birth" | "nhs-number" | "postcode" | "phone" | "email";

/** What each kind is, as a noun phrase; the messages say it only looks like one. */
export const PRIVACY_KIND_LABELS: Record<PrivacyKind, string> = {
  "name": "a real person's name",
  "date-of-birth": "a date of birth",
  "nhs-number": "an NHS number",
  "postcode": "a UK postcode",
  "phone": "a phone number",
  "email": "an email address",
};

export interface PrivacyHit {
  kind: PrivacyKind;
  /** The text that matched, as it stands in the scanned text. */
  match: string;
  index: number;
}

export interface PrivacyContext {
  /** Phrases never taken for a person: pseudonyms, roles, agencies, places, vocabulary labels. */
  allowed: readonly string[];
}

/** A text bound for the output, with where it came from. */
export interface SourcedText {
  text: string;
  /** The record id, or a template name for text a template wrote. */
  record: string;
  file: string;
  /** JSON pointer of the field in the record: /keyLearning/2/text. */
  path: string;
  /** Texts the record's privacyReviewed lists as checked. */
  reviewed: readonly string[];
}

export interface PrivacyFinding extends PrivacyHit {
  record: string;
  file: string;
  path: string;
}

// Pseudonyms of the form the partnership uses: Child X, Family CC, Child 1, Sibling 2.
const PSEUDONYM = /\b(?:Child(?:ren)?|Family|Families|Baby|Sibling|Siblings|Young Person|Case|Adult|Mother|Father|Parent|Carer|Subject)\s+(?:[A-Z]{1,3}|\d{1,3})\b/g;
const WORD = /\b[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const NHS = /(?<![\d-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d-])/g;
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}|[a-z]{1,2}\d[a-z\d]? \d[abd-hjlnp-uw-z]{2})\b/g;
const PHONE = /(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,5}\)?(?:[\s-]?\d{2,4}){1,3}(?![\d])/g;
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DATE = new RegExp(
  `\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|${MONTH}\\s+\\d{4})\\b`,
  "gi",
);
// Anchored, so a text with fewer digits is read once, not from every position.
const TEN_DIGITS = /^(?:\D*\d){10}/;
const LETTER_DIGIT = /[A-Za-z]\d/;
const TITLES = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord", "Rev"];
const TITLE = new RegExp(`\\b(?:${TITLES.join("|")})\\.?\\s+([A-Z][a-zA-Z'’-]+)`, "g");
// Every name `names` finds holds a title, a given name or a surname, written
// as in these lists, where the text has it (masking blanks text, it never
// joins it): most texts hold none, even inside another word, and skip it.
const NAME_START = new RegExp([...TITLES, ...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES, ...SURNAMES].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
const BIRTH_WORD = /\b(?:born|DOB|D\.O\.B\.?|date of birth|birth\s?date|birthday)\b/i;
// BIRTH_WORD without its word boundaries: a window cut from a text can begin
// inside a word ("un|born"), so only a text holding none of these letters
// has no date of birth.
const ANY_BIRTH_WORD = /born|DOB|D\.O\.B|date of birth|birth\s?date|birthday/i;

/**
 * Everything in `text` that looks identifying. `shortcuts: false` runs
 * every pattern even on text that cannot hold what it finds, for the test
 * that holds the shortcuts change nothing.
 */
export function scanText(text: string, context: PrivacyContext, shortcuts = true): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const add = (kind: PrivacyKind, match: string, index: number) => hits.push({ kind, match, index });
  // An email address holds an @; the numbers, postcodes, phones and dates
  // below each hold a digit. Most texts hold neither, and skip those patterns.
  const hasAt = text.includes("@");
  if (hasAt) for (const m of text.matchAll(EMAIL)) add("email", m[0], m.index);
  const noEmail = hasAt ? blank(text, EMAIL) : text;
  if (/\d/.test(noEmail)) {
    // NHS and phone numbers have ten digits or more, a postcode a letter
    // then a digit: ids, dates and years have neither.
    const tenDigits = !shortcuts || TEN_DIGITS.test(noEmail);
    if (tenDigits) for (const m of noEmail.matchAll(NHS)) if (validNhsNumber(m[1]! + m[3]! + m[4]!)) add("nhs-number", m[0], m.index);
    if (!shortcuts || LETTER_DIGIT.test(noEmail)) for (const m of noEmail.matchAll(POSTCODE)) add("postcode", m[0], m.index);
    if (tenDigits) for (const m of noEmail.matchAll(PHONE)) if (isPhone(m[0])) add("phone", m[0], m.index);
    // A date is a date of birth only near a word for birth: without one anywhere, none is.
    if (!shortcuts || ANY_BIRTH_WORD.test(noEmail)) {
      for (const m of noEmail.matchAll(DATE)) {
        // Across a table's cells too: "| Date of birth | 12/03/2015 |" is a date of birth.
        const around = noEmail.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20);
        if (BIRTH_WORD.test(around)) add("date-of-birth", m[0], m.index);
      }
    }
  }
  if (!shortcuts || NAME_START.test(noEmail)) for (const hit of names(noEmail, context)) hits.push(hit);
  return hits.sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

/** NHS numbers carry a modulus 11 check digit (NHS Data Dictionary). */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, "");
  if (text.startsWith("+44")) return digits.length === 12 || digits.length === 11;
  return digits.startsWith("0") && (digits.length === 10 || digits.length === 11) && !/^0\d{3}-\d{2}-\d{2}$/.test(text);
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => " ".repeat(m.length));
}

/**
 * The text with pseudonyms and allowed phrases blanked out, longest phrase
 * first: each phrase, from the longest, blanks its occurrences left to
 * right that no longer phrase has blanked already.
 */
function masked(text: string, context: PrivacyContext): string {
  return maskerOf(context)(blank(text, PSEUDONYM));
}

type Masker = (text: string) => string;

// A context's phrase list is the same for every text of one render: its
// masker is built once.
const maskers = new WeakMap<PrivacyContext, Masker>();

function maskerOf(context: PrivacyContext): Masker {
  let masker = maskers.get(context);
  if (!masker) maskers.set(context, (masker = buildMasker(context.allowed)));
  return masker;
}

function buildMasker(allowed: readonly string[]): Masker {
  // A phrase is a name, its edge spaces are not part of it. Trimmed, no
  // phrase can match across text a longer one has blanked, which is what
  // lets one walk of the trie find every occurrence (see `phraseTrie`).
  const phrases = [...allowed, ...PLACE_NAMES].map((p) => p.trim()).filter((p) => p !== "").sort((a, b) => b.length - a.length);
  return phraseTrie(phrases);
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The phrase ending here, as its rank in longest-first order. */
  rank: number;
}

/**
 * Blanks each phrase, longest first, at its occurrences left to right that
 * no longer phrase has blanked, in one walk over the text. A phrase that
 * does not start or end with a space cannot match where a longer one has
 * been blanked unless it matched there before, and then it overlaps that
 * blank; so every occurrence is found in the text as given, and they are
 * applied in rank order, each phrase left to right, skipping any that overlap.
 */
function phraseTrie(phrases: readonly string[]): Masker {
  const root: TrieNode = { next: new Map(), rank: -1 };
  const lengths: number[] = [];
  phrases.forEach((phrase, rank) => {
    let node = root;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), rank: -1 }));
      node = child;
    }
    // The same phrase twice: its second pass finds nothing left to blank.
    if (node.rank < 0) node.rank = rank;
    lengths[rank] = phrase.length;
  });
  // Most characters start no phrase (phrases are names, they start with a
  // capital): a native search skips to the next that may.
  const firsts = [...root.next.keys()].filter((c) => c < 128).map((c) => `\\x${c.toString(16).padStart(2, "0")}`).join("");
  const starts = new RegExp(`[${firsts}\\u0080-\\uffff]`, "g");
  return (text) => {
    const found: Array<[rank: number, start: number]> = [];
    starts.lastIndex = 0;
    for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
      const start = m.index;
      let node: TrieNode | undefined = root;
      for (let i = start; i < text.length; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (!node) break;
        if (node.rank >= 0) found.push([node.rank, start]);
      }
    }
    if (!found.length) return text;
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const blanked = new Uint8Array(text.length);
    let rank = -1;
    let end = 0;
    for (const [r, start] of found) {
      if (r !== rank) {
        rank = r;
        end = 0;
      }
      const length = lengths[r]!;
      if (start < end) continue;
      let free = true;
      for (let i = start; i < start + length && free; i++) free = blanked[i] === 0;
      if (!free) continue;
      blanked.fill(1, start, start + length);
      end = start + length;
    }
    let out = "";
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && blanked[i] === 0) continue;
      if (i > from) out += text.slice(from, i);
      if (i < text.length) out += " ";
      from = i + 1;
    }
    return out;
  };
}

function names(text: string, context: PrivacyContext): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const clean = masked(text, context);
  const covered: Array<[number, number]> = [];
  for (const m of clean.matchAll(TITLE)) {
    hits.push({ kind: "name", match: m[0], index: m.index });
    covered.push([m.index, m.index + m[0].length]);
  }
  const inTitle = (i: number) => covered.some(([a, b]) => i >= a && i < b);
  const words = [...clean.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (inTitle(w.index)) continue;
    const next = words[i + 1];
    const adjacent = next !== undefined && !inTitle(next.index) && /^\s$/.test(clean.slice(w.index + w.word.length, next.index)) ? next : undefined;
    const base = w.word.replace(/['’]s$/, "");
    const nextBase = adjacent?.word.replace(/['’]s$/, "");
    if (GIVEN_NAMES.has(base)) {
      const match = adjacent ? `${w.word} ${adjacent.word}` : w.word;
      hits.push({ kind: "name", match, index: w.index });
      if (adjacent) i++;
    } else if (AMBIGUOUS_GIVEN_NAMES.has(base) && nextBase && (SURNAMES.has(nextBase) || WORD_SURNAMES.has(nextBase) || !NOT_FIRST_NAMES.has(nextBase))) {
      // "Holly Knight", "Max McCarthy": an ambiguous given name is a name when a
      // capitalised word that is not a domain word ("May Board") follows it.
      hits.push({ kind: "name", match: `${w.word} ${adjacent!.word}`, index: w.index });
      i++;
    } else if (nextBase && SURNAMES.has(nextBase) && !NOT_FIRST_NAMES.has(base)) {
      hits.push({ kind: "name", match: `${w.word} ${adjacent!.word}`, index: w.index });
      i++;
    }
  }
  return hits;
}

// Capitalised words that start a sentence or a phrase before a surname-like word.
const NOT_FIRST_NAMES = new Set([
  "The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "By", "For", "From", "To", "With", "Of", "As", "This", "That",
  "These", "Those", "When", "Where", "While", "After", "Before", "Each", "Every", "All", "Some", "No", "Not", "Our", "Their",
  "His", "Her", "Its", "Both", "Between", "During", "Since", "Until", "Via", "Per", "Team", "Service", "Services", "Panel",
  "Group", "Board", "Review", "Reviews", "Report", "Police", "Council", "Trust", "Unit", "Court", "School", "Hospital",
  "Street", "Road", "Lane", "Avenue", "Close", "House", "Centre", "Center", "Ward", "Health", "Care", "Child", "Children",
  "Family", "Families", "Early", "Help", "Social", "Local", "National", "County", "District", "Borough", "Named", "Designated",
]);

/** Hits in `text` that the record has not marked as reviewed. */
export function unreviewedHits(text: string, reviewed: readonly string[], context: PrivacyContext): PrivacyHit[] {
  return withoutReviewed(scanText(text, context), reviewed);
}

function withoutReviewed(hits: readonly PrivacyHit[], reviewed: readonly string[]): PrivacyHit[] {
  if (!hits.length) return [];
  const checked = reviewed.map(normalise);
  return hits.filter((h) => !checked.some((r) => r.includes(normalise(h.match))));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Checks the texts that feed a public document. A hit counts when it reaches
 * `output` (as written, or as escaped for Markdown) and the record has not
 * marked it reviewed. A hit in the output that no record text finds itself
 * came from a template (its words, or the setting it gave a record's) and is
 * reported against it.
 */
export function guardOutput(output: string, texts: readonly SourcedText[], context: PrivacyContext, templateName: string): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  const seen = new Set<string>();
  // Many records share texts (a status, a label, a standard's title): each
  // distinct text is scanned once.
  const scanned = new Map<string, PrivacyHit[]>();
  for (const t of texts) {
    let hits = scanned.get(t.text);
    if (!hits) scanned.set(t.text, (hits = scanText(t.text, context)));
    for (const hit of withoutReviewed(hits, t.reviewed)) {
      if (!output.includes(hit.match) && !output.includes(escapeMarkdown(hit.match))) continue;
      const key = `${t.record}\u0000${t.path}\u0000${hit.kind}\u0000${hit.match}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...hit, record: t.record, file: t.file, path: t.path });
    }
  }
  findings.sort((a, b) => compare(a.file, b.file) || compare(a.path, b.path) || a.index - b.index);
  // A hit in the output is a record's when a record text found the very same
  // hit itself: reported above, or reviewed by its record. Any other is the
  // template's: its own words, or a record's words in a setting the template
  // gave them (a record's date after the template's "born").
  const recordHits = new Set<string>();
  for (const hits of scanned.values()) {
    for (const h of hits) recordHits.add(`${h.kind}\u0000${h.match}`).add(`${h.kind}\u0000${escapeMarkdown(h.match)}`);
  }
  for (const hit of scanText(output, context)) {
    if (recordHits.has(`${hit.kind}\u0000${hit.match}`)) continue;
    findings.push({ ...hit, record: templateName, file: `templates/${templateName}.hbs`, path: "" });
  }
  return findings;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The string fields of a record, with their JSON pointers. */
export function stringFields(record: unknown): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === "string") out.push({ path, text: value });
    else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) walk(value[i], `${path}/${i}`);
    else if (value && typeof value === "object") {
      for (const key in value) {
        if (key === "privacyReviewed") continue;
        walk((value as Record<string, unknown>)[key], `${path}/${pointerStep(key)}`);
      }
    }
  };
  walk(record, "");
  return out;
}

/** Names that are never a person: the partnership's pseudonyms, roles, agencies, groups and vocabularies. */
export function privacyContext(store: RecordStore): PrivacyContext {
  const allowed: string[] = [];
  const p = store.partnership?.record;
  if (p) {
    allowed.push(p.name, p.shortName ?? "", p.area ?? "");
    for (const a of p.agencies) allowed.push(a.name, a.shortName ?? "");
    for (const g of p.groups) allowed.push(g.name);
    for (const pr of p.priorities ?? []) allowed.push(pr.title);
    const v = p.vocabularies;
    for (const list of [v.learningThemes, v.abuseTypes, v.ageBands, v.roles ?? []]) for (const t of list) allowed.push(t.label);
    for (const scale of v.auditGradeScales) allowed.push(scale.label, ...scale.grades.map((g) => g.label));
  }
  for (const r of [...store.rapidReviews, ...store.practiceReviews]) allowed.push(r.record.pseudonym);
  for (const c of store.s11Cycles) for (const s of c.record.standards) allowed.push(s.title);
  return { allowed: [...new Set(allowed.filter((a) => a.trim() !== ""))].sort() };
}
