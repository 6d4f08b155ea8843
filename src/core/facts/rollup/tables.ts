// The rollup view as titled tables, for the text, CSV and Markdown outputs.
// Pure data (the shell draws them with src/ui/table.ts): every format shows
// the same figures as the JSON view, with the records behind each one.
import type { ActionFigures, LcsprList, RollupGroup, RollupView, Share } from "./types.js";

export type Cell = string | number;

export interface RollupTable {
  title: string;
  columns: Array<{ header: string; align?: "left" | "right" }>;
  rows: Cell[][];
}

export interface RollupSection {
  group: RollupGroup | "not-counted";
  title: string;
  /** Sentences shown before the tables (fallbacks used, ties, shares not adding up to 100). */
  notes: string[];
  tables: RollupTable[];
}

const left = (header: string) => ({ header });
const right = (header: string) => ({ header, align: "right" as const });
const pct = (p: number | null): string => (p === null ? "" : `${p}%`);
const share = (s: Share): string => pct(s.percent);
const names = (items: ReadonlyArray<{ name: string }>): string => items.map((i) => i.name).join(", ");

export function rollupHeading(view: RollupView): string {
  const who = view.partnership ? (view.partnership.shortName ?? view.partnership.name) : "lif";
  const { period } = view;
  const range = period.financialYear ? ` (${period.from} to ${period.to})` : "";
  return `${who} rollup ${period.label}${range}: figures at period end taken on ${period.end}`;
}

export function rollupSections(view: RollupView): RollupSection[] {
  const sections: RollupSection[] = [];
  if (view.reviews) sections.push(reviewsSection(view.reviews));
  if (view.children) sections.push(childrenSection(view.children));
  if (view.abuseTypes) sections.push(termsSection("abuse-types", "Primary types of abuse and neglect", "Abuse or neglect type", view.abuseTypes));
  if (view.themes) sections.push(termsSection("themes", "Learning themes", "Learning theme", view.themes));
  if (view.audits) sections.push(auditsSection(view.audits));
  if (view.s11) sections.push(s11Section(view.s11));
  if (view.actions) sections.push(actionsSection(view.actions));
  if (view.notCounted.length > 0) {
    sections.push({
      group: "not-counted",
      title: "Not counted",
      notes: ["These records lack a date a figure needs, so that figure leaves them out."],
      tables: [{
        title: "Records not counted",
        columns: [left("Record"), left("Figure"), left("Missing"), left("Why"), left("File")],
        rows: view.notCounted.map((n) => [n.id, n.figure, n.missing, n.reason, n.file]),
      }],
    });
  }
  return sections;
}

function reviewsSection(r: NonNullable<RollupView["reviews"]>): RollupSection {
  const rr = r.rapidReviews;
  const notes: string[] = [];
  if (rr.placedByAware.length > 0) {
    notes.push(`Placed by the date the partnership became aware, as no meeting date is recorded: ${rr.placedByAware.join(", ")}.`);
  }
  const lcspr = (label: string, list: LcsprList): Cell[] => [label, list.count, list.cases, names(list.items)];
  const pub = r.lcsprs.published;
  return {
    group: "reviews",
    title: "Reviews",
    notes,
    tables: [
      {
        title: "Rapid reviews",
        columns: [left("Figure"), right("Number"), left("Records")],
        rows: [
          ["Rapid reviews held", rr.held.count, names(rr.held.items)],
          ["Progressed to LCSPR", rr.decisions.lcspr.count, names(rr.decisions.lcspr.items)],
          ["Did not progress to LCSPR", rr.decisions.noLcspr.count, names(rr.decisions.noLcspr.items)],
          ["Other action", rr.decisions.other.count, names(rr.decisions.other.items)],
          ["No decision yet", rr.decisions.undecided.count, names(rr.decisions.undecided.items)],
          ["LCSPRs they progressed to", rr.lcsprsFromDecisions.count, rr.lcsprsFromDecisions.ids.join(", ")],
        ],
      },
      {
        title: "LCSPRs (each counts once; cases count the rapid reviews each covers)",
        columns: [left("Figure"), right("LCSPRs"), right("Cases"), left("Records")],
        rows: [
          lcspr("Commissioned", r.lcsprs.commissioned),
          lcspr("Signed off", r.lcsprs.signedOff),
          lcspr("Presented", r.lcsprs.presented),
          ["Published", pub.count, pub.cases, pub.items.map((i) => `${i.name} (${i.via === "local" ? "locally" : "national repository"})`).join(", ")],
          ["of which published locally", pub.local, "", ""],
          ["of which on the national repository only", pub.national, "", ""],
          lcspr("Publication delayed (at period end)", r.lcsprs.delayed),
          lcspr("Withheld locally (at period end)", r.lcsprs.withheld),
          lcspr("Awaiting publication (at period end)", r.lcsprs.pending),
        ],
      },
      {
        title: "Older kinds of review",
        columns: [left("Review"), left("Kind"), left("Pseudonym"), left("Status"), left("Publication"), left("In the period")],
        rows: r.olderKinds.map((o) => [o.id, o.kindLabel, o.pseudonym, o.status, o.publication ?? "", o.events.map((e) => `${e.field} ${e.date}`).join(", ")]),
      },
    ],
  };
}

