import { strict as assert } from "node:assert";
import fc from "fast-check";
import { extractDraftSentences } from "../../src/core/claims/markdown";
import { applyEdits, citeEdits, footnoteEdits, linkEdits, pandocEdits, replaceValue, type CitationSpec, type CitationStyle, type TextEdit } from "../../src/core/citations/insert";
import { findCitedSource, parseFootnoteDefinitions, resolveDraftCitation } from "../../src/core/citations/parse";
import { escapeBibtex, toBibtex, toCslJson } from "../../src/core/citations/bib";

const cite: CitationSpec = { key: "000_832b", title: "Scale AI raises $1bn", publisher: "Reuters", file: "../sources/reuters 2024.txt", line: 11 };

function removeInserted(text: string, edits: TextEdit[]): string {
  // Every edit is an insertion; undo them from the last to the first in the edited text.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let shift = 0;
  const spans = sorted.map(({ e }) => {
    const at = e.start + shift;
    shift += e.newText.length - (e.end - e.start);
    return { at, len: e.newText.length };
  });
  for (const sp of spans.reverse()) text = text.slice(0, sp.at) + text.slice(sp.at + sp.len);
  return text;
}

describe("citations: insert", () => {
  const draft = "# Title\n\nScale AI raised money. It was valued at $13.8 billion in Scale AI.\n\nAnother paragraph.\n";
  const end = draft.indexOf("Scale AI.") + "Scale AI.".length;

  it("footnote: ref after the final punctuation and a definition at the end", () => {
    const edits = footnoteEdits(draft, end, cite);
    const out = applyEdits(draft, edits);
    assert.ok(out.includes("in Scale AI.[^000_832b]\n"));
    assert.ok(out.endsWith("Another paragraph.\n\n[^000_832b]: Scale AI raises $1bn, Reuters.\n"));
    // A second citation of the same key reuses the definition.
    const first = out.indexOf("money.") + "money.".length;
    const again = footnoteEdits(out, first, cite);
    assert.equal(again.length, 1);
    const out2 = applyEdits(out, again);
    assert.equal(out2.match(/^\[\^000_832b\]:/gm)?.length, 1);
    // The next new definition joins the definitions without a blank line.
    const out3 = applyEdits(out2, footnoteEdits(out2, first, { ...cite, key: "other", publisher: undefined }));
    assert.ok(out3.endsWith("Reuters.\n[^other]: Scale AI raises $1bn.\n"));
  });

  it("footnote: does not cite the same key twice after a sentence", () => {
    const out = applyEdits(draft, footnoteEdits(draft, end, cite));
    const e2 = out.indexOf("[^000_832b]") + "[^000_832b]".length;
    assert.deepEqual(footnoteEdits(out, e2, cite), []);
  });

  it("pandoc: key before the final punctuation, merged into an existing bracket", () => {
    const out = applyEdits(draft, pandocEdits(draft, end, cite));
    assert.ok(out.includes("in Scale AI [@000_832b].\n"));
    const e2 = out.indexOf("[@000_832b].") + "[@000_832b].".length;
    const out2 = applyEdits(out, pandocEdits(out, e2, { ...cite, key: "other" }));
    assert.ok(out2.includes("in Scale AI [@000_832b; @other].\n"));
    assert.deepEqual(pandocEdits(out2, e2 + 8, cite), []);
  });

  it("link: a relative link with the line before the final punctuation", () => {
    const out = applyEdits(draft, linkEdits(draft, end, cite));
    assert.ok(out.includes("in Scale AI ([Scale AI raises $1bn](../sources/reuters%202024.txt#L12)).\n"), out);
  });

  it("works when the sentence ends the draft without a newline, and with CRLF", () => {
    const d = "One claim here.";
    assert.equal(applyEdits(d, footnoteEdits(d, d.length, cite)), "One claim here.[^000_832b]\n\n[^000_832b]: Scale AI raises $1bn, Reuters.\n");
    const crlf = "One claim here.\r\n";
    assert.equal(applyEdits(crlf, footnoteEdits(crlf, 15, cite)), "One claim here.[^000_832b]\r\n\r\n[^000_832b]: Scale AI raises $1bn, Reuters.\r\n");
  });

  it("replaceValue and applyEdits", () => {
    const d = "It was $13.8 billion.";
    const edits = replaceValue(d, 7, 20, "$14 billion");
    assert.equal(applyEdits(d, edits), "It was $14 billion.");
    assert.throws(() => applyEdits(d, [{ start: 0, end: 5, newText: "" }, { start: 3, end: 4, newText: "" }]));
  });

  for (const style of ["footnote", "pandoc", "link"] as CitationStyle[]) {
    it(`${style}: re-extracting shows the same sentences plus the citation`, () => {
      const before = extractDraftSentences(draft);
      const target = before[2];
      const out = applyEdits(draft, citeEdits(draft, target.end, cite, style));
      const after = extractDraftSentences(out);
      assert.deepEqual(after.map((s) => s.plain), before.map((s) => s.plain));
      const cited = after[2];
      assert.equal(cited.citations.length, 1);
      assert.equal(cited.citations[0].kind, style);
      assert.equal(cited.citations[0].key, style === "link" ? "../sources/reuters 2024.txt" : "000_832b");
      assert.ok(cited.text.startsWith("It was valued"));
      for (const s of after) assert.equal(out.slice(s.start, s.end), s.text);
    });
  }

  it("property: inserting a citation changes nothing but the inserted text", () => {
    const fragment = fc.oneof(
      fc.constantFrom("Scale AI grew.", " It raised $1 billion in 2024.", "\n", "\n\n", "- ", "> ", "**bold.**", "[^a]", "[@b]", "😀", "\r\n", "```\n", "[^x]: def\n"),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), fc.nat(), fc.constantFrom<CitationStyle>("footnote", "pandoc", "link"), fc.string({ minLength: 1, maxLength: 10 }), (parts, n, style, key) => {
        const d = parts.join("");
        const sentences = extractDraftSentences(d);
        const endAt = sentences.length ? sentences[n % sentences.length].end : n % (d.length + 1);
        const edits = citeEdits(d, endAt, { ...cite, key }, style);
        for (const e of edits) assert.equal(e.start, e.end, "only insertions");
        const out = applyEdits(d, edits);
        assert.equal(removeInserted(out, edits), d);
      }),
      { numRuns: 800 },
    );
  });
});

