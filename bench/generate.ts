// Deterministic benchmark data: corpora of realistic news text and drafts with true, wrong and
// unsupported claims, all derived from the sample sources in examples/scale-ai/sources.
//
// The corpus is a sequence of "stories". Each story re-tells the sample news with its own cast
// (entity words mapped to generated names; some big names shared by all stories), its own
// figures (every number scaled by a story-specific factor, years shifted) and its own sentence
// order; a few numbers per file disagree with the rest of the story, as real sources do. So the
// same sentence shapes recur hundreds of times with other names and values, and retrieval has
// to find the one story a claim is about. Smaller corpora are prefixes of larger ones (same
// files), so the drafts, drawn from the first megabyte, are meaningful against every size.
//
// Usage: tsx bench/generate.ts [--seed N] [--sizes 1,10,100] [--out bench/.data]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const GENERATOR_VERSION = 3;
const SAMPLE = resolve(__dirname, "../examples/scale-ai/sources");

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

// ---- templates from the sample -------------------------------------------------------------

interface Templates {
  titles: string[];
  paragraphs: string[][]; // sentences
  entityWords: Set<string>;
}

const NOT_ENTITIES = new Set(
  `January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
   AI CEO CFO US U S TIME The This That These Those In On At It Its A An And But Or If As For From With By To Of Now When While After Before However
   According Although Despite Some Other Last Next Mr Ms Inc Table Contents Image Print Sources`.split(/\s+/),
);

