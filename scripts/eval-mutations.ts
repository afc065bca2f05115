// npm run eval:mutations [-- --max 300] [--bench]: metamorphic rates of the checker on the sample
// sources (issue 11, "Tests"). Every source sentence with a clear fact is checked verbatim, then
// with its agent and patient swapped, negated, a figure moved (×1.5), its year changed (+1) and a
// change of magnitude turned the other way ("doubles" -> "reduces").
// Prints JSON: per kind, how many mutants the checker still calls supported (each should not be),
// and those another source sentence says ("supported elsewhere", not counted as misses).
// --bench adds the first file of a generated bench corpus (bench/generate.ts) to the sources.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Groundwork } from "../src/core/engine";
import { allSentences, isSupported, MUTATION_KINDS, mutantsOf, sampleSentences, supportedElsewhere, type Mutant, type MutationKind } from "./mutations";

const SAMPLE = resolve(__dirname, "../examples/scale-ai/sources");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function sourcesDir(): Promise<{ dir: string; cleanup: () => void }> {
  if (!process.argv.includes("--bench")) return { dir: SAMPLE, cleanup: () => {} };
  const { corpusFiles, loadTemplates } = await import("../bench/generate");
  const dir = mkdtempSync(join(tmpdir(), "gw-mutations-"));
  for (const f of readdirSync(SAMPLE)) copyFileSync(join(SAMPLE, f), join(dir, f));
  const files = corpusFiles(1, loadTemplates());
  for (let i = 0; i < 2; i++) {
    const file = files.next().value;
    if (file) writeFileSync(join(dir, `bench-${i}.txt`), file.text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main() {
  const max = Number(arg("--max") ?? 300);
  const t0 = performance.now();
  const { dir, cleanup } = await sourcesDir();
  try {
    const { engine } = await Groundwork.fromFolder(dir);
    const all = allSentences(engine);
    const sample = sampleSentences(engine, max);
    let verbatimSupported = 0;
    const notSupported: string[] = [];
    const kinds = Object.fromEntries(
      MUTATION_KINDS.map((k) => [k, { count: 0, stillSupported: 0, supportedElsewhere: 0, onSupportedVerbatim: 0, stillSupportedOnSupportedVerbatim: 0 }]),
    ) as Record<MutationKind, { count: number; stillSupported: number; supportedElsewhere: number; onSupportedVerbatim: number; stillSupportedOnSupportedVerbatim: number }>;
    const misses: Record<MutationKind, { source: string; mutant: string; change: string }[]> = { swap: [], negate: [], figure: [], year: [], direction: [] };
    const elsewhere: Record<MutationKind, { mutant: string; change: string; source: string }[]> = { swap: [], negate: [], figure: [], year: [], direction: [] };
    for (const text of sample) {
      const verbatim = isSupported(engine, text);
      if (verbatim) verbatimSupported++;
      else notSupported.push(text);
      for (const m of mutantsOf(text)) {
        const k = kinds[m.kind];
        k.count++;
        if (verbatim) k.onSupportedVerbatim++;
        if (!isSupported(engine, m.text, m.start, m.end)) continue;
        const other = supportedElsewhere(m, all);
        if (other) {
          k.supportedElsewhere++;
          elsewhere[m.kind].push({ mutant: m.text, change: m.change, source: other });
          continue;
        }
        k.stillSupported++;
        if (verbatim) k.stillSupportedOnSupportedVerbatim++;
        misses[m.kind].push({ source: m.source, mutant: m.text, change: m.change });
      }
    }
    const rate = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : null);
    const out = {
      sources: dir === SAMPLE ? "examples/scale-ai/sources" : "examples/scale-ai/sources + bench",
      sentences: sample.length,
      verbatim: { checked: sample.length, supported: verbatimSupported, supportedRate: rate(verbatimSupported, sample.length) },
      mutations: Object.fromEntries(
        MUTATION_KINDS.map((kind) => {
          const k = kinds[kind];
          return [kind, { ...k, stillSupportedRate: rate(k.stillSupported, k.count), caughtRate: rate(k.count - k.stillSupported - k.supportedElsewhere, k.count - k.supportedElsewhere) }];
        }),
      ),
      stillSupported: misses,
      supportedElsewhere: Object.fromEntries(MUTATION_KINDS.map((k) => [k, elsewhere[k].slice(0, 5)])),
      verbatimNotSupported: process.argv.includes("--verbose") ? notSupported : notSupported.slice(0, 10),
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    };
    console.log(JSON.stringify(out, null, 2));
  } finally {
    cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
