// Bundles the CLI with esbuild so `lif` starts fast (issue: performance):
// - dependencies used on every run (commander, chalk, yaml, js-yaml, the ajv
//   runtime, date-fns) are bundled: resolving and loading hundreds of files
//   from node_modules cost more than running lif's own code;
// - commands are split into lazily loaded chunks, so `lif --help` loads none;
// - the schemas are compiled at build time into ajv standalone code, so no
//   command loads ajv's compiler or compiles a schema at start-up; their
//   string lengths are counted by src/core/validate/code-point-length.ts,
//   which gives ajv's count without walking every character.
// Handlebars goes into the render chunk (loading it from node_modules cost
// about 30 ms of a render), and lif's own templates are precompiled into it,
// so a report does not parse and compile them on every run; the prompt and spreadsheet libraries, which only
// lif new and lif export load, stay in node_modules.
import { analyzeMetafile, build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const outIndex = process.argv.indexOf("--outdir");
const dist = outIndex > 0 ? process.argv[outIndex + 1] : join(root, "dist");
// Build beside dist/ and swap it in at the end: a test run or a lif command
// started meanwhile never sees a half-written or missing dist/.
const staging = `${dist}.building-${process.pid}`;

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

let result;
try {
  result = await bundle(await standaloneSchemas(), await precompiledTemplates());
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}

const old = `${dist}.old-${process.pid}`;
rmSync(old, { recursive: true, force: true });
try {
  renameSync(dist, old);
} catch {
  // no dist/ yet
}
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });

if (result.metafile) {
  process.stdout.write(await analyzeMetafile(result.metafile));
}

function bundle(compiledSchemas, compiledTemplates) {
  return build({
  absWorkingDir: root,
  metafile: process.argv.includes("--analyze"),
  // The store reader runs as a worker thread of large stores (src/io/read-store.ts).
  entryPoints: { cli: "src/cli.ts", "store-reader": "src/io/store-reader.ts" },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  // Only loaded by the commands that need them; npm ci installs them anyway.
  external: ["exceljs", "inquirer", "@inquirer/*"],
  // Bundled CommonJS packages (ajv's runtime, js-yaml's helpers) call require.
  banner: { js: 'import { createRequire as __lifCreateRequire } from "node:module"; const require = __lifCreateRequire(import.meta.url);' },
  plugins: [
    {
      name: "lif-standalone-schemas",
      setup(b) {
        b.onLoad({ filter: /[\\/]src[\\/]io[\\/]compiled-schemas\.ts$/ }, () => ({
          contents: compiledSchemas,
          loader: "js",
          resolveDir: join(root, "src", "io"),
        }));
        b.onLoad({ filter: /[\\/]src[\\/]io[\\/]precompiled-templates\.ts$/ }, () => ({ contents: compiledTemplates, loader: "js" }));
        b.onResolve({ filter: /^lif:schema-formats$/ }, () => ({ path: "lif:schema-formats", namespace: "lif" }));
        // The same count as ajv's, without walking every character (see the module).
        b.onResolve({ filter: /^ajv\/dist\/runtime\/ucs2length$/ }, () => ({ path: join(root, "src/core/validate/code-point-length.ts") }));
        b.onLoad({ filter: /.*/, namespace: "lif" }, () => ({
          contents: `export { SCHEMA_FORMATS as default } from ${JSON.stringify(join(root, "src/core/validate/schema-validator.ts"))};`,
          loader: "js",
          resolveDir: root,
        }));
      },
    },
  ],
  });
}

/**
 * The module that replaces src/io/precompiled-templates.ts in the bundle:
 * the Handlebars code of every template in templates/, by its body, made by
 * the same function lif would compile it with (environment.ts).
 */
async function precompiledTemplates() {
  return withHelper(
    "templates",
    'export { precompileBody } from "./src/core/render/environment.ts"; export { splitFrontMatter } from "./src/core/render/template-source.ts"; export { loadTemplates } from "./src/io/templates.ts";',
    ({ precompileBody, splitFrontMatter, loadTemplates }) => {
      // lif's own templates, read the way lif reads them, so the bodies compare equal.
      const entries = loadTemplates(undefined).map((source) => {
        const { body } = splitFrontMatter(source);
        return `[${JSON.stringify(body)}, ${precompileBody(body)}]`;
      });
      return `export function precompiledTemplates() { return new Map([\n${entries.join(",\n")}\n]); }\n`;
    },
  );
}

/**
 * Bundles `contents` (exports of lif's own source) into a module named
 * after `name` beside node_modules/, so its imports resolve wherever
 * --outdir points, and calls `use` with what it exports.
 */
async function withHelper(name, contents, use) {
  // A file of its own for each: a module imported again under the same name is the first one.
  const helper = join(root, "node_modules", ".cache", `lif-build-helper-${process.pid}-${name}.mjs`);
  await build({
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, loader: "ts" },
    outfile: helper,
    bundle: true,
    format: "esm",
    platform: "node",
    packages: "external",
    logLevel: "warning",
  });
  try {
    return await use(await import(pathToFileURL(helper).href));
  } finally {
    rmSync(helper, { force: true });
  }
}

/**
 * The module that replaces src/io/compiled-schemas.ts in the bundle: ajv
 * standalone code for every schema lif validates, compiled with the same
 * options and keywords as at run time (schema-compiler.ts is bundled and run
 * here, so there is one definition of them).
 */
async function standaloneSchemas() {
  const helper = 'export { createAjv } from "./src/core/validate/schema-compiler.ts"; export { SCHEMA_FILES } from "./src/core/model/kinds.ts";';
  return withHelper("schemas", helper, async ({ createAjv, SCHEMA_FILES }) => {
    const { _ } = await import(pathToFileURL(join(root, "node_modules/ajv/dist/compile/codegen/index.js")).href);
    const standalone = (await import(pathToFileURL(join(root, "node_modules/ajv/dist/standalone/index.js")).href)).default.default;
    const schemas = Object.fromEntries(SCHEMA_FILES.map((name) => [name, JSON.parse(readFileSync(join(root, "schemas", name), "utf8"))]));
    const ajv = createAjv(schemas, { source: true, esm: true, formats: _`require("lif:schema-formats").default` });
    const exportNames = Object.fromEntries(SCHEMA_FILES.map((name, i) => [`schema${i}`, name]));
    const code = standalone(ajv, exportNames);
    const table = SCHEMA_FILES.map((name, i) => `${JSON.stringify(name)}: schema${i}`).join(", ");
    return `${code}\nexport function schemaFunctions() { return { ${table} }; }\n`;
  });
}

