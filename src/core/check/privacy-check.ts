// `lif check privacy`: the render privacy guard run over the records
// themselves, so identifying detail is caught where it was typed, not only
// when a public document is about to be written. A reviewed false positive is
// listed in the record's privacyReviewed with a reason.
import type { RecordStore } from "../model/store.js";
import { PRIVACY_KIND_LABELS, privacyContext, stringFields, unreviewedHits } from "../render/privacy.js";
import type { RuleReport } from "../validate/rule-context.js";

export function checkPrivacy(store: RecordStore): RuleReport[] {
  const context = privacyContext(store);
  const reports: RuleReport[] = [];
  for (const { file, record } of store.records) {
    const reviewed = (record.privacyReviewed ?? []).map((r) => r.text);
    for (const field of stringFields(record)) {
      if (field.path === "/id" || field.path === "/kind") continue;
      for (const hit of unreviewedHits(field.text, reviewed, context)) {
        reports.push({
          file,
          pointer: field.path,
          rule: `privacy-${hit.kind}`,
          severity: "error",
          message: `${JSON.stringify(hit.match)} looks like ${PRIVACY_KIND_LABELS[hit.kind]}; use a pseudonym or a role, or if it is not identifying add it to privacyReviewed: [{text: ${JSON.stringify(hit.match)}, reason: "…"}]`,
        });
      }
    }
  }
  return reports;
}
