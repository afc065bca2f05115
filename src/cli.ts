// `groundwork check|entities|bib`: the engine on the command line, for CI and other editors.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Groundwork } from "./core/engine";
import { loadFolderWithCache } from "./core/cache";
import { loadResults, saveResults, type ResultsPlace } from "./core/cache/results";
import { loadAnalyses, saveAnalyses } from "./core/cache/analyses";
import { loadConfig } from "./core/config";
import { fileNotes } from "./core/sources";
import { printable } from "./core/text/escape";
import { writeJsonInPieces } from "./core/text/json-stream";
import { nestingLimit } from "./core/claims/draft/limits";
import { codeOf, DEFAULT_SEVERITY, FINDING_CODE_REGISTRY, type FindingCode, type Severity } from "./core/claims/codes";
import { bibEntryOf, toBibtex, toCslJson } from "./core/citations/bib";
import { countSources, sourceCountLabel } from "./core/sources/count";
import { placeOf, SUPPORTED_EXTENSIONS } from "./core/sources";
import type { ClaimResult, Finding, SkippedFile } from "./core/types";

const USAGE = `usage:
  groundwork check [--sources DIR] [--cache-dir DIR] [--config FILE] [--format text|json|sarif] [--fail-on contradicted|unsupported|never] FILE...
  groundwork entities [--sources DIR] [--config FILE] [--format text|json]
  groundwork bib [--sources DIR] [--config FILE] [--format csl|bibtex]

Checks every factual sentence of Markdown drafts against a folder of sources.
Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or input error.`;

class UsageError extends Error {}

