import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, escapeMarkdown, escapeMarkdownFully, markdownTable, mermaidLabel, tidyMarkdown } from "../../src/core/render/markdown.js";

describe("escapeMarkdown's shortcut for plain text", () => {
  // Every character the escaping treats specially, with letters, digits and spaces around them.
  const alphabet = [..."aZ09 .,:;!?()'\"/#+-=\\`*_[]<>|~&\t\n\r\u00a0\u2028\u0001\u007f", "http://x.org", "&amp;", "1.", "12)", "  "];
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((parts) => parts.join(""));

  it("gives what the full escaping gives, for any text", () => {
    fc.assert(fc.property(texts, (text) => escapeMarkdown(text) === escapeMarkdownFully(text)), { numRuns: 5000 });
  });

  it("is taken for ordinary prose, which comes back as it was", () => {
    const prose = "Refresh the safeguarding accountability lines and publish them to staff (by 31 March 2022).";
    expect(escapeMarkdownFully(prose)).toBe(prose);
    expect(escapeMarkdown(prose)).toBe(prose);
  });
});

describe("escapeMarkdown: record text is data, escaped for Markdown, never for HTML", () => {
  it("never produces HTML entities", () => {
    expect(escapeMarkdown("Brighton & Hove")).toBe("Brighton & Hove");
    expect(escapeMarkdown("A & B <c>")).not.toMatch(/&amp;|&lt;|&gt;/);
  });

  it("neutralises raw HTML with backslash escapes", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(escapeMarkdown("<img src=x onerror=alert(1)>")).not.toMatch(/(^|[^\\])</);
  });

  it("keeps an entity literal instead of letting the renderer decode it", () => {
    expect(escapeMarkdown("&amp; and &#60;")).toBe("\\&amp; and \\&#60;");
  });

  it("escapes a pipe so a table cell cannot split", () => {
    expect(escapeMarkdown("a | b")).toBe("a \\| b");
  });

  it.each([
    ["# Heading", "\\# Heading"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["> quote", "\\> quote"],
    ["1. first", "1\\. first"],
    ["12) twelfth", "12\\) twelfth"],
    ["---", "\\---"],
    ["=====", "\\====="],
  ])("a line starting %j cannot start a block", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("folds line breaks, so a later line cannot start a block either", () => {
    expect(escapeMarkdown("first\n# second\n\n- third")).toBe("first # second - third");
  });

  it("prints {{ literally: record text is never compiled", () => {
    expect(escapeMarkdown("{{constructor}} {{#each x}}")).toBe("{{constructor}} {{#each x}}");
  });

  it("escapes emphasis, code, links and strikethrough", () => {
    expect(escapeMarkdown("*a* _b_ `c` [d](e) ~~f~~")).toBe("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~\\~f\\~\\~");
  });

  it("turns a web address into an autolink, ending before trailing punctuation", () => {
    expect(escapeMarkdown("See https://example.org/a_b.")).toBe("See <https://example.org/a_b>.");
  });

  it("keeps a very long word whole", () => {
    const word = "x".repeat(5000);
    expect(escapeMarkdown(word)).toBe(word);
  });
});

describe("markdownTable", () => {
  it("escapes every cell and keeps the column count", () => {
    const table = markdownTable([{ header: "Name" }, { header: "N", align: "right" }], [["a|b\nc", 3], ["<b>", null]]);
    const rows = table.split("\n");
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(4);
    expect(table).toContain("| a\\|b c | 3 |");
    expect(rows[1]).toBe("| --- | ---: |");
  });
});

describe("mermaidLabel", () => {
  it("drops what Mermaid reads as syntax", () => {
    expect(mermaidLabel('a "b" : c; %% d {e}')).toBe("a b c d e");
    expect(mermaidLabel("```\nend")).toBe("end");
  });
});

describe("tidyMarkdown and countWords", () => {
  it("collapses blank runs, trims trailing spaces, ends with one newline", () => {
    expect(tidyMarkdown("# A  \n\n\n\nb\n\n")).toBe("# A\n\nb\n");
  });

  it("trims only the spaces and tabs a line ends in", () => {
    // A no-break space is text (a table cell may end in one); blank lines of spaces and tabs go.
    expect(tidyMarkdown("| a | b |\t \nx\u00a0\n \t \n\ny \t\tz\t")).toBe("| a | b |\nx\u00a0\n\ny \t\tz\n");
    expect(tidyMarkdown("```\ncode  \n\n\n```\n")).toBe("```\ncode\n\n\n```\n");
  });

  it("counts words, not Markdown syntax or link targets", () => {
    expect(countWords("# Key learning\n\n- [Read the report](https://example.org/x-y-z)\n")).toBe(5);
  });
});
