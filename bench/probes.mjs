// Hand-written probe sets about the sample sources (bench/probes/*.txt), for a developer's
// regression check, not a test: each line "F claim" (wrong: must not be ticked) or "T claim" (true:
// must not be called contradicted or disputed); "#" starts a comment. Prints each claim's verdict
// and, per file, the false ticks and false warnings. Written after the sets the scorers
// use; they show what a fresh set finds, and the next fresh set will find more.
// usage: node bench/probes.mjs [FILE...]   (default: every bench/probes/*.txt; needs dist/cli.js)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(join(root, "bench/probes")).filter((f) => f.endsWith(".txt")).sort().map((f) => join(root, "bench/probes", f));
const sources = join(root, "examples/scale-ai/sources");
let totalTicks = 0;
let totalWarnings = 0;
for (const file of files) {
  const rows = readFileSync(file, "utf8").split("\n").filter((l) => /^[FT] /.test(l)).map((l) => ({ label: l[0], text: l.slice(2).trim() }));
  const draft = join(mkdtempSync(join(tmpdir(), "gw-probe-")), "draft.md");
  writeFileSync(draft, rows.map((r) => r.text).join("\n\n") + "\n");
  const out = JSON.parse(execFileSync(process.execPath, [join(root, "dist/cli.js"), "check", "--fail-on", "never", "--sources", sources, "--format", "json", draft], { encoding: "utf8", maxBuffer: 64 << 20 }));
  const claims = out.files[0].claims;
  let ticks = 0;
  let warnings = 0;
  for (const r of rows) {
    const verdicts = claims.filter((c) => r.text.includes(c.text.trim())).map((c) => c.verdict);
    const ticked = verdicts.length > 0 && verdicts.every((v) => v === "supported");
    const warned = verdicts.some((v) => v === "contradicted" || v === "disputed");
    const bad = r.label === "F" && ticked ? "  <== FALSE TICK" : r.label === "T" && warned ? "  <== FALSE WARNING" : "";
    if (bad.includes("TICK")) ticks++;
    if (bad.includes("WARNING")) warnings++;
    console.log(`${r.label} ${(verdicts.join("/") || "none").padEnd(14)} ${r.text}${bad}`);
  }
  console.log(`== ${file.slice(root.length + 1)}: ${ticks} false ticks of ${rows.filter((r) => r.label === "F").length} wrong claims, ${warnings} false warnings of ${rows.filter((r) => r.label === "T").length} true ones\n`);
  totalTicks += ticks;
  totalWarnings += warnings;
}
console.log(`total: ${totalTicks} false ticks, ${totalWarnings} false warnings`);
