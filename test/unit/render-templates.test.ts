// The template environment: strict, Markdown-escaped, no prototype access,
// partials only from the resolved template folders.
import { describe, expect, it } from "vitest";
import { createTemplateSet } from "../../src/core/render/environment.js";
import { TemplateError, type TemplateSource } from "../../src/core/render/template-source.js";

const tpl = (name: string, text: string, origin: TemplateSource["origin"] = "built-in"): TemplateSource => ({ name, file: `templates/${name}.hbs`, origin, text });

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error("expected a TemplateError");
}

describe("strict templates fail with the file and line", () => {
  it("a missing field", () => {
    const set = createTemplateSet([tpl("x", "---\nwordBudget: 5\n---\n# Title\n\n{{missing}}\n")]);
    expect(failure(() => set.render("x", { title: "t" }))).toBe('templates/x.hbs:6: "missing" not defined in the data given to this template');
  });

  it("a missing field inside a partial names the partial's file", () => {
    const set = createTemplateSet([tpl("main", "a\n{{> part/one}}\n"), tpl("part/one", "b\nc {{date nope}}\n")]);
    expect(failure(() => set.render("main", {}))).toMatch(/^templates\/part\/one\.hbs:2: date: /);
  });

  it("a missing field in a helper's or block's argument", () => {
    const set = createTemplateSet([tpl("x", "one\n{{#if nothing}}y{{/if}}\n"), tpl("y", "{{#each a.b.c}}{{/each}}")]);
    expect(failure(() => set.render("x", {}))).toMatch(/^templates\/x\.hbs:2: if: /);
    expect(failure(() => set.render("y", { a: {} }))).toMatch(/^templates\/y\.hbs:1: /);
  });

  it("an unknown helper fails when the template is used, before anything is rendered", () => {
    const set = createTemplateSet([tpl("x", "a\n\n{{shell \"rm -rf\"}}\n"), tpl("main", "b\n{{> x}}\n")]);
    expect(failure(() => set.render("x", {}))).toBe("templates/x.hbs:3: You specified knownHelpersOnly, but used the unknown helper shell");
    expect(failure(() => set.render("main", {}))).toBe("templates/x.hbs:3: You specified knownHelpersOnly, but used the unknown helper shell");
  });

  it("a syntax error", () => {
    const set = createTemplateSet([tpl("x", "a\n{{#if x}}\n")]);
    expect(failure(() => set.render("x", { x: true }))).toMatch(/^templates\/x\.hbs:3: syntax error/);
  });

  it("a broken template that a document does not use does not stop it (templates compile when first used)", () => {
    const set = createTemplateSet([tpl("broken", "{{#if x}}\n"), tpl("fine", "{{title}}\n")]);
    expect(set.render("fine", { title: "ok" }).markdown).toBe("ok\n");
    expect(failure(() => set.render("broken", {}))).toMatch(/^templates\/broken\.hbs:2: syntax error/);
  });

  it("a partial that no folder holds (templates cannot read files)", () => {
    const set = createTemplateSet([tpl("x", "{{> ../../package}}\n")]);
    expect(failure(() => set.render("x", {}))).toMatch(/^templates\/x\.hbs: .*could not be found/);
  });

  it("bad front matter", () => {
    expect(failure(() => createTemplateSet([tpl("x", "---\nwordBudget: lots\n---\nx")]))).toMatch(/^templates\/x\.hbs: front matter wordBudget/);
  });
});

describe("templates are not code", () => {
  it("constructor-style probes render nothing", () => {
    const set = createTemplateSet([tpl("x", '[{{constructor}}][{{__proto__}}][{{lookup this "constructor"}}][{{constructor.name}}][{{#with constructor}}x{{/with}}][{{this.constructor.constructor}}][{{lookup (lookup this "constructor") "constructor"}}]\n')]);
    expect(set.render("x", { a: 1 }).markdown).toBe("[][][][][][][]\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("record text is escaped whether a template uses {{ }} or {{{ }}}", () => {
    const set = createTemplateSet([tpl("x", "{{t}}\n\n{{{t}}}\n")]);
    expect(set.render("x", { t: "<b>{{x}}</b> | # &amp;" }).markdown).toBe("\\<b\\>{{x}}\\</b\\> \\| # \\&amp;\n\n\\<b\\>{{x}}\\</b\\> \\| # \\&amp;\n");
  });

  it("front matter is settings, not output", () => {
    const set = createTemplateSet([tpl("x", "---\nwordBudget: 600\ndescription: d\n---\nbody\n")]);
    expect(set.render("x", {})).toEqual({ markdown: "body\n", frontMatter: { wordBudget: 600, description: "d" } });
  });
});

describe("helpers", () => {
  const set = createTemplateSet([
    tpl("dates", "{{date d}} | {{month d}} | {{fy d}} | {{fy \"2021-04-01\"}}"),
    tpl("numbers", "{{percent 6 25}} {{percent p}} {{percent nothing}} {{howMany 1 \"review\"}} {{howMany 8 \"review\"}} {{howMany 2 \"child\" \"children\"}} {{words 8}} {{words 14}}"),
    tpl("lists", "{{list items}}\n\n{{inline names}}"),
    tpl("table", "{{table rows \"Name:name\" \"Held:held:date\" \"N:n:right\"}}"),
    tpl("chart", "{{chart type=\"pie\" title=\"Abuse: types\" rows=rows label=\"name\" value=\"n\" labelHeader=\"Type\" valueHeader=\"Reviews\"}}"),
  ]);

  it("UK dates and financial years, the same in any time zone", () => {
    expect(set.render("dates", { d: "2022-03-31" }).markdown).toBe("31 March 2022 | March 2022 | 2021/22 | 2021/22\n");
  });

  it("percentages, plurals and small numbers in words", () => {
    expect(set.render("numbers", { p: 38, nothing: null }).markdown).toBe("24% 38% n/a 1 review 8 reviews 2 children eight 14\n");
  });

  it("lists escape each item; learning items may be mappings", () => {
    const out = set.render("lists", { items: ["# not a heading", { text: "- not a list", publishable: true }], names: ["Child X", "Child Y", "Family CC"] }).markdown;
    expect(out).toBe("- \\# not a heading\n- \\- not a list\n\nChild X, Child Y and Family CC\n");
  });

  it("tables escape cells and format dates", () => {
    expect(set.render("table", { rows: [{ name: "a|b", held: "2021-09-14", n: 3 }] }).markdown)
      .toBe("| Name | Held | N |\n| --- | --- | ---: |\n| a\\|b | 14 September 2021 | 3 |\n");
  });

  it("a chart is followed by the same numbers as a table", () => {
    const out = set.render("chart", { rows: [{ name: "Neglect", n: 2 }, { name: "Suicide", n: 0 }] }).markdown;
    expect(out).toBe([
      "```mermaid", "pie showData title Abuse types", '    "Neglect" : 2', "```", "",
      "| Type | Reviews |", "| --- | ---: |", "| Neglect | 2 |", "| Suicide | 0 |", "",
    ].join("\n"));
  });
});