function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?][”"’)]?)\s+(?=[“"A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The text of the report the sample's PDF source is made from (scripts/make-sample-pdf.ts). */
const SAMPLE_REPORT = resolve(__dirname, "../examples/scale-ai/report");

/**
 * The sample's source texts by file name, in name order: its text files, and for its PDF the text
 * the PDF was made from (so the generated corpus is the same as when that source was a .txt file).
 */
export function sampleTexts(dir = SAMPLE): [string, string][] {
  const out: [string, string][] = [];
  for (const d of dir === SAMPLE ? [dir, SAMPLE_REPORT] : [dir]) {
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d)) if (/\.(txt|md|html?)$/i.test(name)) out.push([name, readFileSync(join(d, name), "utf8")]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function loadTemplates(dir = SAMPLE): Templates {
  const titles: string[] = [];
  const paragraphs: string[][] = [];
  const capsAnywhere = new Map<string, number>();
  for (const [, text] of sampleTexts(dir)) {
    for (const raw of text.split(/\n/)) {
      const line = raw.replace(/^\s*[•*-]\s*/, "").trim();
      if (!line || /^\[\d+\]$/.test(line) || /^\d+ Sources$/.test(line)) continue;
      if (line.length < 140 && !/[.!?]$/.test(line)) {
        if (line.length > 25) titles.push(line);
        continue;
      }
      const sentences = splitSentences(line).filter((s) => s.length > 30);
      if (sentences.length) paragraphs.push(sentences);
      for (const s of sentences) {
        const words = s.match(/[A-Za-z][A-Za-z]+/g) ?? [];
        words.forEach((w, i) => {
          if (i > 0 && /^[A-Z]/.test(w)) capsAnywhere.set(w, (capsAnywhere.get(w) ?? 0) + 1);
        });
      }
    }
  }
  const entityWords = new Set([...capsAnywhere.keys()].filter((w) => !NOT_ENTITIES.has(w)));
  return { titles, paragraphs, entityWords };
}

// ---- stories -------------------------------------------------------------------------------

const SYLLABLES = "ka ver lo min tar ex sol dri an bel cor den fa gil hon is jor kel mar nov or pel quin ros sen tal ul vin wes yar zen bra cas dal el fen gor hal ib jun kor lun mor nes ob par ri sta tor um vel wyn xan yo zu".split(" ");

function makeName(r: () => number): string {
  const n = r() < 0.55 ? 2 : 3;
  let s = "";
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

const MONTHS = "January February March April May June July August September October November December".split(" ");

export interface Story {
  id: number;
  names: Map<string, string>;
  yearShift: number;
  monthShift: number;
  seed: number;
}

export function makeStory(id: number, seed: number, t: Templates): Story {
  const r = prng(hash32("story", seed) ^ Math.imul(id + 1, 0x9e3779b1));
  const names = new Map<string, string>();
  for (const w of [...t.entityWords].sort()) {
    // about a third of the names (big companies, news agencies) are shared by every story
    if (hash32(w, seed) % 10 < 3) continue;
    names.set(w, makeName(r));
  }
  return { id, names, yearShift: Math.floor(r() * 9) - 5, monthShift: Math.floor(r() * 12), seed: hash32("values", seed) ^ id };
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** A number of the story: the same template value always maps to the same story value. */
function storyNumber(story: Story, raw: string, after: string, noise: number): string {
  const v = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(v)) return raw;
  if (/^(?:19|20)\d\d$/.test(raw)) return String(v + story.yearShift + (noise ? Math.round(noise * 4) - 2 || 1 : 0));
  const r = prng(hash32(raw, story.seed) + Math.round(noise * 1e6));
  const factor = 0.4 + r() * 2.2;
  const decimals = raw.includes(".") ? raw.split(".")[1]!.length : 0;
  let out = v * factor;
  if (/^\s*%|^\s*percent/.test(after)) out = Math.min(99, Math.max(1, out));
  if (v < 10 && !decimals && /^\s*(?:years?|weeks?|months?|days?|times)/.test(after)) out = Math.max(1, Math.min(12, out));
  let s = decimals ? out.toFixed(decimals) : String(Math.max(1, Math.round(out)));
  if (s === raw) s = decimals ? (out + 1).toFixed(decimals) : String(Math.round(out) + 1);
  return raw.includes(",") && !decimals ? Number(s).toLocaleString("en-US") : s;
}

export function tellSentence(story: Story, s: string, r: () => number, noiseRate: number): string {
  let out = s.replace(/\b[A-Z][A-Za-z]+\b/g, (w) => story.names.get(w) ?? w);
  out = out.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) => MONTHS[(MONTHS.indexOf(m) + story.monthShift) % 12]!);
  out = out.replace(NUMBER, (raw, offset: number, whole: string) => storyNumber(story, raw, whole.slice(offset + raw.length, offset + raw.length + 10), r() < noiseRate ? r() + 0.01 : 0));
  return out;
}

// ---- corpus --------------------------------------------------------------------------------

export interface GeneratedFile {
  path: string;
  text: string;
  story: number;
  sentences: string[];
}

const FILES_PER_STORY = 8;

export function* corpusFiles(seed: number, t: Templates): Generator<GeneratedFile> {
  for (let i = 0; ; i++) {
    const storyId = Math.floor(i / FILES_PER_STORY);
    const story = makeStory(storyId, seed, t);
    const r = prng(hash32("file", seed) ^ Math.imul(i + 1, 0x85ebca6b));
    const target = 12_000 + Math.floor(r() * 60_000);
    const title = tellSentence(story, pick(r, t.titles), r, 0);
    const md = r() < 0.15;
    let text = md ? `---\ntitle: "${title.replace(/"/g, "'")}"\ndate: ${2020 + story.yearShift + 5}-0${1 + (i % 9)}-1${i % 10}\n---\n\n# ${title}\n\n` : `${title}\n\n`;
    const sentences: string[] = [];
    while (text.length < target) {
      const para = pick(r, t.paragraphs);
      const start = Math.floor(r() * para.length);
      const n = 1 + Math.floor(r() * 5);
      const chosen = [];
      for (let k = 0; k < n; k++) chosen.push(para[(start + k) % para.length]!);
      if (r() < 0.4) chosen.push(pick(r, pick(r, t.paragraphs)));
      for (let k = chosen.length - 1; k > 0; k--) if (r() < 0.3) [chosen[k], chosen[k - 1]] = [chosen[k - 1]!, chosen[k]!];
      const told = chosen.map((s) => tellSentence(story, s, r, 0.03));
      sentences.push(...told);
      text += told.join(" ") + "\n\n";
    }
    const dir = `story-${String(storyId).padStart(4, "0")}`;
    yield { path: `${dir}/${String(i).padStart(5, "0")}-${hash32(title, i).toString(16)}.${md ? "md" : "txt"}`, text, story: storyId, sentences };
  }
}

// ---- drafts --------------------------------------------------------------------------------

export interface DraftClaim {
  text: string;
  label: "true" | "wrong" | "unsupported";
}

function alterNumber(s: string, r: () => number): string | undefined {
  const nums = [...s.matchAll(NUMBER)];
  if (!nums.length) return undefined;
  const m = pick(r, nums);
  const raw = m[0];
  const v = Number(raw.replace(/,/g, ""));
  let repl: string;
  if (/^(?:19|20)\d\d$/.test(raw)) repl = String(v + (r() < 0.5 ? -1 : 1) * (1 + Math.floor(r() * 3)));
  else if (/^\s*(?:%|percent)/.test(s.slice(m.index! + raw.length, m.index! + raw.length + 9))) repl = String(v > 50 ? v - 5 - Math.floor(r() * 30) : v + 5 + Math.floor(r() * 30));
  else if (raw.includes(".")) repl = (v * (1.3 + r())).toFixed(raw.split(".")[1]!.length);
  else repl = String(Math.round(v * (1.5 + r())) + 1);
  return s.slice(0, m.index) + repl + s.slice(m.index! + raw.length);
}

export function makeDraft(words: number, seed: number, pool: string[], t: Templates): { markdown: string; claims: DraftClaim[] } {
  const r = prng(hash32("draft", seed) ^ words);
  const checkable = pool.filter((s) => /\d/.test(s) && s.split(/\s+/).length >= 8 && s.length < 400);
  const fresh = Array.from({ length: 5 }, (_, k) => makeStory(1_000_000 + k, seed, t));
  const claims: DraftClaim[] = [];
  let md = `# Notes on the story (${words} words)\n\n`;
  let count = 0;
  let para = 0;
  while (count < words) {
    if (para % 8 === 0 && para) md += `## Part ${para / 8 + 1}\n\n`;
    const n = 3 + Math.floor(r() * 4);
    const sentences: string[] = [];
    for (let k = 0; k < n; k++) {
      const roll = r();
      let c: DraftClaim;
      if (roll < 0.5) c = { text: pick(r, checkable), label: "true" };
      else if (roll < 0.75) c = { text: alterNumber(pick(r, checkable), r) ?? pick(r, checkable), label: "wrong" };
      else c = { text: tellSentence(pick(r, fresh), pick(r, pick(r, t.paragraphs)), r, 0), label: "unsupported" };
      claims.push(c);
      sentences.push(c.text);
      count += c.text.split(/\s+/).length;
    }
    md += sentences.join(" ") + "\n\n";
    para++;
  }
  return { markdown: md, claims };
}

// ---- writing -------------------------------------------------------------------------------

export interface Manifest {
  generator: number;
  seed: number;
  corpora: Record<string, { dir: string; bytes: number; files: number }>;
  drafts: Record<string, { path: string; labels: string; words: number }>;
}

export function generate(opts: { seed?: number; sizesMB?: number[]; out?: string; log?: (s: string) => void } = {}): Manifest {
  const seed = opts.seed ?? 42;
  const sizes = [...(opts.sizesMB ?? [1, 10, 100])].sort((a, b) => a - b);
  const out = resolve(opts.out ?? resolve(__dirname, ".data"));
  const log = opts.log ?? (() => {});
  const manifestPath = join(out, "manifest.json");
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
      if (m.generator === GENERATOR_VERSION && m.seed === seed && sizes.every((s) => m.corpora[`${s}MB`] && existsSync(m.corpora[`${s}MB`]!.dir))) return m;
    } catch {
      /* regenerate */
    }
  }
  const t = loadTemplates();
  const manifest: Manifest = { generator: GENERATOR_VERSION, seed, corpora: {}, drafts: {} };
  const dirs = sizes.map((s) => join(out, `corpus-${s}MB`));
  for (const d of dirs) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const pool: string[] = [];
  let bytes = 0;
  let files = 0;
  const madeDirs = new Set<string>();
  let open = sizes.map((_, i) => i);
  for (const f of corpusFiles(seed, t)) {
    if (bytes < 1_000_000) pool.push(...f.sentences);
    const size = Buffer.byteLength(f.text);
    for (const i of open) {
      const sub = join(dirs[i]!, f.path.split("/")[0]!);
      if (!madeDirs.has(sub)) mkdirSync(sub, { recursive: true }), madeDirs.add(sub);
      writeFileSync(join(dirs[i]!, f.path), f.text);
    }
    bytes += size;
    files++;
    for (const i of open) if (bytes >= sizes[i]! * 1_000_000) manifest.corpora[`${sizes[i]}MB`] = { dir: dirs[i]!, bytes, files };
    open = open.filter((i) => bytes < sizes[i]! * 1_000_000);
    if (!open.length) break;
    if (files % 500 === 0) log(`generate: ${(bytes / 1e6).toFixed(0)} MB, ${files} files`);
  }
  mkdirSync(join(out, "drafts"), { recursive: true });
  for (const words of [1000, 10000]) {
    const d = makeDraft(words, seed, pool, t);
    const path = join(out, "drafts", `draft-${words}.md`);
    const labels = join(out, "drafts", `draft-${words}.labels.json`);
    writeFileSync(path, d.markdown);
    writeFileSync(labels, JSON.stringify(d.claims, null, 1));
    manifest.drafts[`${words}`] = { path, labels, words };
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  return manifest;
}

