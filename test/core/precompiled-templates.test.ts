// The build compiles lif's own templates ahead of time (scripts/build.mjs,
// with `precompileBody`); a template of the store's, or any run from source,
// compiles when first used. Both must write the same document.
import { describe, expect, it } from "vitest";
import { parseFinancialYear } from "../../src/core/dates/financial-year.js";
import { internalFields, type Audience } from "../../src/core/render/audience.js";
import { createTemplateSet, precompileBody, type PrecompiledTemplates } from "../../src/core/render/environment.js";
import { renderBriefing, renderReport } from "../../src/core/render/render.js";
import { REPORT_SECTIONS } from "../../src/core/render/views/annual-report.js";
import { BRIEFING_KINDS } from "../../src/core/render/views/briefing.js";
import { splitFrontMatter, type TemplateSource } from "../../src/core/render/template-source.js";
import { readSchemas } from "../../src/io/load-schemas.js";
import { openStore } from "../../src/io/open-store.js";
import { loadTemplates } from "../../src/io/templates.js";
import { PROJECT_ROOT } from "../helpers/cli.js";

const sources = loadTemplates(undefined);
const opened = openStore(PROJECT_ROOT);
const internal = internalFields(readSchemas());

function precompiledOf(templates: readonly TemplateSource[]): PrecompiledTemplates {
  // The build writes this code into the bundle; here it is evaluated instead.
  return new Map(templates.map((s) => {
    const { body } = splitFrontMatter(s);
    return [body, new Function(`return ${precompileBody(body)};`)() as TemplateSpecification];
  }));
}

const precompiled = () => precompiledOf(sources);

describe("templates compiled ahead of time", () => {
  const compiled = createTemplateSet(sources);
  const ahead = createTemplateSet(sources, precompiled());
  const year = parseFinancialYear("2021/22")!;
  const briefable = opened.store.records.filter((r) => (BRIEFING_KINDS as readonly string[]).includes(r.record.kind));

  it("cover every template lif has", () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(precompiled().size).toBe(new Set(sources.map((s) => splitFrontMatter(s).body)).size);
  });

  for (const audience of ["public", "internal"] as Audience[]) {
    it(`write the ${audience} annual report and each section as compiled ones do`, () => {
      const input = { store: opened.store, audience, internal };
      for (const section of [undefined, ...REPORT_SECTIONS]) {
        const options = { year, asOf: "2022-06-30", section };
        const expected = renderReport(input, compiled, options).markdown;
        expect(expected.length).toBeGreaterThan(100);
        expect(renderReport(input, ahead, options).markdown).toBe(expected);
      }
    });

    it(`write every ${audience} briefing of the bundled store as compiled ones do`, () => {
      const input = { store: opened.store, audience, internal };
      expect(briefable.length).toBeGreaterThan(5);
      for (const located of briefable) {
        expect(renderBriefing(located, input, ahead).markdown).toBe(renderBriefing(located, input, compiled).markdown);
      }
    });
  }

  /** One template, compiled when used and ahead of time. */
  const both = (text: string) => {
    const source = { name: "x", file: "templates/x.hbs", origin: "store" as const, text };
    return [createTemplateSet([source]), createTemplateSet([source], precompiledOf([source]))];
  };

  it("escape record text for Markdown and keep out prototype probes, as compiled ones do", () => {
    const view = { text: "*bold* _it_ [link](http://x) <b>raw</b> | pipe" };
    const [now, before] = both("{{text}} / {{{text}}} / {{constructor}} / {{#with __proto__}}x{{/with}}\n");
    const expected = now!.render("x", view).markdown;
    expect(expected).toContain("\\*bold\\*");
    expect(before!.render("x", view).markdown).toBe(expected);
  });

  it("fail on a missing field with the file and line, as compiled ones do", () => {
    for (const set of both("---\ndescription: x\n---\nline one\n{{nope.deeper}}\n")) {
      expect(() => set.render("x", {})).toThrow(/^templates\/x\.hbs:5: /);
    }
  });
});
