#!/usr/bin/env node
// Span-level score on WiCE's non_supported_tokens: precision and recall of the claim words that
// Groundwork's `unsupported-part` findings cover, against the words annotators marked as not
// supported. Runs the CLI exactly as the claim scorers do.
// usage: node bench/span-score.mjs --data ../shared/eval/wice/non_supported_tokens_dev.jsonl [--cli "node dist/cli.js"] [--jobs 2]
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
const run = promisify(execFile);

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const data = opt("--data");
const cli = opt("--cli", "node dist/cli.js").split(" ");
const jobs = Number(opt("--jobs", "2"));
if (!data) {
  console.error("usage: node bench/span-score.mjs --data non_supported_tokens_dev.jsonl [--cli CMD] [--jobs N]");
  process.exit(2);
}
const rows = readFileSync(data, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const root = mkdtempSync(join(tmpdir(), "span-"));

/** Character span of each token in the claim text (tokens appear in order). */
function tokenSpans(claim, tokens) {
  const spans = [];
  let from = 0;
  for (const t of tokens) {
    const at = claim.indexOf(t, from);
    if (at < 0) spans.push(null);
    else {
      spans.push([at, at + t.length]);
      from = at + t.length;
    }
  }
  return spans;
}

const counts = { parts: { tp: 0, fp: 0, fn: 0 }, withWhole: { tp: 0, fp: 0, fn: 0 } };
let next = 0, failures = 0;
async function worker() {
  while (next < rows.length) {
    const i = next++;
    const r = rows[i];
    const dir = join(root, String(i));
    mkdirSync(join(dir, "sources"), { recursive: true });
    writeFileSync(join(dir, "sources", "article.txt"), r.evidence.map((s) => s.replace(/\s+/g, " ")).join("\n") + "\n");
    writeFileSync(join(dir, "draft.md"), r.claim + "\n");
    let out;
    try {
      out = (await run(cli[0], [...cli.slice(1), "check", "--sources", join(dir, "sources"), "--format", "json", join(dir, "draft.md")], { maxBuffer: 64 << 20 })).stdout;
    } catch (e) {
      out = e.stdout;
    }
    let claims = [];
    try {
      claims = JSON.parse(out).files[0].claims || [];
    } catch {
      failures++;
      continue;
    }
    // the draft is one line, so characters on line 0 are offsets into the claim
    const ranges = (kinds) =>
      claims.flatMap((c) => c.findings.filter((f) => kinds.includes(f.kind)).map((f) => f.range ?? c.range)).filter((rg) => rg.start.line === 0).map((rg) => [rg.start.character, rg.end.line === 0 ? rg.end.character : Infinity]);
    const spans = tokenSpans(r.claim, r.claim_tokens);
    for (const [name, kinds] of [["parts", ["unsupported-part"]], ["withWhole", ["unsupported-part", "unsupported"]]]) {
      const flagged = ranges(kinds);
      spans.forEach((sp, k) => {
        if (!sp || /^\p{P}+$/u.test(r.claim_tokens[k])) return;
        const hit = flagged.some(([s, e]) => sp[0] < e && sp[1] > s);
        const gold = r.non_supported_spans[k];
        if (hit && gold) counts[name].tp++;
        else if (hit) counts[name].fp++;
        else if (gold) counts[name].fn++;
      });
    }
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
const pr = ({ tp, fp, fn }) => ({ precision: +(100 * tp / Math.max(1, tp + fp)).toFixed(1), recall: +(100 * tp / Math.max(1, tp + fn)).toFixed(1) });
console.log(JSON.stringify({ rows: rows.length, failures, unsupportedPartWords: pr(counts.parts), includingWholeClaimFindings: pr(counts.withWhole) }));
