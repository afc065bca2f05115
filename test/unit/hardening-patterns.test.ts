// Patterns from groundwork.json cannot stall a check: `ignore.claims` regexes run on a linear-time
// engine (RE2) or are refused with a config error; globs whose `**` hide in braces or parentheses
// are refused like the others.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseConfig } from "../../src/core/config";
import { Groundwork } from "../../src/core/engine";
import { globProblem } from "../../src/core/text/glob";
import { compileUserRegex } from "../../src/core/text/user-regex";
import { remove, tempDir, write } from "../fixtures/helpers/tree";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist/cli.js");
// /^(a+)+$/ on 40 a's and a '!' backtracks 2^40 times in JavaScript's engine: hours
const CATASTROPHIC = "/^(a+)+$/";
const EVIL_LINE = "a".repeat(40) + "!";

describe("hardening: user-given patterns", function () {
  this.timeout(60000);

  it("a catastrophic ignore.claims regex does not stall `groundwork check` (CLI child, killed if it hangs)", () => {
    const dir = tempDir("gw-regex-");
    try {
      write(dir, "sources/a.txt", "Scale AI\n\nScale AI was founded in 2016.\n");
      write(dir, "groundwork.json", JSON.stringify({ ignore: { claims: [CATASTROPHIC, "/^Scale/"] } }));
      const draft = write(dir, "draft.md", `${EVIL_LINE}\n\nScale AI was founded in 2019.\n`);
      const r = spawnSync(process.execPath, [CLI, "check", "--format", "json", draft], { encoding: "utf8", timeout: 30000, cwd: dir });
      assert.equal(r.signal, null, "killed: the check hung on the pattern");
      assert.equal(r.status, 0, r.stderr);
      const claims = JSON.parse(r.stdout).files[0].claims as { text: string; verdict: string }[];
      assert.equal(claims.find((c) => c.text.startsWith("Scale"))?.verdict, "unchecked", "the second pattern still ignores its claim");
    } finally {
      remove(dir);
    }
  });

  it("compiles JavaScript-style patterns and flags to a linear-time matcher", () => {
    const re = compileUserRegex("^(a+)+$");
    assert.ok(!("error" in re));
    assert.equal(re.test("a".repeat(100_000) + "!"), false);
    assert.equal(re.test("aaaa"), true);
    const ci = compileUserRegex("^note:", "i");
    assert.ok(!("error" in ci) && ci.test("NOTE: this is an aside"));
    const named = compileUserRegex("(?<year>\\d{4}) figures");
    assert.ok(!("error" in named) && named.test("the 2024 figures"));
    const g = new Groundwork("/tmp/gw-user-regex");
    g.setSource("a.txt", "Scale\n\nScale AI was founded in 2016.\n");
    const results = g.checkMarkdown("Scale AI was founded in 2019.\n\nNote: Scale AI was founded in 2019.\n", { ignoreClaims: ["/^note:/i"] });
    assert.deepEqual(results.map((r) => r.verdict), ["contradicted", "unchecked"]);
  });

  it("refuses what RE2 cannot run in linear time with a config error naming the entry", () => {
    const { config, problems } = parseConfig(JSON.stringify({ ignore: { claims: ["/(?=Scale)S/", "/(a)\\1/", "/x{2000}/", "/ok/", "/bad/q", "plain text"] } }), "groundwork.json");
    assert.deepEqual(config.ignore.claims, ["/ok/", "plain text"]);
    assert.equal(problems.length, 4, problems.join("\n"));
    assert.match(problems[0], /^groundwork\.json: "ignore\.claims\[0\]" cannot be run in linear time .*lookahead, lookbehind and backreferences are not supported; ignored$/);
    assert.match(problems[1], /"ignore\.claims\[1\]" cannot be run in linear time/);
    assert.match(problems[2], /"ignore\.claims\[2\]"/);
    assert.match(problems[3], /"ignore\.claims\[4\]" (is not a valid regular expression|has an unknown flag)/);
  });

  it("globs with more than two '**' hidden in braces or parentheses are refused (they took seconds on deep paths)", () => {
    for (const p of ["{**,q}/{**,q}/{**,q}/{**,q}/x", "**/{a,**}/{a,**}/{a,**}/x", "(**)/(**)/(**)/(**)/x", "@(**)/@(**)/@(**)/@(**)/x", "{**/a,b}{**/a,b}{**/a,b}x"]) {
      assert.match(globProblem(p) ?? "", /more than 2 separate '\*\*'/, p);
    }
    for (const p of ["**/*.md", "drafts/**/*.md", "{a,b}/**/*.md", "**/drafts/**/*.md"]) assert.equal(globProblem(p), undefined, p);
  });
});
