// The persistent analyses cache: the tagger's tokens and the facts of each sentence analysed, saved
// in the cache folder and used by the next process instead of analysing again; a file of another
// analysis (format, tagger, lexicon, code), a corrupt one or a missing one is a miss; the number of
// sentences kept is bounded.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ANALYSES_FORMAT, analysesFile, analysesFingerprint, loadAnalyses, saveAnalyses } from "../../src/core/cache/analyses";
import { findNames } from "../../src/core/entities/names";
import { predicatesOf, type Predicate } from "../../src/core/meaning/facts";
import { clearSavedAnalyses, MAX_SAVED_ANALYSES, savedAnalysesSize, savedFacts, savedFrame, savedSentencePart, savedTokens, saveFacts, saveTokens } from "../../src/core/meaning/saved";
import { figureFrame } from "../../src/core/meaning/measures";
import { Groundwork } from "../../src/core/engine";
import { loadFolderWithCache } from "../../src/core/cache";
import { loadResults, saveResults } from "../../src/core/cache/results";
import type { Corpus } from "../../src/core/index/corpus";
import { tagSentence, TAGGER_VERSION, type TaggedToken } from "../../src/core/meaning/tagger";
import { TWO_SOURCE_DRAFT, twoSourceProject } from "./fixtures";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist/cli.js");

// (sentences no other test analyses: a memo hit from another test file would save nothing)
const SENTENCES = [
  "Meta's $14.3 billion investment values Scale AI at $29 billion, the round-trip test says.",
  "OpenAI is winding down its work with Scale AI, cutting ties after the Meta deal, the round-trip test says.",
  "Google had not planned to pay Scale AI $200 million in 2024, the round-trip test says.",
  "Silver Arrow, ridden by Tom Reyes and Ana Ortiz, won, the round-trip test says.",
];

/** Tokens as a never-used sentence would get them from no tagger: proof that saved ones were read. */
function forgedTokens(text: string): TaggedToken[] {
  return [{ text: text.slice(0, 5), start: 0, end: 5, pos: "INTJ", lemma: "forged", negated: true }];
}