/**
 * Another 10k-word draft of the same kind (another seed) over the same first megabyte: for checking
 * a second draft in a process that has checked one, as a language server does after its first.
 * Written beside the manifest's drafts once; the corpora are not touched.
 */
export function secondDraft(manifest: Manifest, words = 10000): string {
  const path = join(dirname(manifest.drafts[`${words}`]!.path), `draft-${words}-second.md`);
  if (existsSync(path)) return path;
  const t = loadTemplates();
  const pool: string[] = [];
  let bytes = 0;
  // the pool generate() draws its drafts from: the sentences of the first megabyte's files
  for (const f of corpusFiles(manifest.seed, t)) {
    if (bytes >= 1_000_000) break;
    pool.push(...f.sentences);
    bytes += Buffer.byteLength(f.text);
  }
  // none of the first draft's sentences again: a second draft of the same sentences would be
  // answered from memory, and this one is for measuring checks of new claims
  const first = readFileSync(manifest.drafts[`${words}`]!.path, "utf8");
  writeFileSync(path, makeDraft(words, manifest.seed + 1, pool.filter((s) => !first.includes(s)), t).markdown);
  return path;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const started = Date.now();
  const m = generate({
    seed: arg("--seed") ? Number(arg("--seed")) : undefined,
    sizesMB: arg("--sizes")?.split(",").map(Number),
    out: arg("--out"),
    log: (s) => process.stderr.write(s + "\n"),
  });
  process.stderr.write(`generated in ${Date.now() - started} ms\n`);
  process.stdout.write(JSON.stringify(m, null, 1) + "\n");
}
