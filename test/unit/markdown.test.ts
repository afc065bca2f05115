import { strict as assert } from "node:assert";
import fc from "fast-check";
import { extractDraftSentences, type DraftSentence } from "../../src/core/claims/markdown";

function check(md: string, sentences: DraftSentence[]): void {
  let lastEnd = -1;
  for (const s of sentences) {
    assert.equal(md.slice(s.start, s.end), s.text, "text is the exact slice");
    assert.ok(s.start >= 0 && s.end <= md.length && s.start < s.end);
    assert.ok(s.start >= lastEnd, "sentences in order, not overlapping");
    lastEnd = s.end;
    assert.equal(s.plainOffsets.length, s.plain.length);
    for (let i = 0; i < s.plainOffsets.length; i++) {
      const o = s.plainOffsets[i];
      assert.ok(o >= s.start && o < s.end, `offset ${o} in [${s.start}, ${s.end})`);
      if (i) assert.ok(o > s.plainOffsets[i - 1], "offsets increase");
    }
  }
}

function extract(md: string): DraftSentence[] {
  const out = extractDraftSentences(md);
  check(md, out);
  return out;
}

const plains = (md: string) => extract(md).map((s) => s.plain);

describe("extractDraftSentences", () => {
  it("splits a paragraph into sentences with exact ranges", () => {
    const md = "Scale AI was founded in 2016. It is based in San Francisco.\n";
    const s = extract(md);
    assert.deepEqual(s.map((x) => x.text), ["Scale AI was founded in 2016.", "It is based in San Francisco."]);
    assert.deepEqual(s[1].range, { start: { line: 0, character: 30 }, end: { line: 0, character: 59 } });
    assert.equal(s[0].blockKind, "paragraph");
  });

  it("removes markup from the plain text and maps every character back", () => {
    const md = "The **revenue** of *Scale* rose to `x` $1.5 [billion](http://example.com/a.b) in 2023.";
    const [s] = extract(md);
    assert.equal(s.plain, "The revenue of Scale rose to $1.5 billion in 2023.");
    assert.equal(s.text, md);
    for (let i = 0; i < s.plain.length; i++) if (s.plain[i] !== " ") assert.equal(md[s.plainOffsets[i]], s.plain[i]);
  });

  it("never reads front matter, code, html, link targets or image paths", () => {
    const md = [
      "---",
      "title: A title. With sentences.",
      "---",
      "",
      "+++ not front matter here +++",
      "",
      "```js",
      "const x = 'Revenue was 5.';",
      "```",
      "",
      "    indented code. Still code.",
      "",
      "<div>",
      "HTML block. Not prose.",
      "</div>",
      "",
      "<!-- a comment. With sentences. -->",
      "",
      "See ![an image alt](images/pic.png \"Title here.\") and [the report](sources/a.b.txt \"T. X.\").",
      "",
      "[ref]: http://example.com/x.y \"A title.\"",
      "",
      "```",
      "unterminated fence. Runs to the end.",
    ].join("\n");
    const p = plains(md);
    assert.deepEqual(p, ["+++ not front matter here +++", "See and the report."]);
  });

  it("accepts TOML front matter", () => {
    assert.deepEqual(plains("+++\ntitle = \"x. y.\"\n+++\nBody text.\n"), ["Body text."]);
  });

  it("keeps exact ranges in list items, blockquotes and lazy continuation lines", () => {
    const md = "- First item says one thing. It goes on\n  across a line.\n- Second *item*.\n\n> Quoted claim here. And\n> a second one\nlazily continued.\n\n1. Ordered. Item.\n";
    const s = extract(md);
    assert.deepEqual(
      s.map((x) => [x.text, x.blockKind]),
      [
        ["First item says one thing.", "list"],
        ["It goes on\n  across a line.", "list"],
        ["Second *item*.", "list"],
        ["Quoted claim here.", "quote"],
        ["And\n> a second one\nlazily continued.", "quote"],
        ["Ordered.", "list"],
        ["Item.", "list"],
      ],
    );
    assert.equal(s[4].plain, "And a second one lazily continued.");
    assert.equal(s[4].range.start.line, 4);
    assert.equal(s[4].range.end.line, 6);
  });

  it("reads headings and table cells", () => {
    const md = "# The Title Is Here\n\n| Company | Value |\n|---|---|\n| Scale AI | $14 billion. |\n";
    const s = extract(md);
    assert.deepEqual(
      s.map((x) => [x.text, x.blockKind]),
      [
        ["The Title Is Here", "heading"],
        ["Company", "table"],
        ["Value", "table"],
        ["Scale AI", "table"],
        ["$14 billion.", "table"],
      ],
    );
  });

  it("keeps UTF-16 offsets exact around emoji and surrogate pairs", () => {
    const md = "🚀 Rockets 👩‍👩‍👧 launched 𝔘 in 2020. Then 😀 more.\n";
    const s = extract(md);
    assert.equal(s.length, 2);
    assert.equal(s[1].text, "Then 😀 more.");
    assert.equal(s[1].range.start.character, md.indexOf("Then"));
  });

  it("collects footnote, pandoc and link citations; footnote definitions are not claims", () => {
    const md = "Revenue rose 5%.[^1] Profit fell [@smith2020, p. 3; @doe]. See ([Report](sources/report.txt#L3)).\n\n[^1]: The Report, Reuters, line 3.\n[^2]: https://example.com\n";
    const s = extract(md);
    assert.deepEqual(s.map((x) => x.plain), ["Revenue rose 5%.", "Profit fell.", "See."]);
    assert.deepEqual(s[0].citations.map((c) => [c.kind, c.key, md.slice(c.start, c.end)]), [["footnote", "1", "[^1]"]]);
    assert.deepEqual(s[1].citations.map((c) => [c.kind, c.key]), [["pandoc", "smith2020"], ["pandoc", "doe"]]);
    assert.deepEqual(s[2].citations.map((c) => [c.kind, c.key]), [["link", "sources/report.txt"]]);
  });

  it("treats [^x] as a footnote even when its definition is a link reference", () => {
    const md = "Revenue rose.[^a]\n\n[^a]: https://example.com/x\n";
    const s = extract(md);
    assert.deepEqual(s.map((x) => [x.plain, x.text]), [["Revenue rose.", "Revenue rose.[^a]"]]);
    assert.deepEqual(s[0].citations.map((c) => [c.kind, c.key]), [["footnote", "a"]]);
  });

  it("honours ignore comments", () => {
    const md = [
      "<!-- groundwork-ignore -->",
      "Silenced block. Both sentences.",
      "",
      "Checked one. Silenced at the end. <!-- groundwork-ignore -->",
      "",
      "Kept. Ignored after this one. <!-- groundwork-ignore --> Kept too.",
      "",
      "<!-- groundwork off -->",
      "Off region.",
      "",
      "- Also off.",
      "<!-- groundwork on -->",
      "",
      "Back on. Line one.",
      "Line two. <!-- groundwork-ignore-line -->",
      "Line three.",
    ].join("\n");
    const s = extract(md);
    const ignored = s.filter((x) => x.ignored).map((x) => x.plain);
    const kept = s.filter((x) => !x.ignored).map((x) => x.plain);
    // a comment ending a paragraph silences the sentence it ends, not the paragraph
    assert.deepEqual(ignored, ["Silenced block.", "Both sentences.", "Silenced at the end.", "Ignored after this one.", "Off region.", "Also off.", "Line two."]);
    assert.deepEqual(kept, ["Checked one.", "Kept.", "Kept too.", "Back on.", "Line one.", "Line three."]);
  });

  it("handles CRLF line endings and a BOM", () => {
    const md = "\uFEFF# Head\r\n\r\nOne sentence.\r\nTwo sentence.\r\n";
    const s = extract(md);
    assert.deepEqual(s.map((x) => x.text), ["Head", "One sentence.", "Two sentence."]);
    assert.equal(s[2].range.start.line, 3);
  });

  // (its speed is measured by npm run bench, never asserted here: a loaded machine made this flake)
  it("splits a 10,000-word draft and survives huge inputs", function () {
    this.timeout(60000);
    const para = "Scale AI raised **$1 billion** in May 2024 at a [valuation](https://x.y/z) of $13.8 billion. Its founder Alexandr Wang was 19. ";
    const doc = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? `## Section ${i}\n\n` : "") + para + para + "\n").join("\n");
    assert.ok(doc.split(/\s+/).length >= 10000);
    extract(doc);
    const n = extractDraftSentences(doc).length;
    assert.ok(n >= 1600, String(n));
    const manyLines = Array.from({ length: 100000 }, (_, i) => (i % 3 === 2 ? "" : `Line ${i} says a thing.`)).join("\n");
    assert.ok(extractDraftSentences(manyLines).length > 60000);
    const oneLine = "Word and *more* words. ".repeat(45000);
    assert.ok(oneLine.length > 1_000_000);
    assert.ok(extractDraftSentences(oneLine).length > 40000);
  });

  describe("properties", () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        "# ",
        "## ",
        "- ",
        "* ",
        "1. ",
        "> ",
        "> > ",
        "  ",
        "    ",
        "\t",
        "\n",
        "\n\n",
        "\r\n",
        "```\n",
        "~~~",
        "`",
        "*",
        "**",
        "_",
        "~~",
        "[",
        "]",
        "(",
        ")",
        "![",
        "](",
        "[^1]",
        "[^1]: ",
        "[@key]",
        "<!-- ",
        " -->",
        "<!-- groundwork-ignore -->",
        "<!-- groundwork off -->",
        "<b>",
        "</b>",
        "---\n",
        "+++\n",
        "| a | b |\n|---|---|\n",
        "|",
        "\\",
        "&amp;",
        "&copy;",
        "<http://x.y>",
        "😀",
        "👩‍👩‍👧",
        "\uD83D",
        ". ",
        "? ",
        "Dr. ",
        "e.g. ",
        "$1.5 billion",
        "[link](http://a.b/c.d)",
        "[ref]: http://x.y\n",
        "[ref]",
      ),
      fc.string({ maxLength: 12 }),
      fc.constantFrom("Scale AI grew.", "It raised $1 billion in 2024.", "Wang said \"we grew\".", "word", "Word"),
    );
    const doc = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

    it("never throws and keeps exact slices and increasing in-bounds offsets", () => {
      fc.assert(
        fc.property(doc, (md) => {
          check(md, extractDraftSentences(md));
        }),
        { numRuns: 1500 },
      );
    });
  });
});