describe("citations: parse", () => {
  it("reads footnote definitions with continuation lines, not inside fences", () => {
    const d = "Text.[^1]\n\n```\n[^3]: in code\n```\n\n[^1]: The Report, Reuters, line 3.\n    continued here.\n[^note]: sources/a.txt\n";
    const defs = parseFootnoteDefinitions(d);
    assert.deepEqual([...defs.keys()], ["1", "note"]);
    assert.equal(defs.get("1")!.text, "The Report, Reuters, line 3. continued here.");
    assert.equal(defs.get("1")!.line, 6);
    assert.equal(d.slice(defs.get("note")!.start, defs.get("note")!.end), "[^note]: sources/a.txt");
  });

  it("finds the source a footnote, link or key points at", () => {
    const sources = [
      { key: "000_832b", file: "digest.txt", title: "Scale AI raises $1bn in new funding" },
      { key: "reuters-1", file: "news/reuters 2024.txt", title: "Meta takes a stake" },
    ];
    assert.equal(findCitedSource("000_832b", sources)?.key, "000_832b");
    assert.equal(findCitedSource("../sources/news/reuters%202024.txt#L12", sources)?.key, "reuters-1");
    assert.equal(findCitedSource("Meta takes a stake, Reuters, line 4.", sources)?.key, "reuters-1");
    assert.equal(findCitedSource("See 000_832b, line 3.", sources)?.key, "000_832b");
    assert.equal(findCitedSource("https://elsewhere.example/x", sources), undefined);
    const defs = parseFootnoteDefinitions("[^r]: Scale AI raises $1bn in new funding, line 2.\n");
    assert.equal(resolveDraftCitation({ kind: "footnote", key: "r" }, sources, defs)?.key, "000_832b");
    assert.equal(resolveDraftCitation({ kind: "pandoc", key: "reuters-1" }, sources)?.key, "reuters-1");
  });
});

describe("citations: bibliography", () => {
  const entries = [
    { key: "000_832b", title: "R&D at 50% & #1: a_b {c} $5 ^ ~ \\", author: "Jane Doe and John Q. Roe", date: "2024-05-21", url: "https://x.y/a%20b?c=1#d", publisher: "Reuters" },
    { key: "k2", title: "Plain", date: "May 3, 2023" },
  ];

  it("escapes BibTeX special characters", () => {
    assert.equal(escapeBibtex("R&D 50% #1 a_b {c} $5 ^ ~ \\"), "R\\&D 50\\% \\#1 a\\_b \\{c\\} \\$5 \\^{} \\~{} \\textbackslash{}");
    const bib = toBibtex(entries);
    assert.ok(bib.includes("@online{000_832b,"));
    assert.ok(bib.includes("organization = {Reuters}"));
    assert.ok(bib.includes("title = {{R\\&D at 50\\% \\& \\#1: a\\_b \\{c\\} \\$5 \\^{} \\~{} \\textbackslash{}}}"), bib);
    assert.ok(bib.includes("author = {Doe, Jane and Roe, John Q.}"));
    assert.ok(bib.includes("year = {2024}"));
    assert.ok(bib.includes("month = may"));
    assert.ok(bib.includes("url = {https://x.y/a%20b?c=1#d}"));
    // Braces stay balanced in every entry.
    for (const entry of bib.split("@online").slice(1)) {
      const opens = (entry.replace(/\\[{}]/g, "").match(/{/g) ?? []).length;
      const closes = (entry.replace(/\\[{}]/g, "").match(/}/g) ?? []).length;
      assert.equal(opens, closes);
    }
  });

  it("writes CSL-JSON with issued date parts", () => {
    const csl = toCslJson(entries);
    assert.equal(csl[0].type, "webpage");
    assert.deepEqual(csl[0].issued, { "date-parts": [[2024, 5, 21]] });
    assert.deepEqual(csl[0].author, [
      { family: "Doe", given: "Jane" },
      { family: "Roe", given: "John Q." },
    ]);
    assert.equal(csl[0]["container-title"], "Reuters");
    assert.deepEqual(csl[1].issued, { "date-parts": [[2023, 5, 3]] });
    assert.equal(csl[1].author, undefined);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(csl)));
  });
});
