import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Groundwork } from "../../src/core/engine";
import { loadFolderWithCache } from "../../src/core/cache";
import { footnoteEdits, linkEdits, pandocEdits, applyEdits } from "../../src/core/citations/insert";
import { toBibtex, toCslJson } from "../../src/core/citations/bib";
import { extractSource, loadSourceFolder, pageAt, placeOf } from "../../src/core/sources";
import { layoutPdfText, type TextRun } from "../../src/core/sources/formats/pdf-layout";
import { hoverMarkdown } from "../../src/server/hover";
import { pathToUri, SourcesWorkspace } from "../../src/server/indexing";
import { column, docxOf, encrypt, pdfBytes, pdfOf } from "./pdf-fixtures";

const ROOT = join(__dirname, "../..");
// the built-ins as Node has them, read when mocha loads the test files (before any PDF is read)
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };

async function extracted(bytes: Uint8Array, name = "doc.pdf") {
  const r = await extractSource(name, bytes);
  if ("error" in r) assert.fail(`extraction failed: ${r.error}`);
  return r;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "gw-docs-"));
}

describe("PDF sources", function () {
  this.timeout(60_000);

  it("reads a two-column page column by column, under a title that spans both", async () => {
    const doc = await pdfOf([
      {
        lines: [
          { text: "Quarterly Review of the Data Labeling Market", x: 72, y: 740, size: 16 },
          ...column(72, 690, ["Orion Labs hired forty new", "engineers in March, the", "company said on Tuesday."]),
          ...column(320, 690, ["Vela Robotics closed its", "Berlin office after sales", "fell for a third year."]),
        ],
      },
    ]);
    const { text } = await extracted(await pdfBytes(doc));
    const paras = text.trim().split("\n\n");
    assert.deepEqual(paras, [
      "Quarterly Review of the Data Labeling Market",
      "Orion Labs hired forty new engineers in March, the company said on Tuesday.",
      "Vela Robotics closed its Berlin office after sales fell for a third year.",
    ]);
  });

  it("joins a word hyphenated at a line end, and keeps a hyphen the text writes elsewhere", async () => {
    const doc = await pdfOf([
      {
        lines: column(72, 700, [
          "The startup said the acquisition was signif-",
          "icant for its data-labeling business, and data-",
          "labeling revenue tripled in the year.",
        ]),
      },
    ]);
    const { text } = await extracted(await pdfBytes(doc));
    assert.equal(text.trim(), "The startup said the acquisition was significant for its data-labeling business, and data-labeling revenue tripled in the year.");
  });

  it("drops a running header and page numbers repeated on most pages, and gives each page's start", async () => {
    const body = [
      ["Meta agreed to invest $14.3 billion in Scale AI in June."],
      ["Google planned to pay Scale about $200 million this year."],
      ["Scale generated $870 million in revenue in 2024."],
    ];
    const doc = await pdfOf(
      body.map((lines, i) => ({
        lines: [{ text: "Annual Report 2025 · Scale AI", x: 72, y: 750, size: 8 }, ...column(72, 700, lines), { text: `Page ${i + 1} of 3`, x: 280, y: 40, size: 8 }],
      })),
      { title: "Scale AI annual report", author: "Jane Roe", date: "2025-06-12" },
    );
    const r = await extracted(await pdfBytes(doc));
    assert.ok(!/Annual Report|Page \d/.test(r.text), r.text);
    assert.deepEqual(r.text.trim().split("\n\n"), body.map((b) => b[0]));
    assert.equal(r.pages?.length, 3);
    body.forEach((b, i) => assert.equal(pageAt({ pages: r.pages }, r.text.indexOf(b[0])), i + 1));
    assert.deepEqual(r.meta, { title: "Scale AI annual report", author: "Jane Roe", date: "2025-06-12" });
  });

  it("keeps a sentence that runs over a page break whole, on the page it starts on", async () => {
    const doc = await pdfOf([
      { lines: column(72, 700, ["Wang founded the company in 2016.", "The deal, announced on June 12, gave Meta a"]) },
      { lines: column(72, 700, ["49% stake in the startup. Wang will join Meta."]) },
    ]);
    const r = await extracted(await pdfBytes(doc));
    // (a short line ending a sentence ends its paragraph)
    assert.equal(r.text.trim(), "Wang founded the company in 2016.\n\nThe deal, announced on June 12, gave Meta a 49% stake in the startup. Wang will join Meta.");
    assert.equal(pageAt({ pages: r.pages }, r.text.indexOf("The deal")), 1);
    assert.equal(pageAt({ pages: r.pages }, r.text.indexOf("Wang will join")), 2);
  });

  it("skips an encrypted PDF, a scanned one (no text layer) and a broken one, with the reason", async () => {
    const locked = await pdfOf([{ lines: column(72, 700, ["Secret figures: $14.3 billion."]) }]);
    encrypt(locked, "secret");
    const scanned = await pdfOf([{ lines: [], image: true }]);
    const dir = tempDir();
    try {
      writeFileSync(join(dir, "locked.pdf"), await pdfBytes(locked));
      writeFileSync(join(dir, "scanned.pdf"), await pdfBytes(scanned));
      writeFileSync(join(dir, "broken.pdf"), "%PDF-1.7\nthis is not a PDF body\n");
      writeFileSync(join(dir, "truncated.pdf"), (await pdfBytes(await pdfOf([{ lines: column(72, 700, ["Some text here."]) }]))).subarray(0, 300));
      writeFileSync(join(dir, "notes.txt"), "Scale AI was founded in 2016.\n");
      const { units, skipped } = await loadSourceFolder(dir);
      assert.deepEqual(units.map((u) => u.file), ["notes.txt"]);
      const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
      assert.equal(reasons["locked.pdf"], "encrypted PDF (needs a password)");
      assert.equal(reasons["scanned.pdf"], "no text layer: scanned?");
      assert.match(reasons["broken.pdf"], /^broken PDF/);
      assert.match(reasons["truncated.pdf"], /^broken PDF|^no text layer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("numbers pages past an image-only page as the PDF does", async () => {
    const doc = await pdfOf([
      { lines: column(72, 700, ["Scale AI was founded in 2016."]) },
      { lines: [], image: true },
      { lines: column(72, 700, ["Meta took a 49% stake in Scale AI."]) },
    ]);
    const r = await extracted(await pdfBytes(doc));
    assert.equal(pageAt({ pages: r.pages }, r.text.indexOf("Meta took")), 3);
  });

  it("cites a PDF passage by its page: engine citations, footnotes, pandoc keys, links and hovers", async () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    try {
      const doc = await pdfOf(
        [
          { lines: column(72, 700, ["Scale AI was founded in 2016 by Alexandr Wang."]) },
          { lines: column(72, 700, ["Google had planned to pay Scale about $200 million this year."]) },
        ],
        { title: "The Scale AI report" },
      );
      writeFileSync(join(dir, "report.pdf"), await pdfBytes(doc));
      const { engine, skipped } = await Groundwork.fromFolder(dir);
      assert.deepEqual(skipped, []);
      const [claim] = engine.checkMarkdown("Google had planned to pay Scale about $300 million this year.\n");
      assert.equal(claim.verdict, "contradicted");
      const evidence = claim.findings[0].evidence?.[0];
      assert.equal(evidence?.page, 2);
      assert.equal(claim.citations[0].page, 2);
      assert.equal(claim.citations[0].title, "The Scale AI report");

      // the persistent cache keeps the pages
      await loadFolderWithCache(dir, cacheDir);
      const again = await loadFolderWithCache(dir, cacheDir);
      assert.equal(again.cache.status, "hit");
      assert.equal(again.engine.checkMarkdown("Scale AI was founded in 2016.\n")[0].citations[0].page, 1);

      const draft = "Google planned to pay Scale $200 million.\n";
      const cite = { key: "report", title: "The Scale AI report", file: "sources/report.pdf", line: 2, page: 2 };
      assert.equal(applyEdits(draft, footnoteEdits(draft, draft.length - 1, cite)), "Google planned to pay Scale $200 million.[^report-p2]\n\n[^report-p2]: The Scale AI report, p. 2.\n");
      assert.equal(applyEdits(draft, pandocEdits(draft, draft.length - 1, cite)), "Google planned to pay Scale $200 million [@report, p. 2].\n");
      assert.equal(applyEdits(draft, linkEdits(draft, draft.length - 1, cite)), "Google planned to pay Scale $200 million ([The Scale AI report](sources/report.pdf#page=2)).\n");
      const hover = hoverMarkdown(claim, { sourceUri: (f) => `file:///src/${f}` });
      assert.match(hover, /\[The Scale AI report, p\. 2\]\(file:\/\/\/src\/report\.pdf#page=2\)/);

      // the bibliography gives the report's number of pages
      const unit = engine.units[0];
      assert.equal(unit.pages?.length, 2);
      const entry = { key: unit.id, title: unit.title, file: unit.file, pages: unit.pages!.length };
      assert.equal(toCslJson([entry])[0]["number-of-pages"], "2");
      assert.match(toBibtex([entry]), /pagetotal = \{2\}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("leaves Node's built-ins as they were after loading pdfjs (its polyfills replace some on older V8)", async () => {
    await extracted(await pdfBytes(await pdfOf([{ lines: column(72, 700, ["Scale AI was founded in 2016."]) }])));
    assert.equal(Array.prototype.push, NATIVE.push);
    assert.equal(JSON.parse, NATIVE.parse);
    assert.equal(Function.prototype.toString, NATIVE.toString);
  });

  it("lays out runs from a page with three columns in reading order", () => {
    const runs: TextRun[] = [];
    const cols = [
      ["Alpha one starts", "and alpha ends."],
      ["Bravo two starts", "and bravo ends."],
      ["Charlie three", "and charlie ends."],
    ];
    cols.forEach((lines, c) => lines.forEach((str, i) => runs.push({ str, x: 72 + c * 170, y: 700 - i * 14, width: 120, size: 11 })));
    // a third line per column, so every column has enough lines to be seen as one
    cols.forEach((_, c) => runs.push({ str: `Column ${c + 1} note.`, x: 72 + c * 170, y: 672, width: 90, size: 11 }));
    const { text } = layoutPdfText([runs]);
    const order = ["Alpha", "Bravo", "Charlie"].map((w) => text.indexOf(w));
    assert.ok(order[0] < order[1] && order[1] < order[2], text);
    assert.ok(text.indexOf("Column 1 note.") < text.indexOf("Bravo"), text);
  });
});

describe("PDF sources in the language server", function () {
  this.timeout(60_000);

  it("indexes a PDF that appears in a watched sources folder, and reports one that cannot be read", async () => {
    const dir = tempDir();
    try {
      mkdirSync(join(dir, "project", "sources"), { recursive: true });
      writeFileSync(join(dir, "project", "sources", "a.txt"), "Notes\n\nScale AI was founded in 2016.\n");
      writeFileSync(join(dir, "project", "draft.md"), "Meta invested $14.3 billion in Scale AI.\n");
      const ws = new SourcesWorkspace([dir]);
      await ws.indexAll();
      const set = ws.setForDraft(join(dir, "project", "draft.md"))!;
      const pdf = join(dir, "project", "sources", "report.pdf");
      writeFileSync(pdf, await pdfBytes(await pdfOf([{ lines: column(72, 700, ["Scale AI was founded in 2016."]) }, { lines: column(72, 700, ["Meta invested $14.3 billion in Scale AI."]) }])));
      assert.ok(await ws.applyChange(pdf, "created"));
      const results = ws.results(pathToUri(join(dir, "project", "draft.md")), 1, "Meta invested $14.3 billion in Scale AI.\n");
      assert.equal(results[0].verdict, "supported");
      assert.deepEqual([results[0].citations[0].source, results[0].citations[0].page], ["report.pdf", 2]);

      writeFileSync(pdf, "%PDF-1.7 broken");
      await ws.applyChange(pdf, "changed");
      assert.deepEqual(set.skipped, [{ path: "report.pdf", reason: "broken PDF (not a valid PDF file)" }]);
      assert.deepEqual([...new Set(set.engine.units.map((u) => u.file))], ["a.txt"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Word sources", function () {
  this.timeout(60_000);
  const INTERVIEW = {
    title: "Interview with the CFO",
    author: "Sam Reporter",
    heading: "Transcript",
    paragraphs: ["Scale AI generated $870 million in revenue in 2024.", "The company was founded in 2016."],
    footnote: "Recorded on June 14, 2025.",
  };

  it("cites a Word passage by the section it stands under: citations, CLI places, footnotes and pandoc keys", async () => {
    const bytes = await docxOf({ ...INTERVIEW, more: [{ heading: "Background", paragraphs: ["Google planned to pay Scale AI $200 million this year."] }] });
    const r = await extracted(bytes, "interview.docx");
    assert.deepEqual(
      r.headings?.map((h) => h.text),
      ["Transcript", "Background"],
    );
    const dir = tempDir();
    try {
      writeFileSync(join(dir, "interview.docx"), bytes);
      const { engine } = await Groundwork.fromFolder(dir);
      const [late, early] = engine.checkMarkdown("Google planned to pay Scale AI $300 million this year.\n\nScale AI generated $870 million in revenue in 2024.\n");
      assert.equal(late.verdict, "contradicted");
      const evidence = late.findings[0].evidence?.[0];
      assert.deepEqual(evidence?.heading, { n: 2, text: "Background" });
      assert.equal(placeOf(evidence!), "interview.docx § Background");
      assert.deepEqual(early.citations[0].heading, { n: 1, text: "Transcript" });
      assert.match(hoverMarkdown(late, { sourceUri: (f) => `file:///src/${f}` }), /\[Interview with the CFO, § Background\]\(file:\/\/\/src\/interview\.docx/);
      const cite = { key: "reporter-2025", title: "Interview with the CFO", author: "Sam Reporter", file: "interview.docx", line: 0, heading: evidence!.heading };
      const draft = "Google planned to pay Scale AI $200 million this year.\n";
      assert.equal(applyEdits(draft, footnoteEdits(draft, draft.length - 1, cite)), "Google planned to pay Scale AI $200 million this year.[^reporter-2025-s2]\n\n[^reporter-2025-s2]: Interview with the CFO, Sam Reporter, § Background.\n");
      assert.equal(applyEdits(draft, pandocEdits(draft, draft.length - 1, cite)), "Google planned to pay Scale AI $200 million this year [@reporter-2025, sec. {Background}].\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads paragraphs, headings and footnotes, and title and author from the core properties", async () => {
    const bytes = await docxOf(INTERVIEW);
    const r = await extracted(bytes, "interview.docx");
    assert.equal(r.meta?.title, "Interview with the CFO");
    assert.equal(r.meta?.author, "Sam Reporter");
    assert.match(r.meta?.date ?? "", /^\d{4}-\d{2}-\d{2}$/);
    const paras = r.text.trim().split(/\n+/).map((p) => p.trim());
    assert.deepEqual(paras, ["Transcript", "Scale AI generated $870 million in revenue in 2024.", "The company was founded in 2016.", "Recorded on June 14, 2025."]);

    const dir = tempDir();
    try {
      writeFileSync(join(dir, "interview.docx"), bytes);
      writeFileSync(join(dir, "broken.docx"), "not a zip");
      const { engine, skipped } = await Groundwork.fromFolder(dir);
      assert.deepEqual(skipped, [{ path: "broken.docx", reason: "broken Word file (not a .docx zip)" }]);
      assert.equal(engine.units[0].title, "Interview with the CFO");
      const [claim] = engine.checkMarkdown("Scale AI generated $900 million in revenue in 2024.\n");
      assert.equal(claim.verdict, "contradicted");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("PDF and Word extractors in the bundles", function () {
  this.timeout(120_000);

  it("are bundles of their own, loaded by the CLI from beside it, without node_modules and without noise", async () => {
    spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
    for (const bundle of ["cli.js", "server.js", "server-bundle.js"]) assert.ok(!readFileSync(join(ROOT, "dist", bundle), "utf8").includes("WorkerMessageHandler"), `${bundle} does not contain pdfjs`);
    assert.ok(readFileSync(join(ROOT, "dist/pdf.mjs"), "utf8").includes("WorkerMessageHandler"));
    const dir = tempDir();
    try {
      // the bundles alone, as in the .vsix: no node_modules above them
      for (const f of ["cli.js", "pdf.mjs", "docx.mjs", "lexicon-data.json"]) cpSync(join(ROOT, "dist", f), join(dir, "dist", f));
      cpSync(join(ROOT, "dist/wink-eng-lite-web-model"), join(dir, "dist/wink-eng-lite-web-model"), { recursive: true });
      mkdirSync(join(dir, "sources"));
      const doc = await pdfOf([{ lines: column(72, 700, ["Scale AI was founded in 2016."]) }, { lines: column(72, 700, ["Google planned to pay Scale about $200 million this year."]) }]);
      writeFileSync(join(dir, "sources/report.pdf"), await pdfBytes(doc));
      writeFileSync(join(dir, "draft.md"), "Google planned to pay Scale about $300 million this year.\n");
      const r = spawnSync(process.execPath, [join(dir, "dist/cli.js"), "check", "--fail-on", "never", "--sources", join(dir, "sources"), join(dir, "draft.md")], { cwd: dir, encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, "");
      assert.match(r.stdout, /contradicted “about \$300 million”: sources say about \$200 million \(1 article\)\. \[report\.pdf p\. 2\]/);
      assert.ok(existsSync(join(dir, "dist/pdf.mjs")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
