// Benchmark of the part-of-speech taggers considered for the meaning layer. Prints JSON:
//   - throughput (MB/s) on the sentences of examples/scale-ai/sources, tagged one sentence at a
//     time as the meaning layer will (claims and ~40 candidate sentences, never whole corpora);
//   - model load time in a fresh Node process, from a minified esbuild bundle;
//   - bundle size: the tagger alone, and what it adds to dist/server.js (minified, and gzipped as
//     an estimate of what it adds to the .vsix);
//   - accuracy at finding the main verb of the 66 eval claims (test/fixtures/tagger/main-verbs.json).
//
// The expected main verb is the claim's content predicate, as a lemma: a reporting verb ("said",
// "wrote", "it was reported that") or a catenative verb ("plans to", "agreed to") gives way to
// the verb it introduces; a copular sentence's verb is "be". One heuristic (mainVerb below) reads
// every tagger's output, so the figures compare the taggers, not the heuristic.
//
// Usage: npx tsx bench/tagger.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { splitSentences } from "../src/core/text/sentences";
import { loadTagger, tagSentence } from "../src/core/meaning/tagger";

const ROOT = resolve(__dirname, "..");
const SOURCES = join(ROOT, "examples/scale-ai/sources");

interface Tok {
  text: string;
  pos: string;
  lemma: string;
}
interface Claim {
  id: string;
  text: string;
  mainVerb: string;
}

// ---- the main-verb heuristic, shared by all taggers ----------------------------------------------

const REPORTING = new Set(["say", "tell", "write", "report", "add", "state", "explain"]);
const PERCEPTION = new Set(["see", "watch", "hear"]);
const isQuote = (t: Tok | undefined): boolean => t !== undefined && /^["“”'‘’]$/.test(t.text);

function mainVerb(ts: Tok[]): string | undefined {
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.pos !== "VERB") continue;
    // "plans to cut", "want to 'ice'": the infinitive is the predicate.
    let j = i + 1;
    if (ts[j]?.text.toLowerCase() === "to") {
      j++;
      while (isQuote(ts[j])) j++;
      if (ts[j]?.pos === "VERB") return ts[j]!.lemma;
    }
    // "saw demand triple": the bare infinitive.
    if (PERCEPTION.has(t.lemma) && ts[i + 2]?.pos === "VERB") return ts[i + 2]!.lemma;
    // "said demand fell", "reported ... that Meta was weighing": the reported clause's verb.
    if (REPORTING.has(t.lemma) && introducesClause(ts, i)) continue;
    return t.lemma;
  }
  return ts.find((t) => t.pos === "AUX" && (t.lemma === "be" || t.lemma === "have"))?.lemma;
}

/**
 * The reporting verb introduces a clause: a colon, quote or "that" follows it, or a later verb
 * or auxiliary with no wh-word between ("said demand for its services tripled"; not "says a lot
 * about how labs think").
 */
function introducesClause(ts: Tok[], i: number): boolean {
  const next = ts[i + 1];
  if (next && (next.text === ":" || isQuote(next) || next.text.toLowerCase() === "that")) return true;
  for (let j = i + 1; j < ts.length; j++) {
    const t = ts[j]!;
    const lower = t.text.toLowerCase();
    if (lower === "that") return true;
    if (/^(how|what|why|where|when|whether|if|who)$/.test(lower)) return false;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
  }
  return false;
}

// ---- taggers --------------------------------------------------------------------------------------

/** wink-nlp as it comes, without this project's corrections (to show what they change). */
function winkRawTagger(): (s: string) => Tok[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require("wink-nlp");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = winkNLP(require("wink-eng-lite-web-model"), ["sbd", "negation", "pos"]);
  const its = nlp.its;
  return (s) => {
    const tokens = nlp.readDoc(s).tokens();
    const text: string[] = tokens.out(its.value);
    const pos: string[] = tokens.out(its.pos);
    const lemma: string[] = tokens.out(its.lemma);
    return text.map((t, i) => ({ text: t, pos: pos[i]!, lemma: lemma[i]!.toLowerCase() })).filter((t) => t.pos !== "SPACE");
  };
}

