// Rewrites the generated copies of the finding-code registry (src/core/claims/registry.ts):
//   - package.json: contributes.configuration.properties["groundwork.severity"] (properties, default);
//   - schemas/groundwork.schema.json: properties.severity.properties and definitions.severity.enum;
//   - README.md: the "Finding codes" table between its codes:start / codes:end markers.
// Run: npm run codes:sync (tsx runs this file so that it can import the TypeScript registry).
// With --check it writes nothing and exits 1 when a copy is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FINDING_CODE_REGISTRY, SEVERITIES } from "../src/core/claims/registry.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const README_START = "<!-- codes:start (generated from src/core/claims/registry.ts by npm run codes:sync) -->";
export const README_END = "<!-- codes:end -->";

/** package.json with its severity setting regenerated; the rest of the file as it was (2-space JSON). */
export function syncPackageJson(text) {
  const pkg = JSON.parse(text);
  const setting = pkg.contributes.configuration.properties["groundwork.severity"];
  setting.properties = Object.fromEntries(
    FINDING_CODE_REGISTRY.map((c) => [c.id, { type: "string", enum: [...SEVERITIES], default: c.defaultSeverity, description: c.description }]),
  );
  setting.default = Object.fromEntries(FINDING_CODE_REGISTRY.map((c) => [c.id, c.defaultSeverity]));
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** The lines from `open` (a line that is exactly it) to its closing brace at the same indentation. */
function blockAt(lines, open, from = 0) {
  const start = lines.indexOf(open, from);
  if (start < 0) throw new Error(`schema: no line ${JSON.stringify(open)}`);
  const indent = open.length - open.trimStart().length;
  const end = lines.findIndex((l, i) => i > start && /^\s*\},?$/.test(l) && l.length - l.trimStart().length === indent);
  if (end < 0) throw new Error(`schema: no end to ${JSON.stringify(open)}`);
  return { start, end };
}

/** The schema with the severity keys regenerated; its hand-kept layout (one line per code) kept. */
export function syncSchema(text) {
  const lines = text.split("\n");
  const severity = blockAt(lines, '    "severity": {');
  const props = blockAt(lines, '      "properties": {', severity.start);
  const generated = FINDING_CODE_REGISTRY.map(
    (c, i) => `        ${JSON.stringify(c.id)}: { "$ref": "#/definitions/severity", "description": ${JSON.stringify(c.description)}, "default": ${JSON.stringify(c.defaultSeverity)} }${i < FINDING_CODE_REGISTRY.length - 1 ? "," : ""}`,
  );
  lines.splice(props.start + 1, props.end - props.start - 1, ...generated);
  const definition = blockAt(lines, '    "severity": {', lines.indexOf('  "definitions": {'));
  const enumLine = lines.findIndex((l, i) => i > definition.start && i < definition.end && l.trimStart().startsWith('"enum":'));
  if (enumLine < 0) throw new Error("schema: no definitions.severity.enum");
  lines[enumLine] = `      "enum": ${JSON.stringify(SEVERITIES).replace(/","/g, '", "')}`;
  return lines.join("\n");
}

/** The README's codes table (between the markers). */
export function syncReadme(text) {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md: markers ${README_START} … ${README_END} not found`);
  const rows = FINDING_CODE_REGISTRY.map((c) => `| \`${c.id}\` | ${c.title} | ${c.description} | ${c.defaultSeverity} |`);
  const table = ["| code | title | meaning | default severity |", "| --- | --- | --- | --- |", ...rows].join("\n");
  return text.slice(0, start) + `${README_START}\n${table}\n` + text.slice(end);
}

const FILES = [
  ["package.json", syncPackageJson],
  ["schemas/groundwork.schema.json", syncSchema],
  ["README.md", syncReadme],
];

function main() {
  const check = process.argv.includes("--check");
  const stale = [];
  for (const [file, sync] of FILES) {
    const path = join(ROOT, file);
    const before = readFileSync(path, "utf8");
    const after = sync(before);
    if (after === before) continue;
    stale.push(file);
    if (!check) writeFileSync(path, after);
  }
  if (check && stale.length) {
    process.stderr.write(`codes:sync: out of date: ${stale.join(", ")} (run npm run codes:sync)\n`);
    process.exit(1);
  }
  process.stdout.write(stale.length ? `codes:sync: ${check ? "out of date" : "rewrote"} ${stale.join(", ")}\n` : "codes:sync: up to date\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
