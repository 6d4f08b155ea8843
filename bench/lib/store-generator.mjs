// A synthetic store in lif's own format, the same for the same seed.
//
// The store is built from "blocks", each one partnership-year of work: eight
// rapid reviews (four progress to three LCSPRs, one of them thematic), five
// audits (three held, two cancelled), a Section 11 cycle with fourteen agency
// returns every other year and a six-steps self-assessment in the years
// between, and the actions that answer every LCSPR and audit recommendation
// and every amber or red rating. Whatever is left below N is filled with
// records nothing depends on. Records are valid against the schemas and the
// cross-record rules, so `lif validate` of a store without faults is clean.
//
// Audits are placed one block per financial year (2000/01, 2001/02, ...):
// the store-wide rule allows at most five audits a year, and a collection of
// many partnerships' audits in one store would otherwise trip it.

export const GENERATOR_VERSION = 4;

const AGENCIES = [
  "escc-childrens-services", "sussex-police", "nhs-sussex", "esht", "spft", "scft", "secamb",
  "probation", "esfrs", "sles", "district-councils", "yot", "cafcass", "voluntary-sector",
];
const GROUPS = ["board", "steering-group", "case-review-group", "qa-subgroup", "planning-group", "learning-development"];
const THEMES = [
  "non-accidental-injury", "parental-mental-health", "information-sharing", "covid-19", "domestic-violence-cumulative-risk",
  "procedures-record-keeping", "parental-substance-misuse", "hard-to-engage-families", "child-mental-health",
  "voice-of-the-child", "isolated-hidden-children", "elective-home-education", "child-learning-needs", "missing-education",
  "adult-exploitation", "adult-learning-needs", "transition-to-adult-services", "criminal-exploitation",
];
const ABUSE = [
  "nai-fractures", "nai-head-trauma", "domestic-violence", "neglect-basic-needs", "suicide", "criminal-exploitation",
  "sexual-abuse", "non-prescribed-drugs", "emotional-abuse",
];
const AGE_BANDS = ["under-1", "age-1", "age-2-4", "age-5-9", "age-10-15", "age-16-17"];
const PRIORITIES = ["safeguarding-in-education", "child-exploitation", "learning-culture", "under-5s"];
const OFSTED = ["outstanding", "good", "requires-improvement", "inadequate"];
const OWNERS = [
  "Head of Safeguarding", "Designated Nurse for Safeguarding Children", "Named GP for Safeguarding", "Principal Social Worker",
  "ESSCP Business Manager", "ESSCP Audit Officer", "ESSCP Training Manager", "Head of Service", "Agency Safeguarding Lead",
];
const STANDARDS = [
  "Senior management commitment", "Clear line of accountability", "Service development informed by children and families",
  "Staff training", "Safer recruitment and allegations management", "Effective inter-agency working",
  "Information sharing and data management", "Recognition and response to risk",
];
const WORDS = (
  "practitioners agencies family child children school health visitor police social care referral assessment strategy " +
  "discussion meeting plan review learning risk safety neglect injury parents carers father mother partner worker team " +
  "supervision escalation threshold early help record keeping information sharing multi agency response professional " +
  "curiosity voice lived experience disclosure concern pattern chronology history substance misuse mental health " +
  "domestic abuse housing education attendance hospital emergency department midwife GP nursery college youth offending " +
  "probation training guidance procedure protocol audit case file evidence practice improvement feedback outcome " +
  "timely consistent clear shared robust effective limited delayed missed understood considered recorded"
).split(" ");

