// The sections of a diff, in the order a reviewer should read them (what
// needs attention first), as plain rows: the Markdown and terminal views
// render the same sections, so they can never disagree.
import type { DiffView, RagChange } from "./model.js";

export type Tone = "bad" | "good" | "warn" | "plain";

export interface Cell {
  text: string;
  tone?: Tone;
  /** An identifier: shown as code in Markdown. */
  code?: boolean;
}

export interface Section {
  title: string;
  headers: string[];
  rows: Cell[][];
}

const c = (text: string | number | undefined, tone?: Tone): Cell => (tone ? { text: String(text ?? ""), tone } : { text: String(text ?? "") });
const code = (text: string): Cell => ({ text, code: true });

export function diffSections(view: DiffView): Section[] {
  const sections: Section[] = [
    {
      title: "New validation findings",
      headers: ["File", "Line", "Severity", "Finding"],
      rows: view.findingsIntroduced.map((f) => [code(f.file), c(f.line), c(f.severity, f.severity === "error" ? "bad" : "warn"), c(`${f.message} (${f.rule})`)]),
    },
    {
      title: "Records that no longer pass validation",
      headers: ["Record", "Kind", "Name", "File"],
      rows: view.noLongerValid.map((r) => [code(r.id), c(r.kind), c(r.title), code(r.file)]),
    },
    {
      title: "RAG ratings changed",
      headers: ["Assessment", "Agency", "Standard", "Was", "Now", "Change"],
      rows: view.ragChanges.map(ragRow),
    },
    {
      title: "Actions completed",
      headers: ["Action", "What", "Completed", "Evidence of impact"],
      rows: view.actionsCompleted.map((a) => [
        code(a.id), c(a.title), c(a.completed ?? "no date"),
        a.hasImpactEvidence ? c("yes", "good") : c(a.fromLcspr ? "none (required for an LCSPR action)" : "none", "warn"),
      ]),
    },
    {
      title: `Newly overdue actions as of ${view.asOf}`,
      headers: ["Action", "What", "Lead agency", "Due", "Days overdue"],
      rows: view.newOverdue.map((a) => [code(a.id), c(a.title), c(a.leadAgency), c(a.due), c(a.daysOverdue, "bad")]),
    },
    {
      title: `Deadlines newly missed as of ${view.asOf}`,
      headers: ["Record", "Name", "Deadline", "Due"],
      rows: view.newMissedDeadlines.map((d) => [code(d.id), c(d.title), c(d.deadline), c(d.due, "bad")]),
    },
    {
      title: "Due dates moved",
      headers: ["Action", "What", "Was due", "Now due", "Times moved", "Reason"],
      rows: view.dueMoves.map((m) => [code(m.id), c(m.title), c(m.from), c(m.to, m.direction === "later" ? "warn" : "plain"), c(m.timesMoved, m.timesMoved > 1 ? "warn" : "plain"), c(m.reason ?? "")]),
    },
    {
      title: "Status changes",
      headers: ["Record", "Kind", "Name", "Was", "Now"],
      rows: view.statusChanges.map((s) => [code(s.id), c(s.kind), c(s.title), c(s.from), c(s.to)]),
    },
    {
      title: "Publication",
      headers: ["Record", "Name", "What", "Was", "Now", "Published", "Reason"],
      rows: view.publication.map((p) => [code(p.id), c(p.title), c(p.what === "report" ? "report" : "learning briefing"), c(p.from ?? "—"), c(p.to ?? "—", p.to === "published" ? "good" : p.to === "delayed" || p.to === "withheld-locally" ? "warn" : "plain"), c(p.published ?? ""), c(p.reason ?? "")]),
    },
    {
      title: "Records added",
      headers: ["Record", "Kind", "Name", "File"],
      rows: view.added.map((r) => [code(r.id), c(r.kind), c(r.title), code(r.file)]),
    },
    {
      title: "Records removed",
      headers: ["Record", "Kind", "Name", "File"],
      rows: view.removed.map((r) => [code(r.id), c(r.kind), c(r.title), code(r.file)]),
    },
    {
      title: "Records changed",
      headers: ["Record", "Kind", "Name", "What changed"],
      rows: view.changed.map((r) => [code(r.id), c(r.kind), c(r.title), c(changeText(r))]),
    },
  ];
  return sections.filter((s) => s.rows.length > 0);
}

function ragRow(r: RagChange): Cell[] {
  const tone = r.direction === "worse" || (r.direction === "new" && r.to === "red") ? "bad" : r.direction === "better" ? "good" : "warn";
  const word = { worse: "worse", better: "better", new: `new ${r.to} rating`, removed: "rating removed" }[r.direction];
  return [c(r.contextTitle), c(r.agencyName), c(`${r.standard} ${r.standardTitle}`), c(r.from ?? "—"), c(r.to ?? "—"), c(word, tone)];
}

const MAX_FIELDS = 8;

function changeText(r: DiffView["changed"][number]): string {
  const parts: string[] = [];
  if (r.idChangedFrom) parts.push(`id changed from ${r.idChangedFrom} to ${r.id}`);
  if (r.renamedFrom) parts.push(`file renamed from ${r.renamedFrom} to ${r.file}`);
  const shown = r.fields.slice(0, MAX_FIELDS);
  if (shown.length) parts.push(shown.join(", ") + (r.fields.length > MAX_FIELDS ? ` and ${r.fields.length - MAX_FIELDS} more` : ""));
  return parts.join("; ");
}

export function summaryLine(view: DiffView): string {
  const s = view.summary;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${plural(s.added, "record")} added, ${s.removed} removed, ${s.changed} changed`,
    s.noLongerValid ? `${s.noLongerValid} no longer valid` : "",
    s.renamed ? plural(s.renamed, "file renamed", "files renamed") : "",
    s.idChanged ? plural(s.idChanged, "id changed", "ids changed") : "",
    s.ragWorse ? plural(s.ragWorse, "RAG rating worse", "RAG ratings worse") : "",
    s.ragBetter ? plural(s.ragBetter, "RAG rating better", "RAG ratings better") : "",
    s.newOverdue ? plural(s.newOverdue, "action newly overdue", "actions newly overdue") : "",
    s.newMissedDeadlines ? plural(s.newMissedDeadlines, "deadline newly missed", "deadlines newly missed") : "",
    s.findingsIntroduced ? plural(s.findingsIntroduced, "new validation finding") : "",
    s.findingsResolved ? plural(s.findingsResolved, "finding resolved", "findings resolved") : "",
  ].filter(Boolean);
  return parts.join("; ");
}
