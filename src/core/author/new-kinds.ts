// The kinds `lif new` writes: every kind the schemas define but the partnership (lif init writes that).
export const NEW_KINDS = [
  "rapid-review", "lcspr", "scr", "multi-agency-review", "partnership-review", "single-agency-review",
  "audit", "s11-cycle", "s11-return", "six-steps", "action",
] as const;
