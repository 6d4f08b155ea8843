// lif's own templates compiled ahead of time. From source (tests, tsc) there
// are none and every template compiles when first used; scripts/build.mjs
// replaces this module in the bundle with the Handlebars code of every
// template in templates/, made by the same `precompileBody` (environment.ts).
import type { PrecompiledTemplates } from "../core/render/environment.js";

export function precompiledTemplates(): PrecompiledTemplates {
  return new Map();
}
