// The files `lif init` writes besides partnership.yaml: lif's schemas (so
// the modeline of every record and the editor settings work without lif
// installed), a README for the store and for each record folder, editor
// settings, a CI workflow and a .gitignore. Texts live in templates/init/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { KINDS, SCHEMA_FILES } from "../core/model/kinds.js";
import type { Partnership } from "../core/model/records.js";
import { packageRoot } from "../io/package-root.js";

export interface ScaffoldFile {
  /** Path inside the new store, forward slashes. */
  path: string;
  content: string;
}

function template(name: string, values: Record<string, string>): string {
  const text = readFileSync(join(packageRoot(), "templates", "init", name), "utf8");
  // Only {{word}} with no spaces: GitHub's own ${{ expressions }} are left alone.
  return text.replace(/\{\{([A-Za-z]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The bundled partnership, whose vocabularies a new store starts from. */
export function bundledPartnership(): Partnership {
  return parse(readFileSync(join(packageRoot(), "records", "partnership.yaml"), "utf8"), { schema: "core" }) as Partnership;
}

const FOLDERS: Record<string, string> = {
  reviews: "Rapid reviews, LCSPRs and older kinds of review, one file per review named <id>.yaml.",
  audits: "Multi-agency case file audits, one file per audit, including cancelled ones.",
  s11: "Section 11 cycles, each agency's return, and the six-steps self-assessments.",
  actions: "Actions from every source, one file per action.",
};

/**
 * Schemas for files without a modeline, by lif new's id conventions: the
 * reviews and s11 folders hold more than one kind, told apart by the id.
 */
const SCHEMA_GLOBS: Record<string, string[]> = {
  "partnership.schema.json": ["records/partnership.yaml"],
  "rapid-review.schema.json": ["records/reviews/rr-*.yaml"],
  "practice-review.schema.json": [
    "records/reviews/lcspr-*.yaml", "records/reviews/scr-*.yaml", "records/reviews/multi-agency-review-*.yaml",
    "records/reviews/partnership-review-*.yaml", "records/reviews/single-agency-review-*.yaml",
  ],
  "audit.schema.json": ["records/audits/*.yaml"],
  "s11-cycle.schema.json": ["records/s11/s11-????.yaml"],
  "s11-return.schema.json": ["records/s11/s11-????-*.yaml"],
  "six-steps.schema.json": ["records/s11/six-steps-*.yaml"],
  "action.schema.json": ["records/actions/*.yaml"],
};

export function scaffoldFiles(p: { name: string; shortName: string }): ScaffoldFile[] {
  const values = { name: p.name, shortName: p.shortName };
  const schemasDir = join(packageRoot(), "schemas");
  const files: ScaffoldFile[] = [
    { path: "README.md", content: template("README.md", values) },
    { path: ".gitignore", content: template("gitignore", values) },
    { path: ".github/workflows/lif.yml", content: template("lif.yml", values) },
    { path: ".vscode/settings.json", content: `${JSON.stringify(vscodeSettings(), null, 2)}\n` },
    { path: ".vscode/extensions.json", content: `${JSON.stringify({ recommendations: ["redhat.vscode-yaml"] }, null, 2)}\n` },
    ...SCHEMA_FILES.map((name) => ({ path: `schemas/${name}`, content: readFileSync(join(schemasDir, name), "utf8") })),
  ];
  for (const folder of [...new Set(KINDS.map((k) => k.folder).filter(Boolean))]) {
    const kinds = KINDS.filter((k) => k.folder === folder).map((k) => `\`lif new ${k.kind}\``).join(", ");
    files.push({ path: `records/${folder}/README.md`, content: `# records/${folder}\n\n${FOLDERS[folder] ?? ""}\nCreate one with ${kinds}.\n` });
  }
  return files;
}

function vscodeSettings(): Record<string, unknown> {
  const schemas: Record<string, string[]> = {};
  for (const [schema, globs] of Object.entries(SCHEMA_GLOBS)) schemas[`./schemas/${schema}`] = globs;
  return {
    "yaml.schemas": schemas,
    "yaml.validate": true,
    "yaml.completion": true,
    "yaml.format.enable": false,
    "files.insertFinalNewline": true,
    "files.trimTrailingWhitespace": true,
  };
}