function childrenSection(c: NonNullable<RollupView["children"]>): RollupSection {
  const notes = [`${c.total} children across ${c.reviews} rapid reviews.`];
  if (c.percentSum !== null && c.percentSum !== 100) notes.push(`The age-band shares are rounded each on its own and add up to ${c.percentSum}%.`);
  return {
    group: "children",
    title: "Children",
    notes,
    tables: [
      {
        title: "By sex",
        columns: [left("Sex"), right("Children"), right("Share")],
        rows: c.bySex.map((s) => [s.label, s.count, share(s)]),
      },
      {
        title: "By age band",
        columns: [left("Age band"), right("Children"), right("Share"), right("Cumulative"), right("Cumulative share")],
        rows: c.byAgeBand.map((b) => [b.label, b.count, share(b), b.cumulativeCount, pct(b.cumulativePercent)]),
      },
    ],
  };
}

function termsSection(group: RollupGroup, title: string, header: string, t: NonNullable<RollupView["themes"]>): RollupSection {
  const notes = [`Across ${t.reviews} rapid reviews (a review counts once for each of its terms).`];
  if (t.topThree.length > 0) {
    const tied = t.topThree.length > 3 ? " (ties shown)" : "";
    notes.push(`Three most common${tied}: ${t.topThree.map((c) => `${c.label} (${c.count})`).join("; ")}.`);
  }
  if (t.reviewsWithNone.length > 0) notes.push(`Recorded none: ${t.reviewsWithNone.join(", ")}.`);
  return {
    group,
    title,
    notes,
    tables: [{
      title: `${title} by number of rapid reviews`,
      columns: [right("Rank"), left(header), right("Rapid reviews"), left("Records")],
      rows: t.counts.map((c) => [c.rank, c.inVocabulary ? c.label : `${c.label} (not in the vocabulary)`, c.count, c.reviews.join(", ")]),
    }],
  };
}

function auditsSection(a: NonNullable<RollupView["audits"]>): RollupSection {
  return {
    group: "audits",
    title: "Multi-agency audits",
    notes: [],
    tables: [
      {
        title: "Audits",
        columns: [left("Figure"), right("Number"), left("Records")],
        rows: [
          ["Audits held", a.held.count, names(a.held.items)],
          ...a.held.byType.map((t): Cell[] => [`of which ${t.label.toLowerCase()}`, t.count, names(a.held.items.filter((i) => i.type === t.type))]),
          ["Audits cancelled", a.cancelled.count, names(a.cancelled.items)],
          ["Cases audited", a.casesAudited, ""],
        ],
      },
      {
        title: "Cancelled audits",
        columns: [left("Audit"), left("Placed by"), left("Reason")],
        rows: a.cancelled.items.map((c) => [c.name, `${c.dateField} ${c.date}`, c.reason]),
      },
      {
        title: "Grades of the cases audited",
        columns: [left("Scale"), left("Grade"), right("Cases"), right("Share")],
        rows: a.grades.flatMap((s) => s.grades.map((g): Cell[] => [s.label, g.label, g.count, share(g)])),
      },
    ],
  };
}

