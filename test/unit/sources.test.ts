import { strict as assert } from "node:assert";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeSourceBytes, loadSourceFolder, parseSource } from "../../src/core/sources";
import { matchesGlob } from "../../src/core/text/glob";
import { LineIndex } from "../../src/core/text/lines";
import type { SourceUnit } from "../../src/core/types";

const SAMPLE = join(__dirname, "../../examples/scale-ai/sources");

function checkRanges(text: string, units: SourceUnit[], exact: boolean): void {
  const li = new LineIndex(text);
  for (const u of units) {
    u.sentences.forEach((s, i) => {
      assert.equal(s.index, i);
      if (exact) assert.equal(text.slice(s.start, s.end), s.text);
      assert.deepEqual(li.rangeOf(s.start, s.end), s.range);
      assert.equal(li.offsetAt(s.range.start), s.start);
      assert.equal(li.offsetAt(s.range.end), s.end);
      assert.ok(s.text.length > 0 && s.text === s.text.trim());
    });
  }
}

describe("sources: parseSource", () => {
  it("gives exact ranges for every sentence of every sample file", () => {
    for (const f of readdirSync(SAMPLE).filter((f) => f.endsWith(".txt")).sort()) {
      const text = readFileSync(join(SAMPLE, f), "utf8");
      const units = parseSource(f, text);
      assert.ok(units.length >= 1);
      checkRanges(text, units, true);
      for (const u of units) assert.match(u.id, /^[a-z0-9_:-]+$/);
    }
  });

  it("splits the sample digest into 14 articles", () => {
    const f = "003_eebf30dae9df01f8.txt";
    const units = parseSource(f, readFileSync(join(SAMPLE, f), "utf8"), "/abs/" + f);
    assert.equal(units.length, 14);
    assert.deepEqual(units.map((u) => u.section), Array.from({ length: 14 }, (_, i) => `[${i + 1}]`));
    assert.equal(units[0].id, "003_eebf30dae9df01f8-1");
    assert.equal(units[7].id, "003_eebf30dae9df01f8-8");
    assert.equal(units[0].title, "OpenAI drops Scale AI as a data provider following Meta deal");
    assert.equal(units[0].publisher, "TechCrunch");
    assert.equal(units[0].absPath, "/abs/" + f);
    assert.equal(units[1].title, "OpenAI Is Phasing Out Scale AI Work Following Startup's Meta Deal");
    assert.equal(units[1].publisher, undefined);
    assert.equal(units[12].publisher, "PYMNTS.com");
    assert.equal(units[13].publisher, "VnExpress International");
    assert.match(units[11].title, /Alphabet \(NASDAQ:GOOGL\)$/); // not a publisher
    assert.equal(units[0].sentences[0].text, "OpenAI drops Scale AI as a data provider following Meta deal | TechCrunch");
    assert.ok(units[0].sentences.some((s) => s.text.startsWith("Sarah Friar, the chief financial officer of OpenAI")));
    assert.ok(!units.some((u) => u.sentences.some((s) => s.text === "14 Sources" || s.text === "[2]")));
    assert.ok(units.every((u) => u.sentences.length > 1));
  });

  it("keeps '$14.3 billion' and headlines intact in the sample", () => {
    const f = "000_832bb31bae35d997.txt";
    const [u] = parseSource(f, readFileSync(join(SAMPLE, f), "utf8"));
    assert.equal(u.id, "000_832bb31bae35d997");
    assert.equal(u.title, "Google Drops Scale AI: Partnership Reportedly Ending");
    assert.equal(u.sentences[0].text, "Google Drops Scale AI: Partnership Reportedly Ending");
    assert.ok(u.sentences[1].text.startsWith("Meta’s (META) $14.3 billion investment for a 49% stake"), u.sentences[1].text);
    assert.ok(u.sentences.some((s) => s.text === "meta"));
  });

  it("falls back to one unit on malformed digests", () => {
    for (const t of ["[1]\nA\nbody.\n[1]\nB\nbody.", "[2]\nA\nx.\n[1]\nB\ny.", "[1]\nA\nx.\n[x]\nB\ny.", "[1]\nTitle\ntext.\n[2]", "[1]\n[2]\n[3]\n", "[1]\n\n[2]\nT"]) {
      const units = parseSource("d.txt", t);
      assert.equal(units.length, 1, t);
      assert.equal(units[0].section, undefined);
      checkRanges(t, units, true);
    }
    const ok = parseSource("d.txt", "Intro line one.\nIntro line two that is long enough to count as text, really.\n[1]\nFirst - Reuters\nBody one.\n[2]\nSecond | AP\nBody two.\n");
    assert.deepEqual(ok.map((u) => [u.id, u.section, u.title, u.publisher]), [
      ["d-intro", undefined, "Intro line one.", undefined],
      ["d-1", "[1]", "First", "Reuters"],
      ["d-2", "[2]", "Second", "AP"],
    ]);
  });

  it("reads Markdown front matter and strips Markdown syntax from sentence text", () => {
    const md = [
      "---",
      "title: Meta Invests in Scale AI",
      "author: [Jane Doe, John Roe]",
      "date: 2025-06-12",
      "url: https://example.com/a",
      "publisher: Reuters",
      "---",
      "# Big **news** today",
      "",
      "Meta paid *$14.3 billion* for a [49% stake](https://x.com/a \"t\") in Scale AI. It was `big`.",
      "",
      "- A list item with __bold__.",
      "",
      "```",
      "code. Not text.",
      "```",
      "> Quoted words here.",
    ].join("\n");
    const [u] = parseSource("notes/Meta Deal.md", md);
    assert.equal(u.id, "meta-deal");
    assert.equal(u.file, "notes/Meta Deal.md");
    assert.equal(u.title, "Meta Invests in Scale AI");
    assert.equal(u.author, "Jane Doe, John Roe");
    assert.equal(u.date, "2025-06-12");
    assert.equal(u.url, "https://example.com/a");
    assert.equal(u.publisher, "Reuters");
    assert.deepEqual(u.sentences.map((s) => s.text), [
      "Big news today",
      "Meta paid $14.3 billion for a 49% stake in Scale AI.",
      "It was big.",
      "A list item with bold.",
      "Quoted words here.",
    ]);
    checkRanges(md, [u], false);
    const s = u.sentences[1];
    assert.equal(md.slice(s.start, s.end), 'Meta paid *$14.3 billion* for a [49% stake](https://x.com/a "t") in Scale AI.');
    assert.equal(md.slice(u.sentences[0].start, u.sentences[0].end), "Big **news** today");
    // Without front matter the first heading is the title.
    assert.equal(parseSource("x.markdown", "Intro\n\n## The Heading ##\nText.")[0].title, "The Heading");
  });

  it("extracts HTML text, title and metadata with ranges into the original file", () => {
    const html = `<!doctype html><html><head><title>Scale AI &amp; Meta</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<style>p { color: red }</style><script>var x = "Not. Text.";</script></head>
<body><nav>Home. About.</nav><h1>Meta buys 49%</h1>
<p>Meta&#39;s deal is worth $14.3&nbsp;billion. Wang   joins
Meta.</p><ul><li>First item</li><li>Second item</li></ul><template>Hidden.</template><p>Caf&eacute; &lt;ok&gt;.</p></body></html>`;
    const [u] = parseSource("page.html", html);
    assert.equal(u.title, "Scale AI & Meta");
    assert.equal(u.author, "Jane Doe");
    assert.equal(u.publisher, "Example News");
    assert.deepEqual(u.sentences.map((s) => s.text), [
      "Meta buys 49%",
      "Meta's deal is worth $14.3 billion.",
      "Wang joins Meta.",
      "First item",
      "Second item",
      "Café <ok>.",
    ]);
    checkRanges(html, [u], false);
    const slice = (i: number): string => html.slice(u.sentences[i].start, u.sentences[i].end);
    assert.equal(slice(1), "Meta&#39;s deal is worth $14.3&nbsp;billion.");
    assert.equal(slice(2), "Wang   joins\nMeta.");
    assert.equal(slice(5), "Caf&eacute; &lt;ok&gt;.");
    assert.equal(parseSource("b.htm", "<body><h1>Only H1</h1><p>x</p></body>")[0].title, "Only H1");
  });

  it("titles plain text by its first non-empty line", () => {
    const [u] = parseSource("a/B C.txt", "\n\n   Hello world   \nMore text.");
    assert.equal(u.title, "Hello world");
    assert.equal(u.id, "b-c");
    assert.equal(parseSource("e.txt", "")[0].sentences.length, 0);
    assert.equal(parseSource("long.txt", "x".repeat(500))[0].title.length, 200);
  });
});