describe("cache: persistent sentence analyses", function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "gw-analyses-"));
    clearSavedAnalyses();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    clearSavedAnalyses();
  });

  it("round trip: tokens and facts saved by one process are those the next one reads, names bound to its own mentions", async () => {
    const analysed = SENTENCES.map((text) => {
      const names = findNames(text);
      return { text, tokens: tagSentence(text), names, facts: predicatesOf(text, names) };
    });
    assert.ok(await saveAnalyses(dir));
    assert.equal(await saveAnalyses(dir), false, "nothing new: nothing written");
    clearSavedAnalyses();
    assert.equal(savedTokens(SENTENCES[0]), undefined);
    assert.ok((await loadAnalyses(dir)) >= SENTENCES.length * 2);
    for (const { text, tokens, names, facts } of analysed) {
      assert.deepEqual(savedTokens(text), tokens);
      assert.ok(Object.isFrozen(savedTokens(text)));
      // the same names found again (other objects, as in another process): facts point at them
      const again = findNames(text);
      const loaded = savedFacts(text, again)!;
      assert.deepEqual(loaded, facts);
      assert.ok(facts.some((f) => f.agent || f.patients.length), "the sentences have facts with participants");
      for (const f of loaded) for (const n of [f.agent, ...f.patients, ...(f.coAgents ?? [])]) if (n) assert.ok(again.includes(n));
      // other names' offsets: another key
      assert.equal(savedFacts(text, names.slice(1)), undefined);
    }
  });

  it("the tagger and the fact extraction answer from loaded analyses instead of analysing again", async () => {
    const text = "Zorblax Holdings bought a stake in Quintrell Labs on a Tuesday.";
    const other = "Vantorra said nothing at all about Quintrell Labs on Monday.";
    const names = findNames(other);
    saveTokens(text, forgedTokens(text));
    const fact: Predicate = { lemma: "forge", start: 0, end: 8, negated: true, hedged: false, agent: names[0], patients: [], speech: false, passive: false };
    saveFacts(other, names, [fact]);
    assert.ok(await saveAnalyses(dir));
    clearSavedAnalyses();
    await loadAnalyses(dir);
    assert.deepEqual(tagSentence(text), forgedTokens(text));
    assert.deepEqual(predicatesOf(other, names), [fact]);
  });

  it("source sentences' names, figures and role facts come back from the cache, role facts pointing at the sentence's own names", async () => {
    const text = "Alexandr Wang, the chief executive of Scale AI, said the company raised $1 billion in 2024, the round-trip test says.";
    const sentenceOf = () => {
      const engine = new Groundwork("/nowhere");
      engine.setSource("a.txt", "Report\n\n" + text + "\n");
      const corpus = (engine as unknown as { corpus: Corpus }).corpus;
      for (let doc = 0; ; doc++) {
        const info = corpus.sentence(doc);
        if (!info) throw new Error("sentence not found");
        if (info.text === text) return info;
      }
    };
    const first = sentenceOf();
    const expected = { names: first.names, quantities: first.quantities, roles: first.roles };
    assert.ok(expected.roles.length && expected.quantities.length);
    assert.ok(await saveAnalyses(dir));
    clearSavedAnalyses();
    assert.ok((await loadAnalyses(dir)) > 0);
    const again = sentenceOf();
    assert.deepEqual({ names: again.names, quantities: again.quantities, roles: again.roles }, expected);
    for (const r of again.roles) assert.ok(again.names.includes(r.person), "a role's person is one of the sentence's name objects");
    // read from the cache, not worked out again: a forged entry is what the sentence gives
    clearSavedAnalyses();
    const forged = [{ ...expected.quantities[0], value: 7, low: 7, high: 7 }];
    savedSentencePart(text, "quantities", () => forged);
    assert.ok(await saveAnalyses(dir));
    clearSavedAnalyses();
    await loadAnalyses(dir);
    assert.deepEqual(sentenceOf().quantities, forged);
  });

  it("figure frames come back from the cache: what figureFrame answers", async () => {
    const text = "Quintrell Labs raised $5 million from Zorblax in a round, the frame test says.";
    const start = text.indexOf("$5");
    const end = start + "$5 million".length;
    const figures = [{ start, end }];
    assert.deepEqual(figureFrame(text, "money", start, end, figures), { measure: "payment", before: false }, "a round is a payment");
    clearSavedAnalyses();
    const forged = { measure: "profit", before: true };
    savedFrame(text, "money", start, end, figures, () => forged);
    assert.ok(await saveAnalyses(dir));
    clearSavedAnalyses();
    await loadAnalyses(dir);
    assert.deepEqual(figureFrame(text, "money", start, end, figures), forged);
    assert.deepEqual(figureFrame(text, "count", start, end, figures).measure, undefined, "another kind: another key");
  });

  it("the results cache (the language server's way in) loads and saves the analyses of its cache folder too, each file read once", async () => {
    const { dir: project, sources } = twoSourceProject("gw-analyses-results-");
    try {
      const cacheDir = join(project, "cache");
      const first = await loadFolderWithCache(sources, cacheDir);
      await loadResults(first.engine, first);
      first.engine.checkMarkdown(TWO_SOURCE_DRAFT);
      assert.ok(await saveResults(first.engine, first));
      assert.ok(existsSync(analysesFile(cacheDir)), "analyses saved with the results");
      clearSavedAnalyses();
      const second = await loadFolderWithCache(sources, cacheDir);
      await loadResults(second.engine, second);
      assert.ok(savedAnalysesSize().tokens > 0 && savedAnalysesSize().sentences > 0, "analyses loaded with the results");
      assert.equal(await loadAnalyses(cacheDir), 0, "the same file is not read again");
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it("a file of another analysis (fingerprint or format) is not used", async () => {
    saveTokens(SENTENCES[0], forgedTokens(SENTENCES[0]));
    assert.ok(await saveAnalyses(dir, "fingerprint of another tagger"));
    clearSavedAnalyses();
    assert.equal(await loadAnalyses(dir), 0);
    assert.equal(savedTokens(SENTENCES[0]), undefined);
    assert.equal(await loadAnalyses(dir, "fingerprint of another tagger"), 1);
    // another format byte
    const bytes = readFileSync(analysesFile(dir));
    bytes[7] = ANALYSES_FORMAT + 1;
    writeFileSync(analysesFile(dir), bytes);
    clearSavedAnalyses();
    assert.equal(await loadAnalyses(dir, "fingerprint of another tagger"), 0);
  });

  it("the fingerprint names the installed tagger packages (a new version invalidates saved tokens)", () => {
    for (const pkg of ["wink-nlp", "wink-eng-lite-web-model"]) {
      const { version } = JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string };
      assert.ok(TAGGER_VERSION.includes(`${pkg} ${version}`), `TAGGER_VERSION names ${pkg} ${version}`);
    }
    assert.match(analysesFingerprint(), /^[0-9a-f]{40}$/);
  });

  it("a corrupt, truncated, foreign or missing file is a miss, never an error", async () => {
    assert.equal(await loadAnalyses(dir), 0, "missing");
    saveTokens(SENTENCES[0], forgedTokens(SENTENCES[0]));
    assert.ok(await saveAnalyses(dir));
    const good = readFileSync(analysesFile(dir));
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] ^= 0xff;
    for (const bytes of [flipped, good.subarray(0, good.length - 10), Buffer.from("GWANLYS\u0001garbage"), Buffer.from("not a cache"), Buffer.alloc(0)]) {
      writeFileSync(analysesFile(dir), bytes);
      clearSavedAnalyses();
      assert.equal(await loadAnalyses(dir), 0);
      assert.equal(savedTokens(SENTENCES[0]), undefined);
    }
  });

  it(`keeps at most ${MAX_SAVED_ANALYSES} sentences of each kind, the most recently used`, async () => {
    const token = (i: number): TaggedToken[] => [{ text: "w", start: 0, end: 1, pos: "X", lemma: `l${i}`, negated: false }];
    for (let i = 0; i < MAX_SAVED_ANALYSES + 50; i++) saveTokens(`w ${i}`, token(i));
    assert.equal(savedAnalysesSize().tokens, MAX_SAVED_ANALYSES);
    assert.equal(savedTokens("w 10"), undefined, "the oldest are dropped");
    assert.ok(savedTokens("w 50"), "used again: now the most recent");
    saveTokens("w new", token(-1));
    await saveAnalyses(dir);
    clearSavedAnalyses();
    assert.equal(await loadAnalyses(dir), MAX_SAVED_ANALYSES);
    assert.ok(savedTokens("w 50"));
    assert.ok(savedTokens("w new"));
    assert.equal(savedTokens("w 51"), undefined, "the least recently used made room");
  });

  it("the CLI with --cache-dir saves analyses and prints exactly what it prints without them", () => {
    if (!existsSync(CLI)) spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
    const { dir: project, sources } = twoSourceProject("gw-analyses-cli-");
    try {
      const draftPath = join(project, "project", "draft.md");
      writeFileSync(draftPath, TWO_SOURCE_DRAFT);
      const cacheDir = join(project, "cache");
      const run = (cache: boolean) => spawnSync(process.execPath, [CLI, "check", "--sources", sources, ...(cache ? ["--cache-dir", cacheDir] : []), "--format", "json", draftPath], { encoding: "utf8" });
      const plain = run(false);
      assert.equal(run(true).stdout, plain.stdout);
      assert.ok(existsSync(analysesFile(cacheDir)), "analyses saved in the cache folder");
      // the next run: results saved by the first are dropped, so the analyses answer
      for (const f of ["results-"]) spawnSync("sh", ["-c", `rm -f ${JSON.stringify(cacheDir)}/${f}*`]);
      assert.equal(run(true).stdout, plain.stdout);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