function s11Section(s: NonNullable<RollupView["s11"]>): RollupSection {
  if (!s.cycle) {
    return { group: "s11", title: "Section 11", notes: ["No Section 11 cycle was launched by period end."], tables: [] };
  }
  const notes = [`${s.cycle.title} (${s.cycle.id}), ${s.selectedBy === "flag" ? "chosen with --cycle" : "the latest cycle launched by period end"}.`];
  if (s.returnsNotIn.length > 0) notes.push(`Returns not yet in: ${s.returnsNotIn.map((r) => r.agencyName).join(", ")}.`);
  if (s.previousCycle) {
    const t = s.changeTotals;
    notes.push(`Against ${s.previousCycle.title}: ${t.better} better, ${t.same} the same, ${t.worse} worse, ${t.new} new.`);
  } else {
    notes.push("No previous cycle to compare with.");
  }
  const initial = (r: string | null) => (r === null ? "-" : r[0]!.toUpperCase());
  const tables: RollupSection["tables"] = [
    {
      title: "RAG ratings (G green, A amber, R red, - not rated)",
      columns: [left("Agency"), ...s.standards.map((st) => ({ header: st.id, align: "right" as const })), right("Green"), right("Amber"), right("Red"), right("Not rated")],
      rows: s.matrix.map((row, i) => {
        const t = s.totalsByAgency[i]!;
        return [row.agencyName, ...row.cells.map((c) => initial(c.rating)), t.green, t.amber, t.red, t.notRated];
      }),
    },
    {
      title: "Totals per standard",
      columns: [left("Standard"), left("Title"), right("Green"), right("Amber"), right("Red"), right("Not rated")],
      rows: [
        ...s.totalsByStandard.map((t): Cell[] => [t.standard, t.title, t.green, t.amber, t.red, t.notRated]),
        ["All standards", "", s.totals.green, s.totals.amber, s.totals.red, s.totals.notRated],
      ],
    },
  ];
  const moved = s.changes.filter((c) => c.change === "better" || c.change === "worse");
  // People read agencies by name, as in the matrix above.
  const agencyNames = new Map(s.matrix.map((m) => [m.agency, m.agencyName] as const));
  if (moved.length > 0) {
    tables.push({
      title: "Ratings that changed since the previous cycle",
      columns: [left("Agency"), left("Standard"), left("Previous"), left("Now"), left("Change")],
      rows: moved.map((c) => [agencyNames.get(c.agency) ?? c.agency, c.standard, c.previous ?? "", c.current, c.change]),
    });
  }
  return { group: "s11", title: "Section 11", notes, tables };
}

function actionsSection(a: NonNullable<RollupView["actions"]>): RollupSection {
  const rate = a.completionRate;
  const agencyNames = new Map(a.byLeadAgency.map((r) => [r.agency, r.agencyName] as const));
  const notes = [
    rate.percent === null
      ? "Completion rate: no action fell due in the period."
      : `Completion rate ${rate.percent}%: ${rate.completed} of the ${rate.due} actions due in the period (not cancelled) were completed by period end.`,
  ];
  const figureColumns = [right("Opened"), right("Completed"), right("On time"), right("Late"), right("Cancelled"), right("Open at end"), right("Overdue at end")];
  const figureCells = (f: ActionFigures): Cell[] => [f.opened, f.completed, f.completedOnTime, f.completedLate, f.cancelled, f.openAtEnd, f.overdueAtEnd];
  return {
    group: "actions",
    title: "Actions",
    notes,
    tables: [
      {
        title: "Action figures",
        columns: [left("Figure"), right("Number")],
        rows: [
          ["Opened in the period", a.opened],
          ["Completed in the period", a.completed],
          ["of which on time", a.completedOnTime],
          ["of which late", a.completedLate],
          ["Cancelled in the period", a.cancelled],
          ["Open at period end", a.openAtEnd],
          ["Overdue at period end", a.overdueAtEnd],
          ["Completion rate", pct(rate.percent)],
          ["Completed on time (share of completed)", share(a.onTimeRate)],
        ],
      },
      {
        title: "By lead agency",
        columns: [left("Lead agency"), ...figureColumns],
        rows: a.byLeadAgency.map((r) => [r.agencyName, ...figureCells(r)]),
      },
      {
        title: "By source",
        columns: [left("Source"), ...figureColumns],
        rows: a.bySource.map((r) => [r.label, ...figureCells(r)]),
      },
      {
        title: "Overdue at period end",
        columns: [left("Action"), left("Lead agency"), left("Due"), right("Days overdue")],
        rows: a.lists.overdueAtEnd.map((o) => [o.id, agencyNames.get(o.leadAgency) ?? o.leadAgency, o.due, o.daysOverdue]),
      },
    ],
  };
}
