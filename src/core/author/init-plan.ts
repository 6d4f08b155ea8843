// lif init's questions and the partnership file they make. Vocabularies,
// groups and roles are copied from lif's bundled partnership (the terms of
// DOMAIN.md and the East Sussex annual report), renamed for the new
// partnership; timescales are written out with their statutory defaults.
import { financialYearOf } from "../dates/financial-year.js";
import { plusDays, plusMonths } from "../dates/calendar.js";
import type { Partnership } from "../model/records.js";
import { DEFAULT_TIMESCALES } from "../model/timescales.js";
import { slugify } from "./ids.js";
import { fixed } from "./plans/common.js";
import type { Answers, Plan, Scope } from "./types.js";

/** All partnerships had their new arrangements in place by 29 September 2019 (Working Together 2018). */
export const DEFAULT_STARTED_ON = "2019-09-29";

export const DEFAULT_AGENCIES: ReadonlyArray<{ id: string; name: string; sector: string; leadPartner?: boolean }> = [
  { id: "childrens-services", name: "Local authority children's services", sector: "local-authority", leadPartner: true },
  { id: "police", name: "Police", sector: "police", leadPartner: true },
  { id: "nhs-icb", name: "NHS Integrated Care Board", sector: "health", leadPartner: true },
  { id: "health-trusts", name: "NHS health trusts", sector: "health" },
  { id: "schools", name: "Schools and education settings", sector: "education" },
  { id: "probation", name: "Probation Service", sector: "probation" },
  { id: "fire", name: "Fire and Rescue Service", sector: "fire" },
  { id: "district-councils", name: "District and borough councils", sector: "district-council" },
  { id: "voluntary-sector", name: "Voluntary and community sector", sector: "voluntary" },
];

const SECTORS = fixed(
  ["local-authority", "Local authority"], ["police", "Police"], ["health", "Health"], ["education", "Education"], ["probation", "Probation"],
  ["fire", "Fire and rescue"], ["district-council", "District council"], ["voluntary", "Voluntary and community"], ["other", "Other"],
);

/** A sector guessed from an agency's name, so a typed list needs no more than names. */
export function guessSector(name: string): string {
  const n = name.toLowerCase();
  if (/police|constabulary/.test(n)) return "police";
  if (/nhs|health|hospital|ambulance|icb|gp\b/.test(n)) return "health";
  if (/school|education|college|academ/.test(n)) return "education";
  if (/probation/.test(n)) return "probation";
  if (/fire/.test(n)) return "fire";
  if (/district|borough/.test(n)) return "district-council";
  if (/voluntary|charit|community sector/.test(n)) return "voluntary";
  if (/council|children's services|local authority|youth/.test(n)) return "local-authority";
  return "other";
}

/** "East Sussex Safeguarding Children Partnership" → "ESSCP". */
export function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("") || name.slice(0, 8);
}