/** A small, fast, seeded generator (mulberry32). */
export function prng(seed) {
  let a = hashSeed(String(seed));
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, lo, hi) => {
    const n = Math.min(list.length, int(lo, hi));
    const copy = [...list];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  // Word counts are scaled so that a record averages about 1.1 KB.
  const sentence = (lo, hi) => {
    const n = Math.round(int(lo, hi) * 1.3);
    const words = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    const text = words.join(" ");
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  return { next, int, pick, some, sentence };
}

function hashSeed(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// Calendar arithmetic on numbers only (no parsing of date strings).
function dateOf(year, month, day) {
  return ymd(Date.UTC(year, month - 1, day));
}
function plus(date, days) {
  const [y, m, d] = date.split("-").map(Number);
  return ymd(Date.UTC(y, m - 1, d + days));
}
function ymd(ms) {
  const t = new Date(ms);
  return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

const pad = (n, width) => String(n).padStart(width, "0");
const list = (indent, items) => items.map((i) => `${indent}- ${i}`).join("\n");

/**
 * Every record of a store of `records` records: { id, kind, folder, schema, text, leaf, hasRecordRef }.
 * `quoteDates` writes dates in quotes (for YAML 1.1 readers such as ajv-cli).
 */
export function generateRecords({ records, seed = 1, quoteDates = false }) {
  const r = prng(seed);
  const q = quoteDates ? (d) => `"${d}"` : (d) => d;
  const out = [];
  let block = 0;
  for (;;) {
    const made = makeBlock(r, q, block);
    if (out.length + made.length > records) break;
    out.push(...made);
    block++;
  }
  for (let i = 0; out.length < records; i++) out.push(i % 3 === 2 ? leafRapidReview(r, q, block, i) : boardAction(r, q, block, i));
  return out;
}

function makeBlock(r, q, b) {
  const B = pad(b, 5);
  const year = 2016 + (b % 8);
  const recs = [];
  const actions = [];
  let actionNo = 0;
  const action = (source, opts = {}) => {
    actions.push(actionRecord(r, q, `act-${B}-${pad(++actionNo, 3)}`, source, year, opts));
  };

  // Rapid reviews 1–4 progress to LCSPRs (1 and 2 to one thematic review).
  const lcsprOf = { 1: 1, 2: 1, 3: 2, 4: 3 };
  for (let i = 1; i <= 8; i++) {
    const withRecs = i === 5 || i === 6;
    recs.push(rapidReview(r, q, `rr-${B}-${i}`, year, lcsprOf[i] ? `lcspr-${B}-${lcsprOf[i]}` : undefined, withRecs, i >= 7));
    if (withRecs) for (const rec of ["r1", "r2"]) action({ type: "review", record: `rr-${B}-${i}`, recommendation: rec }, { leaf: true });
  }
  for (let l = 1; l <= 3; l++) {
    const rrs = l === 1 ? [`rr-${B}-1`, `rr-${B}-2`] : [`rr-${B}-${l + 1}`];
    const lcspr = practiceReview(r, q, `lcspr-${B}-${l}`, year, rrs, l === 1);
    recs.push(lcspr);
    for (const rec of lcspr.recommendations) action({ type: "review", record: lcspr.id, recommendation: rec }, { fromLcspr: true });
  }
  // Audits: one block per financial year, at most one deep dive.
  const auditYear = 2000 + b;
  for (let a = 1; a <= 5; a++) {
    const audit = auditRecord(r, q, `audit-${B}-${a}`, auditYear, a);
    recs.push(audit);
    for (const rec of audit.recommendations) action({ type: "audit", record: audit.id, recommendation: rec });
  }
  if (b % 2 === 0) {
    const cycleId = `s11-${B}`;
    recs.push(s11Cycle(r, q, cycleId, year, b));
    for (const agency of AGENCIES) {
      const ret = s11Return(r, q, `s11-${B}-${agency}`, cycleId, agency, year);
      recs.push(ret);
      for (const standard of ret.needsAction) action({ type: "s11", record: ret.id, standard });
    }
  } else {
    const steps = sixSteps(r, q, `six-steps-${B}`, year);
    recs.push(steps);
    for (const item of steps.needsAction) action({ type: "six-steps", record: steps.id, item });
  }
  for (const type of ["board", "cdop", "dashboard", "development-plan"]) action({ type, reference: `${type.toUpperCase()}-${B}` }, { leaf: true });
  return [...recs, ...actions];
}

function entry(id, kind, folder, schema, text, extra = {}) {
  return { id, kind, folder, schema, text, leaf: false, hasRecordRef: false, ...extra };
}

function rapidReview(r, q, id, year, lcspr, withRecs, leaf) {
  const aware = dateOf(year, r.int(1, 12), r.int(1, 28));
  const incident = plus(aware, -r.int(0, 6));
  const meeting = plus(aware, r.int(8, 12));
  const sent = plus(meeting, r.int(1, 5));
  const decision = plus(sent, r.int(5, 30));
  const children = Array.from({ length: r.int(1, 2) }, () => `  - ageBand: ${r.pick(AGE_BANDS)}\n    sex: ${r.pick(["female", "male"])}`);
  const lines = [
    "kind: rapid-review",
    `id: ${id}`,
    `pseudonym: Child ${id.slice(3).toUpperCase()}`,
    "status: decided",
    "dates:",
    `  incident: ${q(incident)}`,
    `  aware: ${q(aware)}`,
    `  panelNotified: ${q(plus(aware, r.int(1, 4)))}`,
    `  meeting: ${q(meeting)}`,
    `  sentToPanel: ${q(sent)}`,
    `  decision: ${q(decision)}`,
    "children:",
    ...children,
    "abuseTypes:",
    list("  ", r.some(ABUSE, 1, 2)),
    "themes:",
    list("  ", r.some(THEMES, 2, 4)),
    "agencies:",
    list("  ", r.some(AGENCIES, 2, 4)),
    "decision:",
    `  outcome: ${lcspr ? "lcspr" : "no-lcspr"}`,
    ...(lcspr ? [`  lcspr: ${lcspr}`] : []),
    "  panelAgreed: true",
    `  rationale: ${r.sentence(10, 16)}`,
    `summary: ${r.sentence(20, 30)}`,
    "keyLearning:",
    list("  ", [r.sentence(10, 14), r.sentence(10, 14)]),
  ];
  if (withRecs) lines.push("recommendations:", `  - id: r1\n    text: ${r.sentence(8, 12)}\n    for: ${r.pick(AGENCIES)}`, `  - id: r2\n    text: ${r.sentence(8, 12)}\n    for: partnership`);
  return entry(id, "rapid-review", "reviews", "rapid-review", lines.join("\n") + "\n", { leaf });
}

function practiceReview(r, q, id, year, rapidReviews, thematic) {
  const decision = dateOf(year, r.int(1, 12), r.int(1, 28));
  const commissioned = plus(decision, r.int(10, 40));
  const draft = plus(commissioned, r.int(90, 150));
  const signed = plus(draft, r.int(10, 40));
  const presented = plus(signed, r.int(5, 30));
  const published = plus(presented, r.int(20, 60));
  const isPublished = r.next() < 0.6;
  const recCount = 3;
  const recIds = Array.from({ length: recCount }, (_, i) => `r${i + 1}`);
  const lines = [
    "kind: lcspr",
    `id: ${id}`,
    `pseudonym: ${thematic ? "Thematic Review" : "Child"} ${id.slice(6).toUpperCase()}`,
    ...(thematic ? ["thematic: true"] : []),
    "rapidReviews:",
    list("  ", rapidReviews),
    `status: ${isPublished ? "published" : "presented"}`,
    "author: Independent reviewer",
    "dates:",
    `  decision: ${q(decision)}`,
    `  commissioned: ${q(commissioned)}`,
    `  draftAgreed: ${q(draft)}`,
    `  signedOff: ${q(signed)}`,
    `  presented: ${q(presented)}`,
    ...(isPublished ? [`  sentToPanel: ${q(plus(published, -10))}`, `  published: ${q(published)}`] : []),
    "publication:",
    isPublished ? "  status: published" : `  status: delayed\n  reason: ${r.sentence(6, 10)}`,
    "themes:",
    list("  ", r.some(THEMES, 2, 3)),
    `summary: ${r.sentence(16, 24)}`,
    "keyLearning:",
    list("  ", [r.sentence(8, 12), r.sentence(8, 12)]),
    "recommendations:",
    ...recIds.map((rid) => `  - id: ${rid}\n    text: ${r.sentence(8, 12)}\n    for: ${r.pick(["partnership", ...AGENCIES])}`),
  ];
  return { ...entry(id, "lcspr", "reviews", "practice-review", lines.join("\n") + "\n"), recommendations: recIds };
}

function auditRecord(r, q, id, fy, n) {
  const planned = dateOf(fy, 4 + (n - 1) * 2, r.int(1, 28));
  if (n >= 4) {
    const lines = [
      "kind: audit",
      `id: ${id}`,
      `title: ${r.sentence(4, 7).slice(0, -1)}`,
      "type: regular",
      "status: cancelled",
      "dates:",
      `  planned: ${q(planned)}`,
      "cancellation:",
      `  date: ${q(plus(planned, -r.int(5, 20)))}`,
      `  reason: ${r.sentence(8, 12)}`,
      `rationale: ${r.sentence(16, 24)}`,
      "themesTested:",
      list("  ", [r.sentence(6, 9), r.sentence(6, 9), r.sentence(6, 9)]),
      "themes:",
      list("  ", r.some(THEMES, 1, 3)),
      "agencies:",
      list("  ", r.some(AGENCIES, 3, 6)),
      `notes: ${r.sentence(20, 30)}`,
    ];
    return { ...entry(id, "audit", "audits", "audit", lines.join("\n") + "\n"), recommendations: [] };
  }
  const held = plus(planned, r.int(0, 7));
  const signed = plus(held, r.int(14, 40));
  const type = ["deep-dive", "thematic", "regular"][n - 1];
  const recIds = ["r1", "r2"];
  const lines = [
    "kind: audit",
    `id: ${id}`,
    `title: ${r.sentence(4, 7).slice(0, -1)}`,
    `type: ${type}`,
    "status: completed",
    "dates:",
    `  planned: ${q(planned)}`,
    `  held: ${q(held)}`,
    `  reportSignedOff: ${q(signed)}`,
    `  presented: ${q(plus(signed, r.int(7, 30)))}`,
    `rationale: ${r.sentence(10, 14)}`,
    "themes:",
    list("  ", r.some(THEMES, 1, 2)),
    "agencies:",
    list("  ", r.some(AGENCIES, 3, 5)),
    ...(type === "deep-dive" ? ["participants:", "  practitioners: true", "  children: true", "  parents: true"] : []),
    "gradeScale: ofsted",
    "cases:",
    ...Array.from({ length: r.int(3, 5) }, (_, i) => `  - ref: case-${i + 1}\n    grade: ${r.pick(OFSTED)}\n    ageBand: ${r.pick(AGE_BANDS)}`),
    "keyLearning:",
    list("  ", [r.sentence(8, 12)]),
    "recommendations:",
    ...recIds.map((rid) => `  - id: ${rid}\n    text: ${r.sentence(6, 10)}\n    for: ${r.pick(AGENCIES)}`),
    `lettersOfRecognition: ${r.int(0, 4)}`,
    `summary: ${r.sentence(12, 18)}`,
  ];
  return { ...entry(id, "audit", "audits", "audit", lines.join("\n") + "\n"), recommendations: recIds };
}

function s11Cycle(r, q, id, year, b) {
  const launched = dateOf(year, r.int(1, 6), r.int(1, 28));
  const lines = [
    "kind: s11-cycle",
    `id: ${id}`,
    `title: Section 11 cycle ${b / 2 + 1}`,
    `year: ${year}`,
    `cycleNumber: ${(b / 2) % 100 + 1}`,
    "jointWith:",
    "  - West Sussex Safeguarding Children Partnership",
    "  - Brighton & Hove Safeguarding Children Partnership",
    "dates:",
    `  launched: ${q(launched)}`,
    `  returnsDue: ${q(plus(launched, 60))}`,
    `  challengePanel: ${q(plus(launched, 90))}`,
    `  reportToBoard: ${q(plus(launched, 150))}`,
    "standards:",
    ...STANDARDS.map((title, i) => `  - id: s${i + 1}\n    title: ${title}`),
    "agencies:",
    list("  ", AGENCIES),
    `summary: ${r.sentence(20, 30)}`,
  ];
  return entry(id, "s11-cycle", "s11", "s11-cycle", lines.join("\n") + "\n");
}

function s11Return(r, q, id, cycle, agency, year) {
  const needsAction = [];
  const ratings = STANDARDS.map((_, i) => {
    const roll = r.next();
    const rating = roll < 0.82 ? "green" : roll < 0.97 ? "amber" : "red";
    if (rating !== "green") needsAction.push(`s${i + 1}`);
    const dev = rating === "green" ? "" : `\n    areasForDevelopment: ${r.sentence(5, 8)}`;
    return `  - standard: s${i + 1}\n    rating: ${rating}\n    evidence: ${r.sentence(7, 11)}${dev}`;
  });
  const lines = [
    "kind: s11-return",
    `id: ${id}`,
    `cycle: ${cycle}`,
    `agency: ${agency}`,
    `submitted: ${q(dateOf(year, r.int(7, 9), r.int(1, 28)))}`,
    "ratings:",
    ...ratings,
  ];
  return { ...entry(id, "s11-return", "s11", "s11-return", lines.join("\n") + "\n"), needsAction };
}

function sixSteps(r, q, id, year) {
  const needsAction = [];
  const items = Array.from({ length: 8 }, (_, i) => {
    const rating = r.next() < 0.7 ? "green" : r.next() < 0.8 ? "amber" : "red";
    if (rating !== "green") needsAction.push(`q${i + 1}`);
    return `  - id: q${i + 1}\n    step: ${Math.min(6, Math.floor(i * 0.75) + 1)}\n    question: ${r.sentence(8, 12).slice(0, -1)}?\n    rating: ${rating}\n    notes: ${r.sentence(6, 10)}`;
  });
  const lines = ["kind: six-steps", `id: ${id}`, `assessed: ${q(dateOf(year, r.int(1, 12), r.int(1, 28)))}`, "items:", ...items];
  return { ...entry(id, "six-steps", "s11", "six-steps", lines.join("\n") + "\n"), needsAction };
}

function actionRecord(r, q, id, source, year, { leaf = false, fromLcspr = false } = {}) {
  const created = dateOf(year, r.int(1, 12), r.int(1, 28));
  const due = plus(created, r.int(60, 300));
  const roll = r.next();
  // An amber or red S11 rating needs a live plan: its action is never cancelled.
  const status = roll < 0.35 ? "complete" : roll < 0.8 ? "in-progress" : roll < 0.95 || source.type === "s11" ? "not-started" : "cancelled";
  const sourceLines = Object.entries(source).map(([k, v]) => `  ${k}: ${v}`);
  const lines = [
    "kind: action",
    `id: ${id}`,
    "source:",
    ...sourceLines,
    `description: ${r.sentence(14, 22)}`,
    `leadAgency: ${r.pick(AGENCIES)}`,
    `owner: ${r.pick(OWNERS)}`,
    `group: ${r.pick(GROUPS)}`,
    `created: ${q(created)}`,
    `due: ${q(due)}`,
    `status: ${status}`,
  ];
  let last = created;
  if (status !== "not-started") {
    lines.push("progress:");
    for (let i = 0, n = r.int(2, 4); i < n; i++) {
      last = plus(last, r.int(14, 60));
      lines.push(`  - date: ${q(last)}\n    note: ${r.sentence(10, 16)}`);
    }
  }
  if (status === "complete") {
    lines.splice(lines.indexOf(`status: ${status}`) + 1, 0, `completed: ${q(plus(last, 7))}`);
    if (fromLcspr || r.next() < 0.5) lines.push("impact:", `  - date: ${q(plus(last, 30))}\n    text: ${r.sentence(10, 16)}`);
  }
  if (status === "cancelled") lines.push("cancellation:", `  date: ${q(plus(last, 3))}`, `  reason: ${r.sentence(6, 10)}`);
  return entry(id, "action", "actions", "action", lines.join("\n") + "\n", { leaf, hasRecordRef: leaf && "record" in source });
}

function leafRapidReview(r, q, b, i) {
  return rapidReview(r, q, `rr-${pad(b, 5)}-x${i}`, 2016 + (b % 8), undefined, false, true);
}

function boardAction(r, q, b, i) {
  return actionRecord(r, q, `act-${pad(b, 5)}-x${pad(i, 3)}`, { type: "board", reference: `BOARD-${pad(b, 5)}-${i}` }, 2016 + (b % 8), { leaf: true });
}

// ---- faults ----------------------------------------------------------------

export const FAULT_KINDS = ["syntax", "schema", "dangling-ref", "bad-date", "bad-enum"];

/**
 * Plants `count` faults in records nothing else depends on, so each fault
 * gives findings in its own file only. Returns [{ file index, kind }].
 */
export function plantFaults(records, count, seed) {
  const r = prng(`faults:${seed}`);
  const leaves = records.map((rec, i) => (rec.leaf ? i : -1)).filter((i) => i >= 0);
  const withRef = leaves.filter((i) => records[i].hasRecordRef);
  if (count > leaves.length) throw new Error(`--faults ${count}: the store has only ${leaves.length} records that can take a fault; generate more records`);
  const used = new Set();
  const planted = [];
  const take = (pool) => {
    const free = pool.filter((i) => !used.has(i));
    if (!free.length) return undefined;
    const i = free[Math.floor(r.next() * free.length)];
    used.add(i);
    return i;
  };
  for (let n = 0; n < count; n++) {
    let kind = FAULT_KINDS[n % FAULT_KINDS.length];
    let i = kind === "dangling-ref" ? take(withRef) : take(leaves);
    if (i === undefined) {
      kind = "syntax";
      i = take(leaves);
    }
    records[i] = { ...records[i], text: applyFault(records[i], kind) };
    planted.push({ index: i, kind });
  }
  return planted;
}

function applyFault(rec, kind) {
  const t = rec.text;
  switch (kind) {
    case "syntax":
      return t.replace(/\n/, '\nnotes: "a quote that is never closed\n');
    case "schema":
      return rec.kind === "action" ? t.replace("\nowner:", "\nownr:") : t.replace("\npseudonym:", "\npseudonymn:");
    case "dangling-ref":
      return t.replace(/\n {2}record: [^\n]+/, "\n  record: rr-00000-missing");
    case "bad-date":
      return rec.kind === "action" ? t.replace(/\ndue: ("?)(\d{4})-\d\d-\d\d/, "\ndue: $1$2-02-30") : t.replace(/\n {2}aware: ("?)(\d{4})-\d\d-\d\d/, "\n  aware: $1$2-02-30");
    case "bad-enum":
      return t.replace(/\nstatus: [a-z-]+/, "\nstatus: done");
    default:
      throw new Error(`unknown fault kind ${kind}`);
  }
}
