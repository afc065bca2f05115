// Text that comes from sources and file names: deeply nested HTML is read at bounded cost (and the
// limit reported), the CLI's text output cannot be driven by terminal escapes or forged lines, and
// a citation never carries a source title's Markdown or HTML into the draft.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { footnoteDefinitionText, footnoteEdits, linkEdits, applyEdits } from "../../src/core/citations/insert";
import { limitNesting, MAX_HTML_DEPTH } from "../../src/core/sources/formats/html-depth";
import { parseSource } from "../../src/core/sources";
import { plainTitle, printable } from "../../src/core/text/escape";
import { remove, tempDir, write } from "../fixtures/helpers/tree";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist/cli.js");

describe("hardening: deeply nested HTML", function () {
  this.timeout(60000);
  const FACT = "Scale AI was founded in 2016.";

  it("nesting deeper than the limit is flattened (text kept, offsets exact) and noted on the units", () => {
    const depth = 3000;
    const html = "<div>".repeat(depth) + `<p>${FACT}</p>` + "</div>".repeat(depth) + "<p>After the nest, Meta invested $14.3 billion.</p>";
    const units = parseSource("deep.html", html);
    const sentences = units.flatMap((u) => u.sentences.map((s) => s.text));
    assert.ok(sentences.includes(FACT), JSON.stringify(sentences));
    assert.ok(sentences.some((s) => s.startsWith("After the nest")), "the text after the nest is read as its own paragraph");
    for (const u of units) for (const s of u.sentences) assert.equal(html.slice(s.start, s.end).replace(/<[^>]*>/g, ""), s.text);
    assert.deepEqual(units[0].notes, [`HTML nested deeper than ${MAX_HTML_DEPTH} levels: ${2 * (depth + 1 - MAX_HTML_DEPTH)} tags below that depth ignored (their text is indexed)`]);
  });

  it("ordinary HTML (elements closed by their siblings, void tags, scripts with '<') is left exactly as it is", () => {
    const html = "<ul>" + "<li>item".repeat(2000) + "</ul>" + "<p>para".repeat(2000) + "<table>" + "<tr><td>a<td>b".repeat(1000) + "</table>" + "<div><p>x</div>".repeat(1000) + "<br><br><img src=x><script>for (i=0;i<n;i++) if (a<b) x()</script>" + "<div>".repeat(400) + "deep" + "</div>".repeat(400);
    const r = limitNesting(html);
    assert.equal(r.flattened, 0);
    assert.equal(r.text, html);
    assert.equal(parseSource("ok.html", html)[0].notes, undefined);
  });

  it("a nest hidden in a raw-text element inside <svg> (parsed as tags there) is still bounded", () => {
    const html = "<svg><title>" + "<div>".repeat(2000) + "x</title></svg>";
    assert.ok(limitNesting(html).flattened > 0);
  });

  it("the CLI reports the limit it hit", () => {
    const dir = tempDir("gw-deep-html-");
    try {
      write(dir, "sources/deep.html", "<div>".repeat(1000) + `<p>${FACT}</p>` + "</div>".repeat(1000));
      const draft = write(dir, "draft.md", `${FACT}\n`);
      const r = spawnSync(process.execPath, [CLI, "check", "--sources", join(dir, "sources"), draft], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /^groundwork: note deep\.html: HTML nested deeper than 512 levels: \d+ tags below that depth ignored/m);
      assert.match(r.stdout, /1 supported/);
    } finally {
      remove(dir);
    }
  });
});

describe("hardening: text output and citations", function () {
  this.timeout(60000);

  it("printable escapes control characters, separators and bidi overrides", () => {
    assert.equal(printable("a\nb\r\tc\x1b[31md\u202ee\u2028f\x7f\u0085"), "a\\nb\\r\\tc\\x1b[31md\\u202ee\\u2028f\\x7f\\x85");
    assert.equal(printable("Café – “quoted” 😀"), "Café – “quoted” 😀");
  });

  it("the CLI's text output: no terminal escape, no line started by a file name or source text", () => {
    const dir = tempDir("gw-escape-");
    try {
      write(dir, "sources/a.txt", "Google Report\n\nGoogle planned to pay Scale $200 million this year.\n");
      write(dir, "sources/evil\n\x1b[2Jforged: error fake.bin", "x");
      const draft = write(dir, "d\nforged:1:1 error fake.md", "Google planned to pay Scale $300 million this year.\n");
      const r = spawnSync(process.execPath, [CLI, "check", "--sources", join(dir, "sources"), draft], { encoding: "utf8" });
      assert.equal(r.status, 1, r.stderr);
      for (const [name, out] of [["stdout", r.stdout], ["stderr", r.stderr]]) {
        assert.ok(!out.includes("\x1b"), `${name} holds an escape: ${JSON.stringify(out)}`);
        for (const line of out.split("\n")) assert.ok(!line.startsWith("forged"), `${name}: forged line ${JSON.stringify(line)}`);
      }
      assert.ok(r.stdout.includes("\\nforged:1:1 error fake.md:1:"), r.stdout);
      assert.ok(r.stderr.includes("skipped evil\\n\\x1b[2Jforged: error fake.bin: unsupported type"), r.stderr);
    } finally {
      remove(dir);
    }
  });

  const EVIL_TITLE = "![x](http://tracker.example/p.png) [Click me](command:workbench.action.quit) <img src=x onerror=alert(1)> **Bold** _Report_ `code` <!-- hidden -->";

  it("plainTitle keeps the words of a Markdown or HTML title", () => {
    assert.equal(plainTitle(EVIL_TITLE), "x Click me Bold Report code");
    assert.equal(plainTitle("# Meta's 49% stake in scale_ai"), "Meta's 49% stake in scale_ai");
  });

  it("a footnote or link citation never copies a title's link, image or HTML into the draft", () => {
    const cite = { key: "evil", title: EVIL_TITLE, publisher: "[Pub](http://x.example)\n[^evil]: forged", file: "evil.md", line: 2 };
    const def = footnoteDefinitionText(cite);
    assert.equal(def, "x Click me Bold Report code, Pub \\[^evil\\]: forged.");
    const draft = "Meta invested $14.3 billion.\n";
    for (const edits of [footnoteEdits(draft, 28, cite), linkEdits(draft, 28, cite)]) {
      const out = applyEdits(draft, edits);
      assert.ok(!/!\[|\]\(http|\]\(command:|<img|<!--/.test(out), out);
    }
  });
});
