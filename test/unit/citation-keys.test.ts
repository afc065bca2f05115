// Publishable citations (issue 13): readable keys, footnote definitions and bibliographies
// without local paths, digest articles as their own entries, one count everywhere, and Insert
// Citation's ranked passages.
import { strict as assert } from "node:assert";
import { resolve } from "node:path";
import { citationKeys, titleSlug } from "../../src/core/citations/keys";
import { footnoteDefinitionText } from "../../src/core/citations/insert";
import { Groundwork } from "../../src/core/engine";
import { parseSource } from "../../src/core/sources";
import { sourceCountLabel } from "../../src/core/sources/count";
import type { SourceUnit } from "../../src/core/types";
import { exportBibliography } from "../../src/server/bibliography";
import { main } from "../../src/cli";
import { rankedPassages, unitPassages } from "../../src/server/entities";
import { SourcesWorkspace } from "../../src/server/indexing";

const SAMPLE = resolve(__dirname, "../../examples/scale-ai/sources");

function unit(file: string, title: string, extra: Partial<SourceUnit> = {}): SourceUnit {
  return { id: file.replace(/\W/g, "_"), file, absPath: "", title, sentences: [], ...extra };
}

async function cliOutput(argv: string[]): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let out = "";
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await main(argv);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe("citation keys", function () {
  this.timeout(60000);
  let engine: Groundwork;
  before(async () => {
    engine = (await Groundwork.fromFolder(SAMPLE)).engine;
  });

  it("come from the title (a short slug) or the author and year, never the file's hash name", () => {
    assert.equal(titleSlug("Google Drops Scale AI: Partnership Reportedly Ending"), "google-drops-scale-ai");
    const keys = citationKeys([
      unit("000_832bb31bae35d997.txt", "Google Drops Scale AI: Partnership Reportedly Ending"),
      unit("a.md", "Anything", { author: "Jane Doe", date: "2024-05-21" }),
      unit("b.md", "Something else", { author: "Doe, John", date: "May 3, 2024" }),
      unit("c.md", "Another", { author: "Reuters Staff", date: "2023" }),
    ]);
    assert.deepEqual([...keys.values()], ["google-drops-scale-ai", "doe-2024a", "doe-2024b", "reuters-staff-2023"]);
  });

  it("are unique and stable: the same sources give the same keys in any order", () => {
    const units = engine.units;
    const keys = [...units].map((u) => engine.citationKey(u));
    assert.equal(new Set(keys).size, units.length, keys.join(", "));
    for (const k of keys) assert.match(k, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!keys.some((k) => /[0-9a-f]{8,}/.test(k)), keys.join(", "));
    assert.ok(keys.includes("google-drops-scale-ai"), keys.join(", "));
    const reversed = citationKeys([...units].reverse());
    for (const u of units) assert.equal(reversed.get(u), engine.citationKey(u));
  });

  it("find their unit again (a draft's [^key] resolves to the source)", () => {
    const u = engine.units[0]!;
    assert.equal(engine.unit(engine.citationKey(u)), u);
    assert.equal(engine.unit(u.id), u, "old file-name keys still resolve");
  });

  it("footnote definitions give title, author, publisher, date and URL, and no path or line", () => {
    const text = footnoteDefinitionText({ key: "doe-2024", title: "Scale AI raises $1bn", author: "Jane Doe", publisher: "Reuters", date: "2024-05-21", url: "https://example.com/a b", file: "../sources/x.txt", line: 11 });
    assert.equal(text, "Scale AI raises $1bn, Jane Doe, Reuters, 2024-05-21, <https://example.com/a%20b>.");
    const bare = footnoteDefinitionText({ key: "k", title: "Untitled report", file: "../sources/003_eebf30dae9df01f8.txt", line: 3 });
    assert.equal(bare, "Untitled report.");
  });

  it("groundwork bib writes @online entries with readable keys, digest articles as their own entries, and no local paths", async () => {
    const bib = await cliOutput(["bib", "--format", "bibtex", "--sources", SAMPLE]);
    const entries = bib.match(/^@online\{[^,]+,/gm) ?? [];
    assert.equal(entries.length, 18, bib.slice(0, 400));
    assert.ok(bib.includes("@online{google-drops-scale-ai,"), bib.slice(0, 400));
    assert.ok(!/\.txt|sources\/|howpublished|@article/.test(bib), "no file names or paths");
    // article [1] of the digest: its own title and publisher
    assert.match(bib, /title = \{\{OpenAI drops Scale AI as a data provider following Meta deal\}\},\n {2}organization = \{TechCrunch\}/);
    const csl = JSON.parse(await cliOutput(["bib", "--format", "csl", "--sources", SAMPLE])) as { id: string; type: string; note?: string }[];
    assert.equal(csl.length, 18);
    assert.ok(csl.every((c) => c.type === "webpage" && c.note === undefined && !/\d{3}_[0-9a-f]/.test(c.id)));
  });

  it("counts sources one way everywhere: files and articles", async () => {
    const r = exportBibliography(engine.units, "csl-json", (u) => engine.citationKey(u));
    assert.deepEqual([r.count, r.files], [18, 5]);
    assert.equal(sourceCountLabel(r.files, r.count), "5 files, 18 articles");
    const check = await cliOutput(["check", "--fail-on", "never", "--sources", SAMPLE, resolve(SAMPLE, "../draft.md")]);
    assert.match(check, /claims checked against 5 files, 18 articles:/);
    assert.match(check, /sources say \$200 million \(\d+ articles\)/);
  });

  it("a digest article's key comes from its own title", () => {
    const units = parseSource("digest.txt", "2 Sources\n[1]\nOpenAI drops Scale AI as a data provider | TechCrunch\nText one here.\n[2]\nMeta buys a stake | Reuters\nText two here.\n");
    assert.deepEqual([...citationKeys(units).values()], ["openai-drops-scale-ai", "meta-buys-stake"]);
  });
});

describe("Insert Citation: passages ranked by relevance", function () {
  this.timeout(60000);
  let engine: Groundwork;
  before(async () => {
    engine = (await Groundwork.fromFolder(SAMPLE)).engine;
  });

  it("lists the passages that speak to the sentence, best first, and stops where relevance falls off", () => {
    const passages = engine.relevantPassages("Google had planned to pay Scale about $300 million this year for human-labeled training data.");
    assert.ok(passages.length >= 3 && passages.length <= 10, String(passages.length));
    for (let i = 1; i < passages.length; i++) assert.ok(passages[i]!.score <= passages[i - 1]!.score);
    assert.ok(passages[passages.length - 1]!.score >= passages[0]!.score / 2);
    assert.ok(passages.slice(0, 3).every((p) => /200 million/.test(p.sentence.text)), passages.map((p) => p.sentence.text).join("\n"));
    // no headings or navigation lines, no whole-source dump
    assert.ok(passages.every((p) => p.sentence.text.split(/\s+/).length >= 5));
    assert.ok(!passages.some((p) => /Table of Contents|^meta$/i.test(p.sentence.text.trim())));
  });

  it("lists nothing for a sentence no source speaks to", () => {
    assert.deepEqual(engine.relevantPassages("Penguins migrate across the frozen tundra every winter."), []);
  });
});

describe("Insert Citation: the server's passage list", function () {
  this.timeout(60000);
  it("lists the claim's passages and the relevant ones, titled, never every sentence of a source", async () => {
    const ws = new SourcesWorkspace([]);
    const set = ws.addEngine((await Groundwork.fromFolder(SAMPLE)).engine);
    const claim = set.engine.checkMarkdown("Google had planned to pay Scale about $300 million this year for human-labeled training data.\n")[0]!;
    const passages = rankedPassages(set, claim.citations, claim.text, (_s, f) => `file:///sources/${f}`);
    const total = set.engine.units.reduce((n, u) => n + u.sentences.length, 0);
    assert.ok(passages.length > 0 && passages.length <= claim.citations.length + 10, `${passages.length} of ${total} sentences`);
    assert.ok(passages.every((p) => p.title && !/^\d{3}_[0-9a-f]+/.test(p.title)));
    assert.ok(!passages.some((p) => /^(Table of Contents|meta)$/i.test(p.text.trim())));
    // without a sentence: one passage per article, to pick a source by its title
    assert.equal(unitPassages(set, (_s, f) => f, 1000).length, 18);
  });
});