/** "East Sussex Safeguarding Children Partnership" → "East Sussex". */
export function areaOf(name: string): string {
  const area = name.replace(/\b(Local\s+)?Safeguarding\s+Children('s)?\s+(Partnership|Board)\b.*$/i, "").trim();
  return area && area !== name ? area : name;
}

const index = (s: Scope) => Number(/\[(\d+)\]$/.exec(s.path)?.[1] ?? 0);

function priorityPeriod(asOf: string): { from: string; to: string } {
  const from = financialYearOf(asOf).from;
  return { from, to: plusDays(plusMonths(from, 36), -1) };
}

export const initPlan: Plan = {
  kind: "partnership",
  questions: [
    { key: "name", type: "text", required: true, help: "For example 'West Sussex Safeguarding Children Partnership'." },
    { key: "shortName", type: "text", default: (s) => (typeof s.item.name === "string" ? initials(s.item.name) : undefined) },
    { key: "area", type: "text", default: (s) => (typeof s.item.name === "string" ? areaOf(s.item.name) : undefined) },
    {
      key: "id",
      type: "text",
      required: true,
      default: (s) => slugify(String(s.item.shortName ?? s.item.name ?? "")) || undefined,
      pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: "an id: lower-case letters, digits and single hyphens" },
    },
    { key: "startedOn", type: "date", required: true, default: () => DEFAULT_STARTED_ON },
    {
      key: "agencies",
      type: "repeat",
      noun: "agency",
      required: true,
      min: 1,
      default: () => DEFAULT_AGENCIES.map((a) => ({ ...a, leadPartner: a.leadPartner ?? false })),
      itemLabel: (_item, i) => `Agency ${i + 1}`,
      itemSummary: (a) => `${String(a.name)} (${String(a.id)}, ${String(a.sector)})${a.leadPartner ? ": lead safeguarding partner" : ""}`,
      items: [
        { key: "name", type: "text", required: true },
        { key: "id", type: "text", required: true, default: (s) => slugify(String(s.item.name ?? "")) || undefined, pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: "an id: lower-case letters, digits and single hyphens" } },
        { key: "sector", type: "select", choices: SECTORS, default: (s) => guessSector(String(s.item.name ?? "")) },
        { key: "leadPartner", type: "confirm", default: (s) => index(s) < 3 },
      ],
    },
    {
      key: "priorities",
      type: "repeat",
      noun: "priority",
      itemLabel: (_item, i) => `Priority ${i + 1}`,
      items: [
        { key: "title", type: "text", required: true },
        { key: "id", type: "text", required: true, default: (s) => slugify(String(s.item.title ?? "")) || undefined, pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: "an id" } },
        { key: "from", type: "date", required: true, default: (s) => priorityPeriod(s.ctx.asOf).from },
        { key: "to", type: "date", required: true, after: ["from"], default: (s) => priorityPeriod(s.ctx.asOf).to },
      ],
    },
  ],
};

/** "la: Example Council" → {id: la, name: Example Council}; "Example Police" → {id: example-police, …}. */
export function parseAgencyFlag(text: string): Answers {
  const m = /^\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(.+)$/.exec(text);
  return m ? { id: m[1], name: m[2]!.trim() } : { name: text.trim() };
}

export interface InitGiven {
  name?: string;
  shortName?: string;
  area?: string;
  startedOn?: string;
  agencies?: string[];
  lead?: string;
  priorities?: string[];
}

/** Flags to answers; the lead partners are the ones --lead names, else the first three agencies. */
export function initAnswers(given: InitGiven): Answers {
  const answers: Answers = {};
  if (given.name !== undefined) answers.name = given.name;
  if (given.shortName !== undefined) answers.shortName = given.shortName;
  if (given.area !== undefined) answers.area = given.area;
  if (given.startedOn !== undefined) answers.startedOn = given.startedOn;
  const lead = given.lead?.split(",").map((x) => x.trim()).filter(Boolean);
  if (given.agencies?.length) {
    answers.agencies = given.agencies.map((text, i) => {
      const agency = parseAgencyFlag(text);
      const id = String(agency.id ?? slugify(String(agency.name)));
      return { ...agency, leadPartner: lead ? lead.includes(id) : i < 3 };
    });
  }
  if (given.priorities?.length) answers.priorities = given.priorities.map((title) => ({ title }));
  return answers;
}

/** The partnership record from the answers and the bundled partnership's vocabularies. */
export function buildPartnership(answers: Answers, bundled: Partnership): Answers {
  const shortName = String(answers.shortName ?? answers.name);
  const rename = (label: string) => (bundled.shortName && label.startsWith(`${bundled.shortName} `) ? `${shortName}${label.slice(bundled.shortName.length)}` : label);
  const agencies = ((answers.agencies as Answers[] | undefined) ?? []).map((a) => ({
    id: a.id, name: a.name, sector: a.sector, ...(a.leadPartner === true ? { leadPartner: true } : {}),
  }));
  return {
    kind: "partnership",
    id: answers.id,
    name: answers.name,
    shortName: answers.shortName,
    area: answers.area,
    startedOn: answers.startedOn,
    agencies,
    groups: bundled.groups.map((g) => ({ id: g.id, name: rename(g.name) })),
    priorities: answers.priorities,
    vocabularies: {
      ...structuredClone(bundled.vocabularies),
      roles: bundled.vocabularies.roles?.map((r) => ({ id: r.id, label: rename(r.label) })),
    },
    timescales: { ...DEFAULT_TIMESCALES },
  };
}
