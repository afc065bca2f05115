// One measurement in a fresh process (bundled by bench/run.ts and run with plain node, so RSS and
// timings carry no transpiler). Prints one JSON line on stdout.
//   worker segmenter DIR
//   worker extract DIR                   every file through extractSource (PDF: pdfjs and the layout)
//   worker index DIR                     index from scratch (Groundwork.fromFolder)
//   worker check DIR CACHE DRAFT EDITS   load (cache), full check, then EDITS one-paragraph edits
//   worker hot DIR CACHE DRAFT SECOND    load (cache), check DRAFT, then time the check of SECOND
import { readFileSync, statSync } from "node:fs";
import { Groundwork } from "../src/core/engine";
import { loadFolderWithCache } from "../src/core/cache";
import { loadAnalyses, saveAnalyses } from "../src/core/cache/analyses";
import { savedAnalysesSize } from "../src/core/meaning/saved";
import { extractSource } from "../src/core/sources";
import { filesUnder } from "./files";


const rssMB = () => process.memoryUsage().rss / 1e6;
const now = () => performance.now();

/** Changes one figure and appends a sentence in paragraph `n` (counting prose paragraphs). */
export function editParagraph(md: string, n: number): string {
  const paras = md.split("\n\n");
  const prose = paras.map((p, i) => (p.startsWith("#") || !p.trim() ? -1 : i)).filter((i) => i >= 0);
  const at = prose[n % prose.length]!;
  let done = false;
  paras[at] = paras[at]!.replace(/\d+/, (d) => {
    done = true;
    return String(Number(d) + 1);
  });
  if (!done) paras[at] += " Edited.";
  paras[at] += ` The figure was revised ${n + 2} times.`;
  return paras.join("\n\n");
}

/** One check of a draft: its results, wall and CPU time (on a shared machine the wall time includes waiting for a core), and its claims. */
function timedCheck(engine: Groundwork, markdown: string): { results: ReturnType<Groundwork["checkMarkdown"]>; ms: number; cpuMs: number; claims: number } {
  const t = now();
  const cpu = process.cpuUsage();
  const results = engine.checkMarkdown(markdown);
  const ms = now() - t;
  const { user, system } = process.cpuUsage(cpu);
  return { results, ms, cpuMs: (user + system) / 1000, claims: results.filter((r) => r.verdict !== "unchecked").length };
}

