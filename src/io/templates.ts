// Finding templates: lif's own templates/ folder, then the store's
// templates/ folder, which overrides any template or partial by its relative
// name (templates/annual-report/audits.hbs replaces only that section).
// Only *.hbs files inside those folders are read, never through a link that
// leaves the folder: a template cannot make lif read any other file.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { TemplateOrigin, TemplateSource } from "../core/render/template-source.js";
import { UsageError } from "../errors.js";
import { packageRoot } from "./package-root.js";

export interface TemplateCandidate extends TemplateSource {
  /** True when this file is the one lif uses for its name. */
  wins: boolean;
}

const TEMPLATE_FILE = /\.hbs$/;

function listFolder(root: string, origin: TemplateOrigin): TemplateSource[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const realRoot = realpathSync(root);
  const found: TemplateSource[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const abs = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (lstatSync(abs).isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          throw new UsageError(`templates/${rel}: symbolic link points nowhere`);
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) throw new UsageError(`templates/${rel}: symbolic link leads outside the templates folder; lif reads templates only from inside it`);
      }
      const stat = statSync(abs);
      if (stat.isDirectory()) walk(abs, rel);
      else if (TEMPLATE_FILE.test(name)) {
        let text: string;
        try {
          text = readFileSync(abs, "utf8").replace(/^\uFEFF/, "");
        } catch (error) {
          throw new UsageError(`templates/${rel}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
        }
        found.push({ name: rel.replace(TEMPLATE_FILE, ""), file: `templates/${rel}`, origin, text });
      }
    }
  };
  walk(root, "");
  return found;
}

/** Every template file lif and the store hold, with which one wins for each name. */
export function findTemplates(storeRoot: string | undefined): TemplateCandidate[] {
  const builtInDir = join(packageRoot(), "templates");
  const storeDir = storeRoot ? join(storeRoot, "templates") : undefined;
  const builtIn = listFolder(builtInDir, "built-in");
  // A store that is lif's own folder (npm start) has no templates of its own.
  const sameFolder = storeDir !== undefined && existsSync(storeDir) && existsSync(builtInDir) && realpathSync(storeDir) === realpathSync(builtInDir);
  if (storeDir && storeRoot && existsSync(storeDir)) {
    const real = realpathSync(storeDir);
    const realRoot = realpathSync(storeRoot);
    if (!sameFolder && !real.startsWith(realRoot + sep)) throw new UsageError("templates/ is a link that leads outside the store; lif reads a store's templates only from inside it");
  }
  const store = storeDir && !sameFolder ? listFolder(storeDir, "store") : [];
  const storeNames = new Set(store.map((t) => t.name));
  const all: TemplateCandidate[] = [
    ...builtIn.map((t) => ({ ...t, wins: !storeNames.has(t.name) })),
    ...store.map((t) => ({ ...t, wins: true })),
  ];
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.origin === "built-in" ? -1 : 1));
}

/** The templates lif renders with: one per name, the store's where it has one. */
export function loadTemplates(storeRoot: string | undefined): TemplateSource[] {
  return findTemplates(storeRoot).filter((t) => t.wins).map(({ wins: _wins, ...t }) => t);
}
