// Small random record stores, built in memory, for the rollup property tests.
import fc from "fast-check";
import { plusDays } from "../../src/core/dates/calendar.js";
import type {
  Action, ActionSourceType, Audit, Child, LifRecord, Located, Partnership, PracticeReview, Rag, RapidReview, S11Cycle, S11Return,
} from "../../src/core/model/records.js";
import { RecordStore } from "../../src/core/model/store.js";

const EPOCH = "2019-01-01";
const DAYS = 6 * 365;
export const date = fc.integer({ min: 0, max: DAYS }).map((n) => plusDays(EPOCH, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

export const PARTNERSHIP: Partnership = {
  kind: "partnership",
  id: "prop-scp",
  name: "Property Partnership",
  startedOn: "2019-10-01",
  agencies: [{ id: "council", name: "Council" }, { id: "police", name: "Police" }, { id: "health", name: "Health" }],
  groups: [{ id: "crg", name: "Case Review Group" }],
  vocabularies: {
    learningThemes: [{ id: "t-a", label: "Theme A" }, { id: "t-b", label: "Theme B" }, { id: "t-c", label: "Theme C" }],
    abuseTypes: [{ id: "a-a", label: "Abuse A" }, { id: "a-b", label: "Abuse B" }],
    ageBands: [{ id: "under-1", label: "Under 1" }, { id: "age-1", label: "1 year" }, { id: "age-2-4", label: "2 to 4" }],
    auditGradeScales: [
      { id: "ofsted", label: "Ofsted", grades: [{ id: "good", label: "Good" }, { id: "inadequate", label: "Inadequate" }] },
      { id: "legacy", label: "Legacy", grades: [{ id: "adequate", label: "Adequate" }] },
    ],
  },
};

// Terms and bands outside the vocabulary too: they must still be counted.
const THEMES = ["t-a", "t-b", "t-c", "t-unknown"];
const ABUSE = ["a-a", "a-b", "a-unknown"];
const BANDS = ["under-1", "age-1", "age-2-4", "band-unknown"];
const AGENCIES = ["council", "police", "health", "partnership", "elsewhere"];
const SOURCES: ActionSourceType[] = ["review", "audit", "s11", "cdop", "board"];
const RAGS: Rag[] = ["green", "amber", "red"];

const child: fc.Arbitrary<Child> = fc.record({ ageBand: fc.constantFrom(...BANDS), sex: fc.constantFrom("female", "male", "not-recorded" as const) });

function rapidReview(i: number, lcsprIds: string[]): fc.Arbitrary<RapidReview> {
  return fc.record({
    aware: date,
    meetingAfter: maybe(fc.integer({ min: 0, max: 40 })),
    outcome: maybe(fc.constantFrom("lcspr", "no-lcspr", "other" as const)),
    lcspr: lcsprIds.length ? fc.constantFrom(...lcsprIds) : fc.constant(undefined),
    children: fc.array(child, { maxLength: 3 }),
    abuseTypes: fc.subarray(ABUSE),
    themes: fc.subarray(THEMES),
  }).map((g) => ({
    kind: "rapid-review",
    id: `rr-${i}`,
    pseudonym: `Child ${i}`,
    status: g.outcome ? "decided" : "notified",
    dates: { aware: g.aware, ...(g.meetingAfter !== undefined ? { meeting: plusDays(g.aware, g.meetingAfter) } : {}) },
    children: g.children,
    abuseTypes: g.abuseTypes,
    themes: g.themes,
    ...(g.outcome ? { decision: { outcome: g.outcome, ...(g.outcome === "lcspr" && g.lcspr ? { lcspr: g.lcspr } : {}) } } : {}),
  }));
}

function practiceReview(i: number, kind: PracticeReview["kind"], rapidIds: string[]): fc.Arbitrary<PracticeReview> {
  return fc.record({
    decision: maybe(date), commissioned: maybe(date), signedOff: maybe(date), presented: maybe(date),
    published: maybe(date), nationalRepository: maybe(date),
    status: fc.constantFrom("commissioned", "in-progress", "signed-off", "presented", "published" as const),
    publication: maybe(fc.constantFrom("pending", "published", "delayed", "withheld-locally" as const)),
    rapidReviews: fc.subarray(rapidIds, { maxLength: Math.min(3, rapidIds.length) }),
    thematic: fc.boolean(),
  }).map((g) => {
    const dates = Object.fromEntries(Object.entries({
      decision: g.decision, commissioned: g.commissioned, signedOff: g.signedOff, presented: g.presented,
      published: g.published, nationalRepository: g.nationalRepository,
    }).filter(([, v]) => v !== undefined)) as PracticeReview["dates"];
    return {
      kind, id: `${kind}-${i}`, pseudonym: `Review ${i}`, status: g.status, dates, thematic: g.thematic, rapidReviews: g.rapidReviews,
      ...(g.publication ? { publication: { status: g.publication } } : {}),
    };
  });
}

function audit(i: number): fc.Arbitrary<Audit> {
  return fc.record({
    type: fc.constantFrom("regular", "thematic", "deep-dive" as const),
    status: fc.constantFrom("planned", "in-progress", "completed", "cancelled" as const),
    held: maybe(date), planned: maybe(date), cancelledOn: maybe(date),
    reason: fc.constantFrom("police capacity", "no cases", "illness"),
    scale: maybe(fc.constantFrom("ofsted", "legacy", "other-scale")),
    grades: fc.array(fc.constantFrom("good", "inadequate", "adequate", "odd-grade"), { maxLength: 4 }),
  }).map((g) => ({
    kind: "audit", id: `audit-${i}`, title: `Audit ${i}`, type: g.type, status: g.status,
    dates: { ...(g.held ? { held: g.held } : {}), ...(g.planned ? { planned: g.planned } : {}) },
    ...(g.status === "cancelled" ? { cancellation: { reason: g.reason, ...(g.cancelledOn ? { date: g.cancelledOn } : {}) } } : {}),
    ...(g.scale ? { gradeScale: g.scale } : {}),
    cases: g.grades.map((grade, n) => ({ ref: `c${n}`, grade })),
  }));
}

function action(i: number): fc.Arbitrary<Action> {
  return fc.record({
    created: date, dueAfter: fc.integer({ min: 0, max: 400 }), closeAfter: maybe(fc.integer({ min: 0, max: 500 })),
    status: fc.constantFrom("not-started", "in-progress", "complete", "cancelled" as const),
    leadAgency: fc.constantFrom(...AGENCIES), source: fc.constantFrom(...SOURCES),
  }).map((g) => {
    const closed = g.closeAfter !== undefined ? plusDays(g.created, g.closeAfter) : undefined;
    return {
      kind: "action", id: `act-${i}`, source: { type: g.source }, description: `Action ${i}`, leadAgency: g.leadAgency,
      owner: "Head of Service", group: "crg", created: g.created, due: plusDays(g.created, g.dueAfter), status: g.status,
      ...(g.status === "complete" && closed ? { completed: closed } : {}),
      ...(g.status === "cancelled" && closed ? { cancellation: { date: closed, reason: "superseded" } } : {}),
    } as Action;
  });
}

function s11(): fc.Arbitrary<Array<S11Cycle | S11Return>> {
  const standards = [{ id: "s1", title: "One" }, { id: "s2", title: "Two" }, { id: "s3", title: "Three" }];
  const ret = (cycle: string, agency: string) => fc.record({
    present: fc.boolean(),
    submitted: maybe(date),
    ratings: fc.subarray(standards.map((s) => s.id)).chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom(...RAGS).map((rating) => ({ standard: id, rating }))))),
  }).map((g): S11Return | undefined => (g.present
    ? { kind: "s11-return", id: `${cycle}-${agency}`, cycle, agency, ratings: g.ratings, ...(g.submitted ? { submitted: g.submitted } : {}) }
    : undefined));
  return fc.record({
    launchedOld: date, launchedNew: maybe(date), agencies: fc.subarray(["council", "police", "health"]),
    old: fc.tuple(ret("s11-old", "council"), ret("s11-old", "police"), ret("s11-old", "health")),
    now: fc.tuple(ret("s11-new", "council"), ret("s11-new", "police"), ret("s11-new", "health")),
  }).map((g) => [
    { kind: "s11-cycle", id: "s11-old", year: 2020, standards, agencies: ["council", "police", "health"], dates: { launched: g.launchedOld } },
    { kind: "s11-cycle", id: "s11-new", year: 2022, previousCycle: "s11-old", standards, agencies: g.agencies, ...(g.launchedNew ? { dates: { launched: g.launchedNew } } : {}) },
    ...g.old.filter((r): r is S11Return => r !== undefined),
    ...g.now.filter((r): r is S11Return => r !== undefined),
  ] as Array<S11Cycle | S11Return>);
}