const COMPROMISE_PRONOUNS = new Set(["its", "his", "her", "their", "our", "my", "your"]);

/** compromise's tag sets mapped to Universal POS; punctuation it keeps beside words is split off. */
function compromiseTagger(): (s: string) => Tok[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require("compromise");
  return (s) => {
    const doc = nlp(s);
    doc.compute("root");
    const out: Tok[] = [];
    for (const sentence of doc.json({ terms: { offset: false } }) as { terms: { text: string; pre: string; post: string; tags: string[]; root?: string; normal: string }[] }[]) {
      for (const t of sentence.terms) {
        for (const q of t.pre.trim()) out.push({ text: q, pos: "PUNCT", lemma: q });
        out.push({ text: t.text, pos: compromiseUpos(t.tags, t.normal), lemma: (t.root ?? t.normal).toLowerCase() });
        for (const q of t.post.trim()) out.push({ text: q, pos: "PUNCT", lemma: q });
      }
    }
    return out;
  };
}

function compromiseUpos(tags: string[], normal: string): string {
  const has = (x: string): boolean => tags.includes(x);
  if (has("Pronoun") || (has("Possessive") && COMPROMISE_PRONOUNS.has(normal))) return "PRON";
  if (has("Auxiliary") || has("Modal") || has("Copula")) return "AUX";
  if (has("Particle")) return "ADP";
  if (has("Verb")) return "VERB";
  if (has("Value") || has("Cardinal") || has("Money") || has("Percent")) return "NUM";
  if (has("ProperNoun") || has("Person") || has("Organization") || has("Place")) return "PROPN";
  if (has("Adjective")) return "ADJ";
  if (has("Adverb")) return "ADV";
  if (has("Determiner")) return "DET";
  if (has("Preposition")) return "ADP";
  if (has("Negative")) return "PART";
  if (has("Conjunction")) return "CCONJ";
  if (has("Noun")) return "NOUN";
  return "X";
}

// ---- measures ---------------------------------------------------------------------------------------

function sampleSentences(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(SOURCES).sort()) {
    const text = readFileSync(join(SOURCES, file), "utf8");
    for (const s of splitSentences(text)) out.push(text.slice(s.start, s.end));
  }
  return out;
}

/**
 * MB/s over `passes` passes; each pass appends spaces so that no memo can answer. Measured on
 * this process's CPU time (the machine is shared; wall time is reported beside it).
 */
function throughput(tag: (s: string) => unknown, sentences: string[], passes = 3): { mbPerCpuSec: number; mbPerWallSec: number } {
  const mb = (sentences.reduce((n, s) => n + Buffer.byteLength(s), 0) * passes) / 1e6;
  for (const s of sentences) tag(s + "\t"); // warm-up: a language server is long-running
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 1; p <= passes; p++) for (const s of sentences) tag(s + " ".repeat(p));
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - t0) / 1000;
  return { mbPerCpuSec: round(mb / ((cpu.user + cpu.system) / 1e6), 2), mbPerWallSec: round(mb / wall, 2) };
}

function accuracy(tag: (s: string) => Tok[], claims: Claim[]): { correct: number; total: number; accuracy: number; misses: string[] } {
  const misses: string[] = [];
  for (const c of claims) {
    const got = mainVerb(tag(c.text));
    if (got !== c.mainVerb) misses.push(`${c.id}: ${got ?? "-"} (want ${c.mainVerb})`);
  }
  const correct = claims.length - misses.length;
  return { correct, total: claims.length, accuracy: round((100 * correct) / claims.length, 1), misses };
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

async function bundleBytes(dir: string, name: string, contents: string): Promise<{ path: string; bytes: number; gzipBytes: number }> {
  const path = join(dir, `${name}.js`);
  await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: `${name}.ts` },
    bundle: true,
    platform: "node",
    target: "node18",
    format: "cjs",
    minify: true, // as `vscode:prepublish` builds the .vsix
    legalComments: "none",
    logLevel: "error",
    outfile: path,
  });
  return { path, bytes: statSync(path).size, gzipBytes: gzipSync(readFileSync(path), { level: 9 }).length };
}