interface Args {
  command: string;
  files: string[];
  sources?: string;
  config?: string;
  /** Folder for the persistent index cache (none: index from scratch). */
  cacheDir?: string;
  format?: string;
  failOn: string;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") throw new UsageError("");
  if (!["check", "entities", "bib"].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const args: Args = { command, files: [], failOn: "contradicted" };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--sources") args.sources = value();
    else if (a === "--config") args.config = value();
    else if (a === "--cache-dir") args.cacheDir = value();
    else if (a === "--format") args.format = value();
    else if (a === "--fail-on") args.failOn = value();
    else if (a === "--help" || a === "-h") throw new UsageError("");
    else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  const formats: Record<string, string[]> = { check: ["text", "json", "sarif"], entities: ["text", "json"], bib: ["csl", "bibtex"] };
  if (args.format && !formats[command].includes(args.format)) throw new UsageError(`--format must be one of ${formats[command].join(", ")}`);
  if (!["contradicted", "unsupported", "never"].includes(args.failOn)) throw new UsageError("--fail-on must be one of contradicted, unsupported, never");
  if (command === "check" && !args.files.length) throw new UsageError("check needs at least one Markdown file");
  return args;
}

interface Setup {
  engine: Groundwork;
  skipped: SkippedFile[];
  severity: Record<FindingCode, Severity>;
  ignoreClaims: string[];
  ignoreWords: string[];
  sourcesDir: string;
  /** The results cache (with --cache-dir) and how many results it gave. */
  results?: ResultsPlace & { loaded: number };
}

async function setUp(args: Args): Promise<Setup> {
  const configRoot = args.config ? dirname(resolve(args.config)) : args.files[0] ? dirname(resolve(args.files[0])) : process.cwd();
  if (args.config && !existsSync(args.config)) throw new InputError(`config file not found: ${args.config}`);
  const loaded = loadConfig(configRoot, args.config ? resolve(args.config) : undefined);
  for (const p of loaded.problems) process.stderr.write(`groundwork: ${printable(p)}\n`);
  const base = loaded.path ? dirname(loaded.path) : configRoot;
  const sourcesDir = args.sources ? resolve(args.sources) : resolve(base, loaded.config.sources[0] ?? "sources");
  if (!existsSync(sourcesDir)) throw new InputError(`sources folder not found: ${args.sources ?? relative(process.cwd(), sourcesDir)}${args.sources ? "" : " (give one with --sources DIR or in groundwork.json)"}`);
  if (!statSync(sourcesDir).isDirectory()) throw new InputError(`not a folder: ${args.sources ?? sourcesDir}`);
  // (the sentence analyses of earlier checks load beside the index: ../core/cache/analyses)
  const [cached] = args.cacheDir ? await Promise.all([loadFolderWithCache(sourcesDir, resolve(args.cacheDir), { exclude: loaded.config.exclude }), loadAnalyses(resolve(args.cacheDir))]) : [undefined];
  const { engine, skipped } = cached ?? (await Groundwork.fromFolder(sourcesDir, { exclude: loaded.config.exclude }));
  // with a cache folder, the results of the last run answer the sentences that did not change
  const results = cached ? { cacheFile: cached.cacheFile, contentKey: cached.contentKey, loaded: await loadResults(engine, cached) } : undefined;
  // names and text from the sources are printed escaped: no terminal sequence, no forged line
  for (const s of skipped) process.stderr.write(`groundwork: skipped ${printable(s.path)}: ${printable(s.reason)}\n`);
  if (skipped.length) process.stderr.write(`groundwork: ${skipped.length} file${skipped.length === 1 ? "" : "s"} skipped\n`);
  for (const n of fileNotes(engine.units)) process.stderr.write(`groundwork: note ${printable(n.path)}: ${printable(n.note)}\n`);
  if (!engine.units.length) throw new InputError(`no sources found in ${args.sources ?? sourcesDir} (${SUPPORTED_EXTENSIONS.join(", ")})`);
  return { engine, skipped, severity: { ...DEFAULT_SEVERITY, ...(loaded.config.severity as Partial<Record<FindingCode, Severity>>) }, ignoreClaims: loaded.config.ignore?.claims ?? [], ignoreWords: loaded.config.ignore?.words ?? [], sourcesDir, results };
}

class InputError extends Error {}

async function check(args: Args): Promise<number> {
  for (const f of args.files) {
    if (!existsSync(f)) throw new InputError(`draft not found: ${f}`);
    if (statSync(f).isDirectory()) throw new InputError(`${f} is a folder; give Markdown files`);
  }
  const setup = await setUp(args);
  const progress = progressReporter();
  const results: { path: string; claims: ClaimResult[] }[] = args.files.map((path) => {
    const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    const deep = nestingLimit(text);
    if (deep) process.stderr.write(`groundwork: ${printable(path)}:${deep.line + 1}: ${deep.message}\n`);
    return { path, claims: setup.engine.checkMarkdown(text, { ignoreClaims: setup.ignoreClaims, ignoreWords: setup.ignoreWords, progress: (done, total) => progress(path, done, total) }) };
  });
  // save only when this run checked something new
  if (setup.results && setup.engine.exportResults().length > setup.results.loaded) await saveResults(setup.engine, setup.results);
  if (args.cacheDir) await saveAnalyses(resolve(args.cacheDir));
  const format = args.format ?? "text";
  // written in pieces: one string of a 100,000-claim draft's JSON is longer than JavaScript allows
  const write = (chunk: string) => void process.stdout.write(chunk);
  if (format === "json") writeJsonInPieces({ version: 1, files: results }, write);
  else if (format === "sarif") writeJsonInPieces(toSarif(results, setup), write);
  else writeText(results, setup, write);
  if (format !== "text") write("\n");
  const failing = args.failOn === "never" ? [] : args.failOn === "unsupported" ? ["contradicted", "disputed", "unsupported"] : ["contradicted"];
  return results.some((f) => f.claims.some((c) => failing.includes(c.verdict))) ? 1 : 0;
}

function diagnostics(results: { path: string; claims: ClaimResult[] }[], severity: Record<FindingCode, Severity>) {
  const out: { path: string; line: number; character: number; endLine: number; endCharacter: number; severity: Severity; code: FindingCode; message: string; places: string[] }[] = [];
  for (const f of results)
    for (const c of f.claims)
      for (const finding of c.findings) {
        const code = codeOf(finding.kind);
        const sev = severity[code] ?? "warning";
        if (sev === "off") continue;
        const r = finding.range ?? c.range;
        out.push({ path: f.path, line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character, severity: sev, code, message: finding.message, places: evidencePlaces(finding) });
      }
  return out;
}

/** Where the sources say what a finding reports: the first passages of its first two sources ("report.pdf p. 2", "notes.txt:14"). */
function evidencePlaces(finding: Finding): string[] {
  const seen = new Set<string>();
  const places: string[] = [];
  for (const c of finding.evidence ?? []) {
    if (seen.has(c.key) || places.length >= 2) continue;
    seen.add(c.key);
    places.push(placeOf(c));
  }
  return places;
}

function writeText(results: { path: string; claims: ClaimResult[] }[], setup: Setup, write: (chunk: string) => void): void {
  let buf = "";
  for (const d of diagnostics(results, setup.severity)) {
    buf += `${printable(d.path)}:${d.line + 1}:${d.character + 1} ${d.severity} ${d.code} ${printable(d.message)}${d.places.length ? ` [${d.places.map(printable).join("; ")}]` : ""}\n`;
    if (buf.length > 1 << 20) write(buf), (buf = "");
  }
  const count = (v: string) => results.reduce((n, f) => n + f.claims.filter((c) => c.verdict === v).length, 0);
  const checked = results.reduce((n, f) => n + f.claims.filter((c) => c.verdict !== "unchecked").length, 0);
  buf += `\n${checked} claims checked against ${sourceCountLabel(countSources(setup.engine.units).files, setup.engine.units.length)}: ${count("supported")} supported, ${count("contradicted")} contradicted, ${count("disputed")} disputed, ${count("unsupported")} unsupported.\n`;
  write(buf);
}

/** A line on stderr every few seconds of a long check (none for a run shorter than that). */
function progressReporter(everyMs = 5000): (path: string, done: number, total: number) => void {
  const start = Date.now();
  let last = start;
  return (path, done, total) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    process.stderr.write(`groundwork: ${printable(path)}: ${done} of ${total} sentences checked (${Math.round((now - start) / 1000)} s)\n`);
  };
}

