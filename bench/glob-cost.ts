// Worst-case cost of matching one path against glob patterns at and beyond GLOB_LIMITS
// (src/core/text/glob.ts). Prints JSON: milliseconds per test, and whether the pattern is refused.
// Run: npx tsx bench/glob-cost.ts
import picomatch from "picomatch/posix";
import { compileGlob, globProblem } from "../src/core/text/glob";

const deep = (name: string, depth: number) => Array(depth).fill(name).join("/") + "/z";
const cases: { pattern: string; path: string; what: string }[] = [
  { what: "5 consecutive ** on a 200-deep path", pattern: "**/**/**/**/**/a", path: deep("a", 200) },
  { what: "2 separate ** on a 200-deep path", pattern: "**/a/**/b", path: deep("a", 200) },
  { what: "2 separate ** and 2 stars per name on a 200-deep path", pattern: "**/*a*/**/*b*", path: deep("aaaaaaaaaa", 200) },
  // Linux refuses paths over 4,096 bytes: the longest a walk can meet
  { what: "2 separate ** and 2 stars per name, 4,000-character path of 19-letter names", pattern: "**/*a*/**/*b*", path: deep("a".repeat(19), 200) },
  { what: "2 separate ** on a 2,000-deep path of 1-letter names", pattern: "**/*a*/**/*b*", path: deep("a", 2000) },
  { what: "bare name (any depth) with 2 stars on a 200-deep path", pattern: "*a*", path: deep("aaaaaaaaaa", 200) + "b" },
  { what: "2 stars in a 255-character name", pattern: "*a*b", path: "a".repeat(255) },
  { what: "3 separate ** (refused)", pattern: "**/a/**/a/**/b", path: deep("a", 200) },
  { what: "3 stars in one name (refused)", pattern: "*a*a*b", path: "a".repeat(255) },
];

function msPerTest(re: RegExp, path: string): number {
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 50 && runs < 1000) {
    re.test(path);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return Math.round((elapsed / runs) * 1000) / 1000;
}

const out = cases.map((c) => {
  const re = compileGlob(c.pattern);
  // a refused pattern is timed as picomatch alone would match it, to show why it is refused
  const raw = re ?? picomatch.makeRe(c.pattern.includes("/") ? c.pattern : `**/${c.pattern}`, { dot: true });
  return { what: c.what, pattern: c.pattern, refused: globProblem(c.pattern) ?? false, msPerTest: msPerTest(raw, c.path) };
});
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
