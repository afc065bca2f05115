// `npm run bench [-- --quick] [-- --runs N]`: generates the data (bench/generate.ts), bundles the
// client, server, CLI and a measurement worker, then runs every measurement in fresh processes.
// Prints one JSON object on stdout (medians) and a readable table on stderr.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { pathToFileURL } from "node:url";
import { generate, secondDraft, type Manifest } from "./generate";
import { pdfCorpus } from "./pdf-corpus";

const ROOT = resolve(__dirname, "..");
const DATA = join(__dirname, ".data");
const DIST = join(DATA, "dist");

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const runsArg = argv.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : quick ? 3 : 5;
const log = (s: string) => process.stderr.write(s + "\n");

function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

/** scripts/external-data.mjs: the data the shipped bundles read from beside them. */
interface ExternalData {
  externalData: Plugin;
  copyData(root: string, dist: string): void;
}

async function bundle(): Promise<Record<string, string>> {
  mkdirSync(DIST, { recursive: true });
  // pdfjs (ESM, megabytes) and the Word reader are loaded from node_modules at run time, as the
  // real build loads them from their own bundles: bundle sizes stay those of the shipped bundles
  // The wink model and the WordNet table are read from beside the bundles, as in the shipped
  // ones (esbuild.mjs): bundled as object literals they cost every start and every first tagging.
  const data = (await import(pathToFileURL(join(ROOT, "scripts/external-data.mjs")).href)) as ExternalData;
  data.copyData(ROOT, DIST);
  // (as esbuild.mjs: /\p{…}/u literals stay literals)
  const common = { bundle: true, platform: "node" as const, target: "node18", supported: { "regexp-unicode-property-escapes": true }, format: "cjs" as const, minify: true, legalComments: "none" as const, logLevel: "error" as const, plugins: [data.externalData] };
  const lazy = ["pdfjs-dist", "mammoth", "jszip"];
  const out: Record<string, string> = {};
  const entries: [string, string, string[]][] = [
    ["cli", "src/cli.ts", []],
    ["server", "src/server/server.ts", []],
    ["client", "src/client/extension.ts", ["vscode"]],
    ["worker", "bench/worker.ts", []],
  ];
  await Promise.all(
    entries.map(async ([name, entry, external]) => {
      if (!existsSync(join(ROOT, entry))) return;
      const outfile = join(DIST, `${name}.js`);
      await build({ ...common, entryPoints: [join(ROOT, entry)], outfile, external: [...external, ...lazy] });
      out[name] = outfile;
    }),
  );
  return out;
}

function runNode(args: string[], opts: { timeoutMs?: number } = {}): Promise<{ stdout: string; ms: number; firstOutputMs: number; code: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    let firstOutputMs = NaN;
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - t0;
      stdout += d;
    });
    child.stderr.on("data", (d) => (stderr += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs) : undefined;
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      const ms = performance.now() - t0;
      if (code !== 0 && code !== 1) reject(new Error(`node ${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`));
      else resolvePromise({ stdout, ms, firstOutputMs, code });
    });
  });
}

