// Hostile inputs: each case is a store built from the minimal valid one with
// something a file can contain that lif must survive. `expect` says where the
// finding or error must point.
import { execFileSync } from "node:child_process";
import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface HostileCase {
  name: string;
  /** Files to add or replace, store-relative. */
  files?: Record<string, string | Buffer>;
  /** Extra setup on the store folder (links, pipes, permissions). */
  setup?: (root: string) => void;
  /** Which file the message must name, and a fragment of the message. */
  expectFile: string;
  expectMessage: RegExp;
  /** Exit code lif must end with (1 findings, 2 usage or environment). */
  expectExit: 1 | 2;
}

const ACTION = (extra: string) => `kind: action
id: act-hostile
source:
  type: board
  reference: Board tracker 12
description: Refresh the escalation protocol.
leadAgency: police
owner: Head of Safeguarding
group: board
created: 2022-01-10
due: 2022-06-30
status: in-progress
${extra}`;

const billionLaughs = ["a: &a [x, x, x, x, x, x, x, x, x]"]
  .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`))
  .join("\n");

function nested(depth: number): string {
  let text = "";
  for (let i = 0; i < depth; i++) text += `${"  ".repeat(i)}level${i}:\n`;
  return `${text}${"  ".repeat(depth)}leaf: deep\n`;
}

export const HOSTILE_CASES: HostileCase[] = [
  { name: "alias bomb", files: { "records/actions/act-hostile.yaml": `kind: action\nid: act-hostile\n${billionLaughs}\n` }, expectFile: "records/actions/act-hostile.yaml", expectMessage: /alias/i, expectExit: 1 },
  { name: "50-level nesting", files: { "records/actions/act-hostile.yaml": ACTION(nested(50)) }, expectFile: "records/actions/act-hostile.yaml", expectMessage: /unknown key "level0"/, expectExit: 1 },
  { name: "a 20 MB record", files: { "records/actions/act-hostile.yaml": ACTION(`notes: "${"x".repeat(20 * 1024 * 1024)}"\n`) }, expectFile: "records/actions/act-hostile.yaml", expectMessage: /20\.0 MB; a record is at most 1 MB/, expectExit: 1 },
  { name: "a file of NUL bytes", files: { "records/actions/act-hostile.yaml": Buffer.alloc(4096) }, expectFile: "records/actions/act-hostile.yaml", expectMessage: /NUL bytes/, expectExit: 1 },
  { name: "UTF-16 with a BOM", files: { "records/actions/act-hostile.yaml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ACTION(""), "utf16le")]) }, expectFile: "records/actions/act-hostile.yaml", expectMessage: /UTF-16/, expectExit: 1 },
  { name: "UTF-8 BOM and CRLF line ends keep line numbers right", files: { "records/actions/act-hostile.yaml": `\ufeff${ACTION("statsu: open\n").replace(/\n/g, "\r\n")}` }, expectFile: "records/actions/act-hostile.yaml:13:1", expectMessage: /unknown key "statsu"; did you mean "status"\?/, expectExit: 1 },
  { name: "tabs for indentation", files: { "records/actions/act-hostile.yaml": ACTION("progress:\n\t- date: 2022-02-01\n\t  note: tabbed\n") }, expectFile: "records/actions/act-hostile.yaml:14", expectMessage: /tab|YAML syntax/i, expectExit: 1 },
  { name: "__proto__, constructor and prototype keys", files: { "records/actions/act-hostile.yaml": ACTION("__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n") }, expectFile: "records/actions/act-hostile.yaml:13", expectMessage: /unknown key "__proto__"/, expectExit: 1 },
  { name: "'on' stays text (YAML 1.2), so it is not a status", files: { "records/actions/act-hostile.yaml": ACTION("").replace("status: in-progress", "status: on") }, expectFile: "records/actions/act-hostile.yaml:12:9", expectMessage: /"on" is not allowed/, expectExit: 1 },
  { name: "'no' stays text where a boolean belongs", files: { "records/actions/act-hostile.yaml": ACTION("") }, setup: (root) => writeFileSync(join(root, "records/partnership.yaml"), PARTNERSHIP.replace("leadPartner: true", "leadPartner: no")), expectFile: "records/partnership.yaml", expectMessage: /expected true or false, found text "no"/, expectExit: 1 },
  { name: "1e3 is a number where text belongs", files: { "records/actions/act-hostile.yaml": ACTION("").replace("owner: Head of Safeguarding", "owner: 1e3") }, expectFile: "records/actions/act-hostile.yaml:8:8", expectMessage: /expected text, found the number 1000/, expectExit: 1 },
  { name: "0x1F is a number where text belongs", files: { "records/actions/act-hostile.yaml": ACTION("").replace("description: Refresh the escalation protocol.", "description: 0x1F") }, expectFile: "records/actions/act-hostile.yaml:6:14", expectMessage: /expected text, found the number 31/, expectExit: 1 },
  { name: "a timestamp where a date belongs", files: { "records/actions/act-hostile.yaml": ACTION("").replace("due: 2022-06-30", "due: 2022-01-01T00:00:00Z") }, expectFile: "records/actions/act-hostile.yaml:11:6", expectMessage: /not a date written YYYY-MM-DD/, expectExit: 1 },
  { name: "text where a number belongs", files: { "records/audits/audit-hostile.yaml": "kind: audit\nid: audit-hostile\ntitle: Front door\ntype: regular\nstatus: planned\ndates:\n  planned: 2022-05-01\nlettersOfRecognition: \"3\"\n" }, expectFile: "records/audits/audit-hostile.yaml:8:23", expectMessage: /expected a whole number, found text "3"/, expectExit: 1 },
  { name: "an id with ../", files: { "records/actions/act-hostile.yaml": ACTION("").replace("id: act-hostile", "id: ../../etc/passwd") }, expectFile: "records/actions/act-hostile.yaml:2:5", expectMessage: /"\.\.\/\.\.\/etc\/passwd" is not a valid record id/, expectExit: 1 },
  { name: "a symlink that leaves the store", setup: (root) => symlinkSync("/etc/hostname", join(root, "records/actions/act-outside.yaml")), expectFile: "records/actions/act-outside.yaml", expectMessage: /leads outside the store/, expectExit: 1 },
  { name: "a symlink loop", setup: (root) => symlinkSync("loop.yaml", join(root, "records/actions/loop.yaml")), expectFile: "records/actions/loop.yaml", expectMessage: /loops/, expectExit: 1 },
  { name: "a folder link back into the store", setup: (root) => symlinkSync("..", join(root, "records/actions/back")), expectFile: "records/actions/back", expectMessage: /already read|loops/, expectExit: 1 },
  { name: "a named pipe posing as a record", setup: (root) => mkfifo(join(root, "records/actions/act-pipe.yaml")), expectFile: "records/actions/act-pipe.yaml", expectMessage: /not a regular file/, expectExit: 1 },
  { name: "an empty partnership file", setup: (root) => writeFileSync(join(root, "records/partnership.yaml"), ""), expectFile: "records/partnership.yaml", expectMessage: /empty/, expectExit: 1 },
  { name: "an empty store (no partnership file)", setup: (root) => rmSync(join(root, "records/partnership.yaml")), expectFile: "records/partnership.yaml", expectMessage: /not a lif store/, expectExit: 2 },
];

function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

export const VALID_ACTION = ACTION("");

export const PARTNERSHIP = `kind: partnership
id: hostile
name: Hostile Test Partnership
startedOn: 2019-10-01
agencies:
  - id: police
    name: Police
    leadPartner: true
  - id: council
    name: County Council
    leadPartner: true
groups:
  - id: board
    name: Board
vocabularies:
  learningThemes: [{ id: voice-of-the-child, label: Voice of the child }]
  abuseTypes: [{ id: neglect, label: Neglect }]
  ageBands: [{ id: under-1, label: Under 1 }]
  auditGradeScales:
    - id: ofsted
      label: Ofsted-aligned
      grades: [{ id: good, label: Good }, { id: inadequate, label: Inadequate }]
`;
