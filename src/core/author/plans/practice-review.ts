// An LCSPR (or an older kind of practice review): where it came from, where
// it is in its lifecycle, its dates up to that point, publication (a reason
// only when delayed or withheld), then what it is about and what it found.
import { idFrom } from "../ids.js";
import { getPath } from "../paths.js";
import type { Answers, Plan, Question, Scope } from "../types.js";
import { abuseTypesQuestion, agenciesQuestion, childrenQuestion, choices, fixed, idQuestion, prioritiesQuestion, recommendationsQuestion, text, themesQuestion } from "./common.js";

const LIFECYCLE = ["commissioned", "in-progress", "draft-agreed", "signed-off", "presented", "published"];
const rank = (s: Scope) => LIFECYCLE.indexOf(String(s.item.status));
const atLeast = (status: string) => (s: Scope) => rank(s) >= LIFECYCLE.indexOf(status);
const pubStatus = (s: Scope) => getPath(s.item, "publication.status");
const notPublic = (s: Scope) => pubStatus(s) === "delayed" || pubStatus(s) === "withheld-locally";

const PREFIX: Record<string, string> = {
  lcspr: "lcspr", scr: "scr", "multi-agency-review": "multi-agency-review", "partnership-review": "partnership-review", "single-agency-review": "single-agency-review",
};

/** Terms of the rapid reviews this review arose from: proposed for its own. */
function fromRapidReviews(key: "themes" | "abuseTypes") {
  return (s: Scope): string[] | undefined => {
    const ids = (s.item.rapidReviews as string[] | undefined) ?? [];
    const terms = new Set<string>();
    for (const id of ids) {
      const rr = s.ctx.store.get(id)?.record as Answers | undefined;
      for (const t of (rr?.[key] as string[] | undefined) ?? []) terms.add(t);
    }
    return terms.size ? [...terms] : undefined;
  };
}

function childrenOfRapidReviews(s: Scope): Answers[] | undefined {
  const ids = (s.item.rapidReviews as string[] | undefined) ?? [];
  const children = ids.flatMap((id) => ((s.ctx.store.get(id)?.record as Answers | undefined)?.children as Answers[] | undefined) ?? []);
  return children.length ? children.map((c) => ({ ...c })) : undefined;
}

export function practiceReviewPlan(kind: string): Plan {
  const lcspr = kind === "lcspr";
  const children = childrenQuestion(0);
  const questions: Question[] = [
    { key: "pseudonym", type: "text", required: true, help: "The name it is published under, for example 'Child X' or 'Thematic Review'. Never a real name." },
    ...(lcspr ? [{ key: "thematic", type: "confirm", omitFalse: true } as Question] : []),
    {
      key: "rapidReviews",
      type: "multi",
      when: () => kind !== "single-agency-review",
      min: lcspr ? 1 : 0,
      choices: (s) => s.ctx.store.rapidReviews.map((r) => ({ value: r.record.id, label: `${r.record.pseudonym} (${r.record.id})` })),
    },
    { key: "agency", type: "select", required: true, when: () => kind === "single-agency-review", choices: choices.agencies },
    {
      key: "status",
      type: "select",
      required: true,
      default: () => "commissioned",
      choices: fixed(
        ["commissioned", "Commissioned"], ["in-progress", "In progress"], ["draft-agreed", "Draft agreed with the author"],
        ["signed-off", "Signed off by the three lead partners"], ["presented", "Presented at Board"], ["published", "Published"],
      ),
    },
    { key: "author", type: "text", help: "The reviewer's role, for example 'Independent reviewer'. Never a person's name." },
    // The schema needs a dates mapping; every review has a decision to hold it.
    { key: "dates.decision", type: "date", past: true, required: true },
    { key: "dates.commissioned", type: "date", past: true, after: ["dates.decision"] },
    { key: "dates.draftAgreed", type: "date", past: true, when: atLeast("draft-agreed"), after: ["dates.commissioned", "dates.decision"] },
    { key: "dates.signedOff", type: "date", past: true, required: true, when: atLeast("signed-off"), after: ["dates.draftAgreed", "dates.commissioned", "dates.decision"] },
    { key: "dates.presented", type: "date", past: true, required: true, when: atLeast("presented"), after: ["dates.signedOff"] },
    { key: "dates.sentToPanel", type: "date", past: true, when: atLeast("signed-off"), after: ["dates.signedOff"] },
    { key: "dates.published", type: "date", past: true, required: true, when: atLeast("published"), after: ["dates.presented", "dates.sentToPanel"] },
    {
      key: "publication.status",
      type: "select",
      when: atLeast("signed-off"),
      required: true,
      default: (s) => (s.item.status === "published" ? "published" : "pending"),
      choices: fixed(
        ["pending", "Pending: not yet due"], ["published", "Published"], ["delayed", "Delayed (for example by criminal proceedings)"],
        ["withheld-locally", "Withheld locally (anonymised report to the national repository)"],
      ),
    },
    { key: "publication.reason", type: "text", required: true, when: notPublic },
    { key: "publication.expected", type: "date", when: (s) => notPublic(s) || pubStatus(s) === "pending" },
    { key: "dates.nationalRepository", type: "date", past: true, when: (s) => pubStatus(s) === "withheld-locally", after: ["dates.signedOff"] },
    { ...children, default: childrenOfRapidReviews },
    abuseTypesQuestion({ default: fromRapidReviews("abuseTypes") }),
    themesQuestion({ default: fromRapidReviews("themes") }),
    prioritiesQuestion(),
    agenciesQuestion(),
    { key: "summary", type: "text" },
    { key: "keyLearning", type: "texts", when: atLeast("draft-agreed") },
    { ...recommendationsQuestion(lcspr ? "required" : "optional", "review"), when: atLeast("draft-agreed") },
    idQuestion((s) => {
      const year = (getPath(s.item, "dates.decision") ?? getPath(s.item, "dates.commissioned") ?? s.ctx.asOf) as string;
      return idFrom(PREFIX[kind] ?? kind, year.slice(0, 4), text(s.item.pseudonym));
    }),
  ];
  return { kind, questions };
}
