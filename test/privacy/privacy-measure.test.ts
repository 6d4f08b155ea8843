// Measures the privacy guard on the planted corpus and prints recall and the
// false-positive rate (issue: hardening). Targets: 100% recall for NHS
// numbers, postcodes and emails; at least 95% for names with under 5% false
// positives on innocent look-alikes.
import { describe, expect, it } from "vitest";
import { privacyContext, scanText } from "../../src/core/render/privacy.js";
import { loadStore } from "../../src/core/validate/load-store.js";
import { loadSchemaValidator } from "../../src/io/load-schemas.js";
import { readStoreFiles } from "../../src/io/read-store.js";
import { PROJECT_ROOT } from "../helpers/cli.js";
import { HELD_OUT_NAMES, innocentCorpus, plantedCorpus, type PlantedKind } from "./corpus.js";

const { store } = loadStore(readStoreFiles(PROJECT_ROOT), loadSchemaValidator());
const context = privacyContext(store);
const planted = plantedCorpus();
const innocent = innocentCorpus();

function recall(kind: PlantedKind): { found: number; total: number; missed: string[] } {
  const ofKind = planted.filter((p) => p.kind === kind);
  const missed = ofKind.filter((p) => !scanText(p.text, context).some((h) => h.kind === kind && overlaps(h.match, p.identifier)));
  return { found: ofKind.length - missed.length, total: ofKind.length, missed: missed.map((m) => m.text) };
}

function overlaps(match: string, identifier: string): boolean {
  return match.includes(identifier) || identifier.includes(match) || identifier.split(" ").some((part) => part.length > 2 && match.includes(part));
}

const KINDS: PlantedKind[] = ["name", "date-of-birth", "nhs-number", "postcode", "phone", "email"];
const results = Object.fromEntries(KINDS.map((k) => [k, recall(k)]));
const falsePositives = innocent.filter((t) => scanText(t, context).length > 0);

describe("privacy guard on the planted corpus", () => {
  it("reports its figures", () => {
    const lines = KINDS.map((k) => `  ${k.padEnd(14)} recall ${((100 * results[k]!.found) / results[k]!.total).toFixed(1)}% (${results[k]!.found}/${results[k]!.total})`);
    const heldOut = HELD_OUT_NAMES.filter((p) => scanText(p.text, context).some((h) => h.kind === "name")).length;
    lines.push(`  held-out names recall ${((100 * heldOut) / HELD_OUT_NAMES.length).toFixed(1)}% (${heldOut}/${HELD_OUT_NAMES.length}; reported, not required)`);
    lines.push(`  false positives ${((100 * falsePositives.length) / innocent.length).toFixed(1)}% (${falsePositives.length}/${innocent.length} innocent texts)`);
    console.log(`privacy guard, planted corpus:\n${lines.join("\n")}`);
    // The figures mean something only over a corpus of the promised size:
    // at least 200 of each kind, 200 innocent texts, and some held-out names.
    expect(planted.filter((p) => p.kind === "name").length).toBeGreaterThanOrEqual(200);
    for (const k of KINDS) expect(results[k]!.total, k).toBeGreaterThanOrEqual(200);
    expect(innocent.length).toBeGreaterThanOrEqual(200);
    expect(HELD_OUT_NAMES.length).toBeGreaterThan(0);
  });

  it.each(["nhs-number", "postcode", "email"] as const)("finds every %s", (kind) => {
    expect(results[kind]!.missed).toEqual([]);
  });

  it("finds at least 95% of names", () => {
    expect(results.name!.found / results.name!.total, results.name!.missed.slice(0, 20).join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("finds at least 95% of dates of birth and phone numbers", () => {
    expect(results["date-of-birth"]!.found / results["date-of-birth"]!.total, results["date-of-birth"]!.missed.slice(0, 10).join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(results.phone!.found / results.phone!.total, results.phone!.missed.slice(0, 10).join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("raises under 5% false positives on innocent look-alikes", () => {
    expect(falsePositives.length / innocent.length, falsePositives.slice(0, 20).join("\n")).toBeLessThan(0.05);
  });
});
