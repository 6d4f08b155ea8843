// Cross-record rules: each case spawns the real CLI on a store that is
// valid-minimal plus one changed record (test/fixtures/invalid).
import { describe } from "vitest";
import { describeInvalidCases } from "./validate-invalid-run.js";

describe("lif validate: rules the schemas cannot express", () => {
  describeInvalidCases((name) => /^(rule|warning)-/.test(name));
});
