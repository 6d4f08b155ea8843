import { describe, expect, it } from "vitest";
import { hasStackTrace, runLif } from "../helpers/cli.js";

describe("lif validate on the bundled store", () => {
  it("exits 0 with no findings", () => {
    const r = runLif(["validate"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/no findings/);
    expect(r.status).toBe(0);
  });

  it("outside any store exits 2 and says so, without a stack trace", () => {
    const r = runLif(["validate"], { cwd: "/" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not inside a lif store/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it("an unknown flag is a usage error (exit 2)", () => {
    const r = runLif(["validate", "--no-such-flag"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});