export const store: fc.Arbitrary<RecordStore> = fc.record({ rr: fc.nat({ max: 8 }), lc: fc.nat({ max: 4 }), au: fc.nat({ max: 5 }), ac: fc.nat({ max: 8 }) })
  .chain(({ rr, lc, au, ac }) => {
    const lcsprIds = Array.from({ length: lc }, (_, i) => `lcspr-${i}`);
    const rapidIds = Array.from({ length: rr }, (_, i) => `rr-${i}`);
    return fc.tuple(
      fc.tuple(...Array.from({ length: rr }, (_, i) => rapidReview(i, lcsprIds))),
      fc.tuple(...Array.from({ length: lc }, (_, i) => practiceReview(i, "lcspr", rapidIds))),
      fc.tuple(practiceReview(0, "scr", [])),
      fc.tuple(...Array.from({ length: au }, (_, i) => audit(i))),
      fc.tuple(...Array.from({ length: ac }, (_, i) => action(i))),
      s11(),
    );
  })
  .map(([rapid, lcsprs, older, audits, actions, s11Records]) => {
    const records: LifRecord[] = [PARTNERSHIP, ...rapid, ...lcsprs, ...older, ...audits, ...actions, ...s11Records];
    return new RecordStore(records.map((record): Located => ({ file: `records/${record.kind}/${record.id}.yaml`, record })));
  });
