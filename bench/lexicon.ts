// Measures the WordNet lexicon (src/core/meaning): table size, cold load as bundled by esbuild (in a
// fresh node process, as the language server would load it), and lookups per second, first-time
// (the sample sources' words) and repeated (memoised). Prints JSON.
// Run: npx tsx bench/lexicon.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { isVerb, lemma, phrasalPredicateAt, relatePredicates } from "../src/core/meaning/lexicon";
import { sampleTexts } from "./generate";

const root = join(__dirname, "..");
const jsonPath = join(root, "src/core/meaning/lexicon-data.json");

function perSecond(run: () => void, items: number, ms = 400): number {
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    run();
    rounds++;
  }
  return Math.round((rounds * items * 1000) / (performance.now() - start));
}

async function coldLoad(): Promise<{ bundleBytes: number; requireMs: number; firstLookupMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "lexicon-bench-"));
  try {
    const outfile = join(dir, "lexicon.js");
    await build({ entryPoints: [join(root, "src/core/meaning/lexicon.ts")], bundle: true, platform: "node", format: "cjs", outfile, minify: true, logLevel: "silent" });
    const probe = `const t0=performance.now();const l=require(${JSON.stringify(outfile)});const t1=performance.now();` +
      `l.relatePredicates("bought","sale");const t2=performance.now();console.log(JSON.stringify([t1-t0,t2-t1]))`;
    const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" })) as [number, number]);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      bundleBytes: readFileSync(outfile).length,
      requireMs: +median(runs.map((r) => r[0])).toFixed(1),
      firstLookupMs: +median(runs.map((r) => r[1])).toFixed(1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const text = readFileSync(jsonPath);
  const parseStart = performance.now();
  JSON.parse(text.toString("utf8"));
  const jsonParseMs = +(performance.now() - parseStart).toFixed(1);
  const cold = await coldLoad();

  const words = "Meta took a 49% stake in Scale AI , valuing the startup at $29 billion after investments tripled and Google was winding down its work and cutting ties".split(" ");
  const pairs: [string, string][] = [
    ["buy", "purchase"], ["sale", "buy"], ["invest", "investment"], ["take", "sell"], ["expand", "wind down"],
    ["rise", "fall"], ["hire", "fire"], ["value", "valuation"], ["stay", "leave"], ["acquire", "buy"],
  ];
  // First-time lookups (nothing memoised yet): every distinct word of the sample sources.
  const corpus = sampleTexts().map(([, text]) => text).join(" ");
  const distinct = [...new Set(corpus.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [])];
  relatePredicates("take", "sell"); // tables (and the lazy synset members) built before timing
  const firstStart = performance.now();
  const lemmas = distinct.map((w) => lemma(w));
  const firstLemmaMs = performance.now() - firstStart;
  const verbs = [...new Set(lemmas)].filter((l) => isVerb(l));
  const relateStart = performance.now();
  for (let k = 1; k < verbs.length; k++) relatePredicates(verbs[k - 1], verbs[k]);
  const firstRelateMs = performance.now() - relateStart;
  console.log(JSON.stringify({
    // timings scale with contention: report them with the machine's load
    cores: cpus().length,
    loadAverage1m: +loadavg()[0].toFixed(1),
    jsonBytes: text.length,
    jsonGzipBytes: gzipSync(text).length,
    jsonParseMs,
    bundledLexiconBytes: cold.bundleBytes,
    coldRequireMs: cold.requireMs,
    firstLookupMs: cold.firstLookupMs,
    sampleDistinctWords: distinct.length,
    lemmaFirstTimePerSecond: Math.round((distinct.length * 1000) / firstLemmaMs),
    relatePredicatesFirstTimePerSecond: Math.round(((verbs.length - 1) * 1000) / firstRelateMs),
    lemmaPerSecond: perSecond(() => { for (const w of words) lemma(w); }, words.length),
    relatePredicatesPerSecond: perSecond(() => { for (const [a, b] of pairs) relatePredicates(a, b); }, pairs.length),
    phrasalPredicateAtPerSecond: perSecond(() => { for (let i = 0; i < words.length; i++) phrasalPredicateAt(words, i); }, words.length),
  }, null, 2));
}

void main();