/** Loads a bundle in a fresh Node process and times its first call (CPU and wall time). */
function loadInFreshProcess(bundle: string, call: string): { cpuMs: number; wallMs: number; result: unknown } {
  const code = `const c0 = process.cpuUsage(); const t0 = performance.now(); const m = require(${JSON.stringify(bundle)}); const r = ${call}; const c = process.cpuUsage(c0); process.stdout.write(JSON.stringify({ cpu: (c.user + c.system) / 1000, wall: performance.now() - t0, r }));`;
  const run = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  const parsed = JSON.parse(run.stdout) as { cpu: number; wall: number; r: unknown };
  return { cpuMs: round(parsed.cpu, 1), wallMs: round(parsed.wall, 1), result: parsed.r };
}

async function main(): Promise<void> {
  const claims = JSON.parse(readFileSync(join(ROOT, "test/fixtures/tagger/main-verbs.json"), "utf8")) as Claim[];
  const sentences = sampleSentences();
  const sampleBytes = sentences.reduce((n, s) => n + Buffer.byteLength(s), 0);

  const winkLoadMs = round(loadTagger(), 1);
  const winkRaw = winkRawTagger();
  const t0 = performance.now();
  const compromise = compromiseTagger();
  compromise("Warm up.");
  const compromiseLoadMs = round(performance.now() - t0, 1);

  const dir = mkdtempSync(join(tmpdir(), "gw-tagger-bench-"));
  try {
    const wBundle = await bundleBytes(dir, "wink-tagger", `export { tagSentence } from "./src/core/meaning/tagger";`);
    const cBundle = await bundleBytes(dir, "compromise", `import nlp from "compromise"; export const tag = (s: string) => nlp(s).json();`);
    await bundleBytes(dir, "empty", "export {};");
    const server = await bundleBytes(dir, "server", `import "./src/server/server";`);
    const serverWithTagger = await bundleBytes(dir, "server-tagger", `import "./src/server/server"; export { tagSentence } from "./src/core/meaning/tagger";`);
    const probe = "Meta's $14.3 billion investment values Scale AI at $29 billion.";
    const wFresh = loadInFreshProcess(wBundle.path, `m.tagSentence(${JSON.stringify(probe)}).find((t) => t.text === "values").pos`);
    // Requiring the bundle without tagging: what the lazy load leaves in the server's start-up.
    const wRequireOnly = loadInFreshProcess(wBundle.path, "typeof m.tagSentence");
    const sRequireOnly = loadInFreshProcess(server.path.replace(/server\.js$/, "empty.js"), "0");
    const cFresh = loadInFreshProcess(cBundle.path, `m.tag(${JSON.stringify(probe)})[0].terms.find((t) => t.text === "values").tags.join(",")`);

    const report = {
      sample: { sentences: sentences.length, bytes: sampleBytes },
      wink: {
        package: "wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1, with src/core/meaning/tagger.ts corrections",
        throughput: throughput(tagSentence, sentences),
        loadWallMsInProcess: winkLoadMs,
        loadAndFirstCallFromBundle: wFresh,
        requireBundleWithoutTagging: wRequireOnly,
        requireEmptyModuleForComparison: sRequireOnly,
        bundleBytes: wBundle.bytes,
        bundleGzipBytes: wBundle.gzipBytes,
        addsToServerBundleBytes: serverWithTagger.bytes - server.bytes,
        addsToServerBundleGzipBytes: serverWithTagger.gzipBytes - server.gzipBytes,
        mainVerb: accuracy(tagSentence, claims),
      },
      winkWithoutCorrections: { throughput: throughput(winkRaw, sentences), mainVerb: accuracy(winkRaw, claims) },
      compromise: {
        package: "compromise 14",
        throughput: throughput(compromise, sentences),
        loadWallMsInProcess: compromiseLoadMs,
        loadAndFirstCallFromBundle: cFresh,
        bundleBytes: cBundle.bytes,
        bundleGzipBytes: cBundle.gzipBytes,
        mainVerb: accuracy(compromise, claims),
      },
      serverBundleBytes: { without: server.bytes, withTagger: serverWithTagger.bytes },
    };
    process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
