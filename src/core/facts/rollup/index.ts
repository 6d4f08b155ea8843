// The rollup's public face: computeRollup and the RollupView it returns (the
// JSON contract of `lif rollup --format json`, read by the renderer).
export { computeRollup, type RollupOptions } from "./compute.js";
export { wholePercent } from "./period.js";
export { rollupHeading, rollupSections, type RollupSection, type RollupTable } from "./tables.js";
export * from "./types.js";
