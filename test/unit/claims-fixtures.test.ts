// Golden fixtures for the claim checker: every case folder under test/fixtures/claims (a draft.md,
// its sources, an expected.json) goes through the CLI's `check --format json`, run in this process,
// and its claims are compared with the expected ones. GROUNDWORK_UPDATE_FIXTURES=1 rewrites the
// expected files instead; see test/fixtures/claims/README.md.
import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { main as runCli } from "../../src/cli";
import { codeOf } from "../../src/core/claims/codes";
import type { ClaimResult, FindingKind } from "../../src/core/types";

const ROOT = join(__dirname, "../fixtures/claims");
const SHARED_SOURCES = join(ROOT, "_sources");
const UPDATE = process.env.GROUNDWORK_UPDATE_FIXTURES === "1";
// pending cases are skipped unless asked for, to see which of them pass as checks land
const RUN_PENDING = process.env.GROUNDWORK_FIXTURES_PENDING === "1";

/** What a case pins per claim: only fields that stay put when scores or wording of excerpts change. */
interface ExpectedFinding {
  code: string;
  claimed?: string;
  expected?: string | null;
  message?: string;
}
interface ExpectedClaim {
  text: string;
  verdict: string;
  /** File of the first citation (null: no citation). */
  source?: string | null;
  /** Absent: only the verdict is pinned (a hand-written intent for a check not built yet). */
  findings?: ExpectedFinding[];
  /** Why the verdict is what it is; for readers, never compared. */
  why?: string;
}
interface CaseFile {
  /** A folder under test/fixtures/claims/_sources used instead of the case's own sources/. */
  sources?: string;
}

/** Case folders (those with a draft.md), as paths relative to ROOT with forward slashes. */
function findCases(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name === "sources") continue;
    const path = join(dir, entry.name);
    if (existsSync(join(path, "draft.md"))) out.push(relative(ROOT, path).split(sep).join("/"));
    out.push(...findCases(path));
  }
  return out;
}

function sourcesOf(caseDir: string): string {
  const configFile = join(caseDir, "case.json");
  if (existsSync(configFile)) {
    const config = JSON.parse(readFileSync(configFile, "utf8")) as CaseFile;
    if (config.sources) return join(SHARED_SOURCES, config.sources);
  }
  return join(caseDir, "sources");
}

/** Runs `check --format json` through the CLI's own entry point, capturing what it writes. */
async function checkThroughCli(draft: string, sources: string): Promise<ClaimResult[]> {
  let stdout = "";
  let stderr = "";
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true)) as typeof process.stderr.write;
  let status: number;
  try {
    status = await runCli(["check", "--format", "json", "--fail-on", "never", "--sources", sources, draft]);
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
  assert.equal(status, 0, `the CLI exited with ${status}: ${stderr.trim()}`);
  const output = JSON.parse(stdout) as { version: number; files: { path: string; claims: ClaimResult[] }[] };
  assert.equal(output.version, 1);
  return output.files[0].claims;
}

function stableClaim(c: ClaimResult): ExpectedClaim {
  return {
    text: c.text,
    verdict: c.verdict,
    source: c.citations[0]?.source ?? null,
    findings: c.findings.map((f) => {
      // the JSON names the finding's kind; the code is what users see and configure
      const withCode = f as typeof f & { code?: string };
      return { code: withCode.code ?? codeOf(f.kind as FindingKind), claimed: f.claimed, expected: f.expected ?? null, message: f.message };
    }),
  };
}

const show = (v: unknown) => JSON.stringify(v);

/** The fields of `want` that `got` gives otherwise, as readable lines. */
function differences(got: ExpectedClaim, want: ExpectedClaim): string[] {
  const lines: string[] = [];
  for (const key of ["text", "verdict", "source"] as const)
    if (key in want && got[key] !== want[key]) lines.push(`  ${key}: got ${show(got[key])}, expected ${show(want[key])}`);
  if (want.findings) {
    const gotFindings = got.findings ?? [];
    const count = Math.max(gotFindings.length, want.findings.length);
    for (let i = 0; i < count; i++) {
      const g = gotFindings[i];
      const w = want.findings[i];
      if (!g || !w) {
        lines.push(`  findings[${i}]: got ${g ? show(g) : "nothing"}, expected ${w ? show(w) : "nothing"}`);
        continue;
      }
      for (const key of ["code", "claimed", "expected", "message"] as const)
        if (key in w && g[key] !== w[key]) lines.push(`  findings[${i}].${key}: got ${show(g[key])}, expected ${show(w[key])}`);
    }
  }
  return lines;
}

function compare(got: ExpectedClaim[], want: ExpectedClaim[]): string {
  const report: string[] = [];
  if (got.length !== want.length) report.push(`${got.length} claims, expected ${want.length}: ${show(got.map((c) => c.text))}`);
  for (let i = 0; i < Math.min(got.length, want.length); i++) {
    const lines = differences(got[i], want[i]);
    if (lines.length) report.push(`claim ${i + 1}: "${want[i].text}"`, ...lines);
  }
  return report.join("\n");
}

/** Keeps the hand-written `why` of each claim (matched by text) when an update rewrites the file. */
function withReasons(got: ExpectedClaim[], expectedFile: string): ExpectedClaim[] {
  if (!existsSync(expectedFile)) return got;
  const old = (JSON.parse(readFileSync(expectedFile, "utf8")) as { claims: ExpectedClaim[] }).claims;
  const why = new Map(old.filter((c) => c.why).map((c) => [c.text, c.why]));
  return got.map((c) => (why.has(c.text) ? { ...c, why: why.get(c.text) } : c));
}

const cases = findCases(ROOT);
const pendingFile = join(ROOT, "pending.json");
const pending = new Set<string>(existsSync(pendingFile) ? (JSON.parse(readFileSync(pendingFile, "utf8")) as { cases: string[] }).cases : []);

describe("claim checker golden fixtures (test/fixtures/claims)", function () {
  this.timeout(20_000);

  it("finds the cases, and every pending entry names one of them", () => {
    assert.ok(cases.length >= 10, `only ${cases.length} cases found under ${ROOT}`);
    const unknown = [...pending].filter((p) => !cases.includes(p));
    assert.deepEqual(unknown, [], "pending.json names cases that do not exist");
  });

  for (const name of cases) {
    const caseDir = join(ROOT, name);
    const expectedFile = join(caseDir, "expected.json");
    const isPending = pending.has(name);
    // hand-written intents of pending cases must survive an update run
    const define = isPending && !RUN_PENDING ? it.skip : it;
    define(name, async () => {
      const sources = sourcesOf(caseDir);
      assert.ok(existsSync(sources), `${name}: no sources folder (${relative(ROOT, sources)}); add sources/ or case.json {"sources": "<folder in _sources>"}`);
      const got = (await checkThroughCli(join(caseDir, "draft.md"), sources)).map(stableClaim);
      if (UPDATE && !isPending) {
        writeFileSync(expectedFile, JSON.stringify({ claims: withReasons(got, expectedFile) }, null, 2) + "\n");
        return;
      }
      assert.ok(existsSync(expectedFile), `${name}: no expected.json; write it by hand or run GROUNDWORK_UPDATE_FIXTURES=1 npm run test:fixtures`);
      const want = (JSON.parse(readFileSync(expectedFile, "utf8")) as { claims: ExpectedClaim[] }).claims;
      const report = compare(got, want);
      if (report) assert.fail(`${name}: the checker's output differs from expected.json\n${report}\n(if the change is intended: GROUNDWORK_UPDATE_FIXTURES=1 npm run test:fixtures, then review the diff)`);
    });
  }
});
