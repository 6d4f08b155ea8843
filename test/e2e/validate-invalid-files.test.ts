// Broken files, YAML and schema layers: each case spawns the real CLI on a
// store that is valid-minimal plus one broken file (test/fixtures/invalid).
import { describe } from "vitest";
import { describeInvalidCases } from "./validate-invalid-run.js";

describe("lif validate: unreadable files, YAML and schema mistakes", () => {
  describeInvalidCases((name) => /^(file|yaml|schema)-/.test(name));
});
