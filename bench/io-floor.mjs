// The IO floor: the least any tool must do to check a store — list the
// record files recursively and read each one. No parsing, no validation.
// usage: node bench/io-floor.mjs STORE
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) walk(abs);
    else if (entry.name.endsWith(".yaml")) {
      bytes += readFileSync(abs).length;
      files++;
    }
  }
};
walk(join(process.argv[2] ?? ".", "records"));
process.stdout.write(`${files} files, ${bytes} bytes\n`);