/** SARIF's level for a severity (SARIF has no "hint" or "information": both are notes). */
function sarifLevel(s: Severity): "error" | "warning" | "note" {
  return s === "error" ? "error" : s === "warning" ? "warning" : "note";
}

/** The SARIF rules: one per finding code, from the code registry. */
export function sarifRules() {
  return FINDING_CODE_REGISTRY.map((c) => ({
    id: c.id,
    // SARIF wants an identifier-like name: "Wrong role" -> "WrongRole"
    name: c.title
      .split(" ")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(""),
    shortDescription: { text: c.description },
    fullDescription: { text: c.description },
    help: { text: c.help },
    defaultConfiguration: { level: sarifLevel(c.defaultSeverity) },
  }));
}

function toSarif(results: { path: string; claims: ClaimResult[] }[], setup: Setup) {
  const level = sarifLevel;
  const rules = sarifRules();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "groundwork", informationUri: "https://github.com/groundwork/groundwork", version: "0.1.0", rules } },
        results: diagnostics(results, setup.severity).map((d) => ({
          ruleId: d.code,
          level: level(d.severity),
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.path.replace(/\\/g, "/") },
                // SARIF columns count UTF-16 code units from 1, as LSP characters do from 0
                region: { startLine: d.line + 1, startColumn: d.character + 1, endLine: d.endLine + 1, endColumn: d.endCharacter + 1 },
              },
            },
          ],
        })),
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

async function entities(args: Args): Promise<number> {
  const { engine } = await setUp(args);
  const list = engine.entities();
  if (args.format === "json") {
    process.stdout.write(JSON.stringify({ version: 1, entities: list.map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, roles: e.roles, mentions: e.mentions.length, sources: [...new Set(e.mentions.map((m) => m.file))] })) }, null, 1) + "\n");
  } else {
    for (const e of list) process.stdout.write(printable(`${e.kind.padEnd(12)} ${e.name}${e.aliases.length ? ` (also ${e.aliases.join(", ")})` : ""}${e.roles ? ` [${e.roles.join("; ")}]` : ""}: ${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}`) + "\n");
  }
  return 0;
}

async function bib(args: Args): Promise<number> {
  const { engine } = await setUp(args);
  const entries = engine.units.map((u) => bibEntryOf(u, engine.citationKey(u)));
  process.stdout.write(args.format === "bibtex" ? toBibtex(entries) : JSON.stringify(toCslJson(entries), null, 1) + "\n");
  return 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === "check") return await check(args);
    if (args.command === "entities") return await entities(args);
    return await bib(args);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`groundwork: ${e.message}\n\n`);
      process.stderr.write(USAGE + "\n");
      return e.message ? 2 : 0;
    }
    if (e instanceof InputError) {
      process.stderr.write(`groundwork: ${printable(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`groundwork: internal error: ${printable(String((e as Error)?.message ?? e))}\n`);
    return 2;
  }
}

// the fixture tests run the CLI in-process through `main` (exit status; output on process.stdout)
export { main };

if (require.main === module) {
  // a reader that stops early (`| head`) is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