async function main(): Promise<void> {
  const [task, dir, cacheDir, draftPath, editsArg] = process.argv.slice(2);
  if (task === "segmenter") {
    const texts = filesUnder(dir!).map((f) => readFileSync(f, "utf8"));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const seg = new Intl.Segmenter("en", { granularity: "sentence" });
    const t0 = now();
    let count = 0;
    // paragraph by paragraph, as any splitter feeds it: ICU slows down badly on one multi-MB string
    for (const t of texts) for (const para of t.split(/\n\s*\n/)) for (const _ of seg.segment(para)) count++;
    const ms = now() - t0;
    // and over whole files, for comparison
    const t1 = now();
    let whole = 0;
    for (const t of texts.slice(0, 3)) for (const _ of seg.segment(t)) whole++;
    const wholeBytes = texts.slice(0, 3).reduce((n, t) => n + Buffer.byteLength(t), 0);
    const wholeMs = now() - t1;
    console.log(JSON.stringify({ ms, MBps: bytes / 1e6 / (ms / 1000), wholeFileMBps: wholeBytes / 1e6 / (wholeMs / 1000), wholeFileSentences: whole, sentences: count, bytes }));
    return;
  }
  if (task === "extract") {
    // every file of DIR through the extractor (PDF: pdfjs and the layout), one after another
    const files = filesUnder(dir!);
    const datas = files.map((f) => readFileSync(f));
    const bytes = datas.reduce((n, d) => n + d.length, 0);
    const t0 = now();
    let textBytes = 0;
    let failed = 0;
    for (let i = 0; i < files.length; i++) {
      const r = await extractSource(files[i]!, datas[i]!);
      if ("error" in r) failed++;
      else textBytes += Buffer.byteLength(r.text);
    }
    const ms = now() - t0;
    console.log(JSON.stringify({ ms, MBps: bytes / 1e6 / (ms / 1000), textMBps: textBytes / 1e6 / (ms / 1000), bytes, textBytes, files: files.length, failed, rssMB: rssMB() }));
    return;
  }
  if (task === "index") {
    const bytes = filesUnder(dir!).reduce((n, f) => n + statSync(f).size, 0);
    const t0 = now();
    const cpu0 = process.cpuUsage();
    const { engine } = await Groundwork.fromFolder(dir!);
    const ms = now() - t0;
    const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu0));
    console.log(JSON.stringify({ ms, cpuMs, MBps: bytes / 1e6 / (ms / 1000), rssMB: rssMB(), heapMB: process.memoryUsage().heapUsed / 1e6, units: engine.units.length, bytes }));
    return;
  }
  if (task === "check") {
    const t0 = now();
    const { engine, cache } = await loadFolderWithCache(dir!, cacheDir!);
    const loadMs = now() - t0;
    // the sentence analyses of earlier checks (none when run.ts removed them: a cold check)
    const ta = now();
    const analysesLoaded = await loadAnalyses(cacheDir!);
    const analysesLoadMs = now() - ta;
    const draft = readFileSync(draftPath!, "utf8");
    const { results, ms: fullMs, cpuMs: fullCpuMs, claims } = timedCheck(engine, draft);
    const rssAfterCheck = rssMB();
    const analysesKept = savedAnalysesSize();
    const edits: number[] = [];
    const editsCpuMs: number[] = [];
    let text = draft;
    for (let i = 0; i < Number(editsArg ?? 0); i++) {
      text = editParagraph(text, 7 + i * 13);
      const edit = timedCheck(engine, text);
      edits.push(edit.ms);
      editsCpuMs.push(edit.cpuMs);
    }
    const verdicts: Record<string, number> = {};
    for (const r of results) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
    // agreement with the generator's labels (true -> supported, wrong -> contradicted/disputed, unsupported -> unsupported)
    let labelled = 0;
    let agree = 0;
    try {
      const labels = JSON.parse(readFileSync(draftPath!.replace(/\.md$/, ".labels.json"), "utf8")) as { text: string; label: string }[];
      const byText = new Map(results.map((r) => [r.text.trim(), r.verdict]));
      for (const l of labels) {
        const v = byText.get(l.text.trim());
        if (!v) continue;
        labelled++;
        if ((l.label === "true" && v === "supported") || (l.label === "wrong" && (v === "contradicted" || v === "disputed")) || (l.label === "unsupported" && v === "unsupported")) agree++;
      }
    } catch {
      /* no labels */
    }
    const ts = now();
    await saveAnalyses(cacheDir!);
    const analysesSaveMs = now() - ts;
    console.log(JSON.stringify({ loadMs, analysesLoaded, analysesLoadMs, analysesSaveMs, analysesKept, cache: cache.status, fullMs, fullCpuMs, claims, sentences: results.length, perClaimMs: fullMs / Math.max(1, claims), edits, editsCpuMs, rssMB: rssAfterCheck, verdicts, labelled, agree }));
    return;
  }
  if (task === "hot") {
    // a language server checks many drafts in one process: the first check pays for loading the
    // tagger and lexicons and for V8's warm-up (its code runs interpreted until optimised); a
    // second draft's claims are new, its candidates drawn from the same corpus
    const { engine } = await loadFolderWithCache(dir!, cacheDir!);
    const first = timedCheck(engine, readFileSync(draftPath!, "utf8"));
    const { ms, cpuMs, claims } = timedCheck(engine, readFileSync(editsArg!, "utf8"));
    console.log(JSON.stringify({ firstMs: first.ms, firstClaims: first.claims, ms, cpuMs, claims, perClaimMs: ms / Math.max(1, claims) }));
    return;
  }
  throw new Error(`unknown task ${task}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
