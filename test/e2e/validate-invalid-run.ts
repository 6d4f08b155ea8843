// Shared by the two validate-invalid-*.test.ts files (split so vitest runs
// them on both cores): one spawn per case, asserting exit code, file, line,
// column, rule and message of every finding, and no stack trace.
import { expect, it } from "vitest";
import { hasStackTrace, runLif } from "../helpers/cli.js";
import { fragments, invalidCases, parseTextOutput, storeForCase } from "../fixtures/invalid/cases.js";

export function describeInvalidCases(include: (name: string) => boolean): void {
  for (const c of invalidCases().filter((x) => include(x.name))) {
    it(`${c.name}: ${c.about}`, () => {
      const root = storeForCase(c.name);
      const r = runLif(["validate"], { cwd: root });
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(c.exit);
      const found = parseTextOutput(r.stdout);
      expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(c.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`));
      c.findings.forEach((expected, i) => {
        const actual = found[i]!;
        expect(actual.severity).toBe(expected.severity);
        expect(actual.heading).toBe(expected.file);
        for (const fragment of fragments(expected)) expect(actual.message).toContain(fragment);
      });
      if (c.strictExit !== undefined) {
        const strict = runLif(["validate", "--strict"], { cwd: root });
        expect(strict.status).toBe(c.strictExit);
        expect(strict.stdout).toBe(r.stdout);
      }
    });
  }
}