describe("sources: decodeSourceBytes", () => {
  it("strips a UTF-8 BOM, decodes UTF-16 with BOM, refuses binary and invalid UTF-8", () => {
    assert.deepEqual(decodeSourceBytes(Buffer.from("\ufeffHello.", "utf8")), { text: "Hello." });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Héllo.\r\nX", "utf16le")]);
    assert.deepEqual(decodeSourceBytes(le), { text: "Héllo.\r\nX" });
    const beBody = Buffer.from("Hi ✓", "utf16le");
    for (let i = 0; i < beBody.length; i += 2) [beBody[i], beBody[i + 1]] = [beBody[i + 1], beBody[i]];
    assert.deepEqual(decodeSourceBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody])), { text: "Hi ✓" });
    assert.match((decodeSourceBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])) as { error: string }).error, /binary/);
    assert.match((decodeSourceBytes(Buffer.from([0x41, 0xc3, 0x28])) as { error: string }).error, /UTF-8/);
    assert.match((decodeSourceBytes(Buffer.from([1, 2, 3, 4, 5, 65])) as { error: string }).error, /binary/);
  });
});

describe("sources: loadSourceFolder", () => {
  it("loads the sample folder deterministically", async () => {
    const a = await loadSourceFolder(SAMPLE);
    const b = await loadSourceFolder(SAMPLE);
    assert.equal(a.fileCount, 5);
    assert.deepEqual(a.skipped, []);
    assert.equal(a.units.length, 4 + 14);
    assert.deepEqual(a.units.map((u) => u.id), b.units.map((u) => u.id));
    assert.equal(new Set(a.units.map((u) => u.id)).size, a.units.length);
    assert.ok(a.units[0].absPath.endsWith("000_832bb31bae35d997.txt"));
  });

  it("skips binary, unsupported and undecodable files, handles BOM/UTF-16/CRLF, and survives symlink loops", async () => {
    const root = mkdtempSync(join(tmpdir(), "gw-sources-"));
    mkdirSync(join(root, "sub"));
    mkdirSync(join(root, ".hidden"));
    mkdirSync(join(root, "node_modules"));
    writeFileSync(join(root, ".hidden", "h.txt"), "hidden");
    writeFileSync(join(root, "node_modules", "n.txt"), "nm");
    writeFileSync(join(root, "a.txt"), "\ufeffFirst line\r\nMeta paid $14.3 billion.\rIt closed.");
    writeFileSync(join(root, "b.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("UTF16 Title\nBody text.", "utf16le")]));
    writeFileSync(join(root, "img.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(root, "bin.txt"), Buffer.from([0x48, 0x00, 0x49, 0x00, 0xff]));
    writeFileSync(join(root, "bad.txt"), Buffer.from([0x48, 0x49, 0xc3, 0x28]));
    writeFileSync(join(root, "sub", "A.txt"), "Dup id.");
    writeFileSync(join(root, "sub", "c.md"), "---\ntitle: T\n---\nText.");
    symlinkSync(root, join(root, "sub", "loop"));
    symlinkSync(join(root, "missing.txt"), join(root, "sub", "broken.txt"));
    const res = await loadSourceFolder(root);
    const skipped = Object.fromEntries(res.skipped.map((s) => [s.path, s.reason]));
    assert.equal(skipped["img.png"], "unsupported type");
    assert.match(skipped["bin.txt"], /binary/);
    assert.match(skipped["bad.txt"], /UTF-8/);
    assert.match(skipped["sub/broken.txt"], /unreadable/);
    assert.deepEqual(res.units.map((u) => u.file), ["a.txt", "b.txt", "sub/A.txt", "sub/c.md"]);
    assert.deepEqual(res.units.map((u) => u.id), ["a", "b", "a-2", "c"]);
    assert.equal(res.fileCount, 8);
    const a = res.units[0];
    const aText = readFileSync(join(root, "a.txt"), "utf8").slice(1);
    assert.deepEqual(a.sentences.map((s) => s.text), ["First line", "Meta paid $14.3 billion.", "It closed."]);
    checkRanges(aText, [a], true);
    assert.deepEqual(a.sentences[2].range.start, { line: 2, character: 0 });
    assert.equal(res.units[1].title, "UTF16 Title");
    assert.equal(res.units[3].title, "T");

    const only = await loadSourceFolder(root, { include: ["**/*.md"], exclude: ["sub/loop"] });
    assert.deepEqual(only.units.map((u) => u.file), ["sub/c.md"]);
    const ex = await loadSourceFolder(root, { exclude: ["sub", "*.png"] });
    assert.ok(!ex.units.some((u) => u.file.startsWith("sub/")));
    assert.ok(!ex.skipped.some((s) => s.path === "img.png"));
    const missing = await loadSourceFolder(join(root, "nope"));
    assert.equal(missing.units.length, 0);
    assert.equal(missing.skipped.length, 1);
  });

  it("matches globs", () => {
    assert.ok(matchesGlob("a/b/c.md", "**/*.md"));
    assert.ok(matchesGlob("c.md", "**/*.md"));
    assert.ok(matchesGlob("deep/c.md", "*.md"));
    assert.ok(!matchesGlob("sub/x/c.md", "sub/*.md"));
    assert.ok(matchesGlob("sub/x/c.md", "sub"));
    assert.ok(!matchesGlob("a/.txt", "a?.txt"));
  });
});
