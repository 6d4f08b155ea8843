// Bundles the CLI with esbuild so `lif --help` does not pay for loading
// hundreds of module files; commands are split into lazily loaded chunks.
import { build } from "esbuild";
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  // Dependencies stay in node_modules: npm ci installs them anyway, and a
  // bundle of them would hide their licences and versions.
  packages: "external",
});
