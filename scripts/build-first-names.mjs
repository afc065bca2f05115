#!/usr/bin/env node
// Builds src/core/entities/first-names.json: first names that are given almost always to one sex, from
// US Social Security birth counts (public domain data, shipped offline by the npm package
// name-to-gender). Pronoun resolution uses it: "He was jailed" cannot be about "Karen Catherall".
// Only frequent, unambiguous names are kept (at least MIN_BIRTHS births, MIN_SHARE of them one sex):
// "Taylor", "Jordan" or "Nicola" (female in Britain, mixed in the US data) stay unknown.
// Output is sorted and has no timestamps: re-running yields a byte-identical file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outFile = process.argv[2] ?? join(root, "src/core/entities/first-names.json");
const MIN_BIRTHS = 2000;
const MIN_SHARE = 0.97;

// the package's table is a literal `var d={name:[male,female],…}` in its CommonJS build
const source = readFileSync(require.resolve("name-to-gender"), "utf8");
const literal = source.match(/var d=(\{[^}]*\})/);
if (!literal) throw new Error("name-to-gender: birth-count table not found");
const counts = JSON.parse(literal[1].replace(/([{,])([a-z'-]+):/g, '$1"$2":'));
const male = [];
const female = [];
for (const [name, [m, f]] of Object.entries(counts)) {
  const total = m + f;
  if (total < MIN_BIRTHS) continue;
  if (m / total >= MIN_SHARE) male.push(name);
  else if (f / total >= MIN_SHARE) female.push(name);
}
male.sort();
female.sort();
writeFileSync(outFile, JSON.stringify({ source: "US Social Security birth counts via npm name-to-gender 1.0.2", minBirths: MIN_BIRTHS, minShare: MIN_SHARE, male, female }) + "\n");
console.log(`${outFile}: ${male.length} male, ${female.length} female first names`);