async function worker(file: string, args: string[]): Promise<any> {
  const { stdout } = await runNode(["--max-old-space-size=4096", file, ...args]);
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

async function main(): Promise<void> {
  const started = performance.now();
  const sizes = quick ? [1, 10] : [1, 10, 100];
  log(`bench: generating ${sizes.join(", ")} MB corpora and drafts (seed 42)`);
  const manifest: Manifest = generate({ sizesMB: sizes, log });
  log("bench: bundling");
  const dist = await bundle();
  const out: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const corpus = (mb: number) => manifest.corpora[`${mb}MB`]!.dir;
  const draft10k = manifest.drafts["10000"]!.path;
  const draft1k = manifest.drafts["1000"]!.path;
  const cacheDir = join(DATA, "cache");

  // Intl.Segmenter floor
  const seg = [];
  for (let i = 0; i < RUNS; i++) seg.push(await worker(dist.worker!, ["segmenter", corpus(10)]));
  out.segmenterFloorMBps_10MB = round(median(seg.map((r) => r.MBps)));
  extra.segmenterWholeFileMBps_10MB = round(median(seg.map((r) => r.wholeFileMBps)));
  log(`segmenter floor 10 MB: ${out.segmenterFloorMBps_10MB} MB/s`);

  // indexing from scratch
  for (const mb of sizes) {
    if (mb === 1) continue;
    const runs = mb === 100 ? Math.min(RUNS, 3) : RUNS;
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(await worker(dist.worker!, ["index", corpus(mb)]));
    if (mb === 10) {
      out.indexMBps_10MB = round(median(rs.map((r) => r.MBps)));
      out.rssMB_10MB = round(median(rs.map((r) => r.rssMB)));
      extra.indexMs_10MB = round(median(rs.map((r) => r.ms)));
    } else {
      out.indexMs_100MB = round(median(rs.map((r) => r.ms)), 0);
      out.rssMB_100MB = round(median(rs.map((r) => r.rssMB)));
      extra.indexMBps_100MB = round(median(rs.map((r) => r.MBps)));
    }
    log(`index ${mb} MB: ${round(median(rs.map((r) => r.ms)), 0)} ms, ${round(median(rs.map((r) => r.MBps)))} MB/s, rss ${round(median(rs.map((r) => r.rssMB)))} MB`);
  }

  // PDF: the 10 MB corpus's files laid out as PDFs (10 MB of PDF), read by the extractor alone and
  // indexed from scratch, beside the text figures above
  log("bench: PDF corpus");
  const pdfs = await pdfCorpus(corpus(10), join(DATA, "pdf-10MB"), 10, log);
  const pdfRuns = Math.min(RUNS, 3);
  const px = [];
  for (let i = 0; i < pdfRuns; i++) px.push(await worker(dist.worker!, ["extract", pdfs.dir]));
  out.pdfExtractMBps_10MB = round(median(px.map((r) => r.MBps)));
  extra.pdfExtractTextMBps_10MB = round(median(px.map((r) => r.textMBps)));
  extra.pdfExtractFailed_10MB = px[0].failed;
  extra.pdfCorpus_10MB = { files: pdfs.files, pdfMB: round(pdfs.bytes / 1e6), textMB: round(pdfs.textBytes / 1e6) };
  const pi = [];
  for (let i = 0; i < pdfRuns; i++) pi.push(await worker(dist.worker!, ["index", pdfs.dir]));
  out.pdfIndexMBps_10MB = round(median(pi.map((r) => r.MBps)));
  extra.pdfIndexMs_10MB = round(median(pi.map((r) => r.ms)), 0);
  extra.pdfRssMB_10MB = round(median(pi.map((r) => r.rssMB)));
  log(`PDF 10 MB (${pdfs.files} files, from ${extra.pdfCorpus_10MB && round(pdfs.textBytes / 1e6)} MB of text): extract ${out.pdfExtractMBps_10MB} MB/s of PDF (${extra.pdfExtractTextMBps_10MB} MB/s of text out), index ${out.pdfIndexMBps_10MB} MB/s of PDF; text: index ${out.indexMBps_10MB} MB/s`);

  // checking: each run a fresh process that loads the index from the persistent cache. The sentence
  // analyses the worker saves there (src/core/cache/analyses.ts) are removed before each of these
  // runs: perClaimMs is the cold figure, a check of sentences never analysed before; at 10 MB the
  // warm runs below then check the same draft again with the analyses of the previous check.
  rmSync(cacheDir, { recursive: true, force: true });
  const analysesFile = join(cacheDir, "analyses.gwcache");
  const cpu = (rs: { fullCpuMs: number }[]) => round(median(rs.map((r) => r.fullCpuMs)), 0);
  for (const mb of sizes) {
    const prime = await worker(dist.worker!, ["check", corpus(mb), cacheDir, draft1k, "0"]);
    extra[`cacheBuildMs_${mb}MB`] = round(prime.loadMs, 0);
    const runs = mb === 100 ? Math.min(RUNS, 3) : RUNS;
    const rs = [];
    for (let i = 0; i < runs; i++) {
      rmSync(analysesFile, { force: true });
      rs.push(await worker(dist.worker!, ["check", corpus(mb), cacheDir, draft10k, mb === 10 ? "5" : "0"]));
    }
    out[`perClaimMs_${mb}MB`] = round(median(rs.map((r) => r.perClaimMs)), 3);
    extra[`fullCheckCpuMs_10kWords_${mb}MB`] = cpu(rs);
    if (mb === 10) {
      // warm: the last cold run saved its analyses; each warm run loads them (and saves nothing new)
      const ws = [];
      for (let i = 0; i < RUNS; i++) ws.push(await worker(dist.worker!, ["check", corpus(mb), cacheDir, draft10k, "0"]));
      out.perClaimMsWarm_10MB = round(median(ws.map((r) => r.perClaimMs)), 3);
      extra.fullCheckMsWarm_10kWords_10MB = round(median(ws.map((r) => r.fullMs)), 0);
      extra.fullCheckCpuMsWarm_10kWords_10MB = cpu(ws);
      extra.analysesLoadMs_10MB = round(median(ws.map((r) => r.analysesLoadMs)), 0);
      extra.analysesLoaded_10MB = ws[0].analysesLoaded;
      extra.analysesSaveMs_10MB = round(median(rs.map((r) => r.analysesSaveMs)), 0);
      extra.analysesFileKB_10MB = existsSync(analysesFile) ? round(statSync(analysesFile).size / 1024, 0) : null;
      log(`check 10k words vs 10 MB, warm (analyses of the same check saved): ${extra.fullCheckMsWarm_10kWords_10MB} ms, ${out.perClaimMsWarm_10MB} ms/claim, analyses load ${extra.analysesLoadMs_10MB} ms (${extra.analysesLoaded_10MB} sentences)`);
      // hot: a second 10k-word draft checked by a process that has checked the first (as the
      // language server does), no analyses saved (removed before each run)
      const second = secondDraft(manifest);
      const hs = [];
      for (let i = 0; i < RUNS; i++) {
        rmSync(analysesFile, { force: true });
        hs.push(await worker(dist.worker!, ["hot", corpus(mb), cacheDir, draft10k, second]));
      }
      out.perClaimMsHot_10MB = round(median(hs.map((r) => r.perClaimMs)), 3);
      extra.fullCheckCpuMsHot_10kWords_10MB = round(median(hs.map((r) => r.cpuMs)), 0);
      extra.claimsHot_10kWords = hs[0].claims;
      log(`check of a second 10k-word draft vs 10 MB in the same process: ${out.perClaimMsHot_10MB} ms/claim (${hs[0].claims} claims, CPU ${extra.fullCheckCpuMsHot_10kWords_10MB} ms)`);
    }
    extra[`cacheLoadMs_${mb}MB`] = round(median(rs.map((r) => r.loadMs)), 0);
    extra[`fullCheckMs_10kWords_${mb}MB`] = round(median(rs.map((r) => r.fullMs)), 0);
    if (mb === 10) {
      out.fullCheckMs_10kWords_10MB = round(median(rs.map((r) => r.fullMs)), 0);
      out.editRecheckMs_10kWords_10MB = round(median(rs.flatMap((r) => r.edits)), 1);
      extra.rssAfterCheckMB_10MB = round(median(rs.map((r) => r.rssMB)));
      extra.claims_10kWords = rs[0].claims;
      extra.verdicts_10kWords_10MB = rs[0].verdicts;
      extra.labelAgreement_10kWords_10MB = rs[0].labelled ? round(rs[0].agree / rs[0].labelled, 3) : null;
    }
    log(`check 10k words vs ${mb} MB: ${round(median(rs.map((r) => r.fullMs)), 0)} ms, ${rs[0].claims} claims, ${out[`perClaimMs_${mb}MB`]} ms/claim, cache load ${extra[`cacheLoadMs_${mb}MB`]} ms (${rs[0].cache})`);
  }
  out.perClaimRatio_100MB_1MB = sizes.includes(100) ? round((out.perClaimMs_100MB as number) / (out.perClaimMs_1MB as number), 2) : null;

  // warm start of the CLI: process start to the first result, persistent cache present
  if (dist.cli) {
    const cliCache = join(DATA, "cli-cache");
    rmSync(cliCache, { recursive: true, force: true });
    const args = [dist.cli, "check", "--sources", corpus(10), "--cache-dir", cliCache, "--format", "json", "--fail-on", "never", draft1k];
    try {
      const cold = await runNode(args);
      extra.coldStartMs_10MB = round(cold.ms, 0);
      const ws = [];
      for (let i = 0; i < RUNS; i++) ws.push(await runNode(args));
      out.warmStartMs_10MB = round(median(ws.map((w) => (Number.isNaN(w.firstOutputMs) ? w.ms : w.firstOutputMs))), 0);
      // the same with the index cache only (a draft never checked before: no saved results)
      const fresh = [];
      for (let i = 0; i < RUNS; i++) {
        for (const f of readdirSync(cliCache)) if (f.startsWith("results-")) rmSync(join(cliCache, f));
        fresh.push(await runNode(args));
      }
      extra.warmStartIndexOnlyMs_10MB = round(median(fresh.map((w) => (Number.isNaN(w.firstOutputMs) ? w.ms : w.firstOutputMs))), 0);
      extra.cliCacheUsed = existsSync(cliCache);
      log(`CLI 10 MB: cold ${extra.coldStartMs_10MB} ms, warm ${out.warmStartMs_10MB} ms, warm with the index cache only ${extra.warmStartIndexOnlyMs_10MB} ms (cache folder ${extra.cliCacheUsed ? "written" : "NOT written"})`);
    } catch (e) {
      log(`warm start failed: ${(e as Error).message.slice(0, 300)}`);
      out.warmStartMs_10MB = null;
    }
  }

  const kb = (f?: string) => (f && existsSync(f) ? round(statSync(f).size / 1024, 0) : null);
  out.clientBundleKB = kb(dist.client);
  out.serverBundleKB = kb(dist.server);
  out.cliBundleKB = kb(dist.cli);
  out.totalSeconds = round((performance.now() - started) / 1000, 0);
  out.runs = RUNS;
  out.quick = quick;
  out.extra = extra;

  // (the 150 ms full check of a 10k-word draft was withdrawn by the writer's-editor issue: accuracy
  // is not traded for it; bench:editor's figures replace it)
  const targets: [string, boolean | null][] = [
    ["indexMBps_10MB >= 20", (out.indexMBps_10MB as number) >= 20],
    ["indexMBps_10MB >= segmenterFloor/3", (out.indexMBps_10MB as number) >= (out.segmenterFloorMBps_10MB as number) / 3],
    ["perClaimMs_10MB <= 3.0 (cold)", (out.perClaimMs_10MB as number) <= 3.0],
    ["perClaimMsWarm_10MB <= 3.0", out.perClaimMsWarm_10MB === undefined ? null : (out.perClaimMsWarm_10MB as number) <= 3.0],
    ["perClaimMsHot_10MB <= 3.0", out.perClaimMsHot_10MB === undefined ? null : (out.perClaimMsHot_10MB as number) <= 3.0],
    ["editRecheckMs_10kWords_10MB <= 20", (out.editRecheckMs_10kWords_10MB as number) <= 20],
    ["perClaimMs_100MB / perClaimMs_1MB <= 2", out.perClaimRatio_100MB_1MB === null ? null : (out.perClaimRatio_100MB_1MB as number) <= 2],
    ["warmStartMs_10MB <= 300", out.warmStartMs_10MB === null ? null : (out.warmStartMs_10MB as number) <= 300],
    ["rssMB_10MB <= 150", (out.rssMB_10MB as number) <= 150],
    ["clientBundleKB <= 500", out.clientBundleKB === null ? null : (out.clientBundleKB as number) <= 500],
  ];
  log("");
  for (const [k, v] of Object.entries(out)) if (k !== "extra") log(`  ${k.padEnd(32)} ${JSON.stringify(v)}`);
  for (const [k, v] of Object.entries(extra)) log(`  ${("(" + k + ")").padEnd(32)} ${JSON.stringify(v)}`);
  log("");
  for (const [name, ok] of targets) log(`  ${ok === null ? "n/a " : ok ? "MET " : "MISS"}  ${name}`);
  out.targetsMet = Object.fromEntries(targets.map(([n, ok]) => [n, ok]));
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
}

main().catch((e) => {
  log(`bench failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});

