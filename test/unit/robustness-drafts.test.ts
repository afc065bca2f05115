// Bad drafts and bad config: never a crash, exact UTF-16 ranges, clear messages naming the file.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Groundwork } from "../../src/core/engine";
import { LineIndex } from "../../src/core/text/lines";
import { parseConfig, loadConfig } from "../../src/core/config";
import { loadFolderWithCache } from "../../src/core/cache";
import { remove, tempDir, write } from "../fixtures/helpers/tree";

const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");

function engine(): Groundwork {
  const g = new Groundwork();
  g.setSource("a.txt", "Scale AI was founded in 2016 by Alexandr Wang. It raised $1 billion in 2024. Компания выросла на 49%.\n");
  return g;
}

const DRAFTS: Record<string, () => string> = {
  empty: () => "",
  "100,000 lines": () => Array.from({ length: 100_000 }, (_, i) => (i % 4 === 3 ? "" : `Line ${i} raised $${i} million in 2024.`)).join("\n"),
  "one 1 MB line": () => "Scale AI raised $1 billion in 2024 and ".repeat(26_000) + ".",
  "unbalanced quotes": () => 'Wang said "we grew fast. He said “maybe. And \'then.\n\n"""\n',
  "unterminated code fence": () => "Scale AI was founded in 2016.\n\n```js\nconst x = 'It raised $5 billion.';\n\nStill code.\n",
  "nested lists and blockquotes": () => "> - Scale AI was founded in 2016.\n>   > 1. It raised $1 billion.\n>   >    - Deeper > still.\n\n- a\n  - b\n    - c. It grew.\n",
  tables: () => "| Year | Raised |\n|---|---:|\n| 2016 | $1 billion |\n| x |\n|\n",
  "HTML blocks": () => "<div>\nScale AI was founded in 2016.\n</div>\n\n<script>alert(1)</script>\n\nIt raised $1 billion <b>in 2024</b>.\n",
  "front matter only": () => "---\ntitle: Scale. AI.\n---\n",
  "non-Latin scripts": () => "Компания выросла на 49% в 2024 году. 公司在2024年筹集了10亿美元。 الشركة نمت بنسبة 49%. कंपनी बढ़ी।\n",
  "emoji and surrogate pairs": () => "😀 Scale AI 👩‍👩‍👧 raised $1 billion in 2024. 𝒜 Wang 🇺🇸 said it. \uD83D lone high. \uDE00 lone low.\n",
};

describe("robustness: drafts", function () {
  this.timeout(60_000);
  const g = engine();
  for (const [name, make] of Object.entries(DRAFTS)) {
    it(`${name}: checked without a crash, every range slices its own text`, () => {
      const md = make();
      const lines = new LineIndex(md);
      const t0 = performance.now();
      const results = g.checkMarkdown(md);
      assert.ok(performance.now() - t0 < 30_000);
      for (const r of results) {
        const { start, end } = lines.offsetsOf(r.range);
        assert.equal(md.slice(start, end), r.text);
        for (const f of r.findings) if (f.range) {
          const o = lines.offsetsOf(f.range);
          assert.ok(o.start >= start && o.end <= end, "finding inside its claim");
        }
      }
      if (name === "emoji and surrogate pairs") assert.ok(results.some((r) => r.text.includes("raised $1 billion")));
      if (name === "front matter only" || name === "empty") assert.equal(results.filter((r) => r.verdict !== "unchecked").length, 0);
    });
  }
});

describe("robustness: config", () => {
  it("invalid JSON: a message naming the file and the place; defaults", () => {
    const { config, problems } = parseConfig('{ "sources": ["s"', "/w/groundwork.json");
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^groundwork\.json: invalid JSON/);
    assert.deepEqual(config.sources, ["sources"]);
  });
  it("unknown keys and wrong types: one message each, defaults for those keys only", () => {
    const { config, problems } = parseConfig(JSON.stringify({ sorces: "x", sources: 5, citationStyle: 3, severity: { contradicted: "loud", unsupported: "hint" }, drafts: ["d/*.md"] }), "groundwork.json");
    assert.ok(problems.some((p) => /unknown key "sorces"/.test(p)));
    assert.ok(problems.some((p) => /"sources" must be an array/.test(p)));
    assert.ok(problems.some((p) => /"citationStyle" must be one of/.test(p)));
    assert.ok(problems.some((p) => /"severity\.contradicted"/.test(p)));
    assert.ok(problems.every((p) => p.startsWith("groundwork.json: ")));
    assert.deepEqual(config.sources, ["sources"]);
    assert.equal(config.severity.unsupported, "hint");
    assert.deepEqual(config.drafts, ["d/*.md"]);
  });
  it("a config file that is a folder or binary: a message, defaults", () => {
    const dir = tempDir();
    try {
      write(dir, "groundwork.json/x", "");
      const r = loadConfig(dir);
      assert.ok(r.problems.length >= 1 && /groundwork\.json/.test(r.problems[0]));
      const r2 = parseConfig("\u0000\u0001\uFFFD", "groundwork.json");
      assert.match(r2.problems[0], /groundwork\.json: /);
    } finally {
      remove(dir);
    }
  });
  it("CLI: a sources folder that does not exist, bad config, skipped files: clear messages, exit codes", function () {
    this.timeout(30_000);
    if (!existsSync(CLI)) spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
    const dir = tempDir();
    try {
      write(dir, "draft.md", "Scale AI was founded in 2016.\n");
      write(dir, "groundwork.json", '{ "sources": "nowhere", "bogus": 1, ');
      let r = spawnSync(process.execPath, [CLI, "check", "--config", join(dir, "groundwork.json"), join(dir, "draft.md")], { encoding: "utf8" });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /groundwork\.json: invalid JSON/);
      assert.match(r.stderr, /sources folder not found/);
      write(dir, "groundwork.json", '{ "sources": "nowhere", "bogus": 1 }');
      r = spawnSync(process.execPath, [CLI, "check", "--config", join(dir, "groundwork.json"), join(dir, "draft.md")], { encoding: "utf8" });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /unknown key "bogus"/);
      assert.match(r.stderr, /sources folder not found: .*nowhere/);
      write(dir, "src/a.txt", "Scale AI was founded in 2016.\n");
      write(dir, "src/b.txt", Buffer.from([0, 1, 2, 3]));
      write(dir, "src/c.txt", Buffer.from([0xc3, 0x28]));
      r = spawnSync(process.execPath, [CLI, "check", "--sources", join(dir, "src"), "--format", "json", join(dir, "draft.md")], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /skipped b\.txt: binary/);
      assert.match(r.stderr, /skipped c\.txt: not valid UTF-8/);
      assert.match(r.stderr, /2 files skipped/);
      assert.equal(JSON.parse(r.stdout).files[0].claims[0].verdict, "supported");
    } finally {
      remove(dir);
    }
  });
});

describe("robustness: cache", () => {
  it("a corrupt, truncated or old-version cache is detected and rebuilt", async function () {
    this.timeout(30_000);
    const dir = tempDir();
    try {
      write(dir, "src/a.txt", "Scale AI was founded in 2016. It raised $1 billion.\n");
      const cache = join(dir, "cache");
      const first = await loadFolderWithCache(join(dir, "src"), cache);
      assert.equal(first.engine.units.length, 1);
      const file = join(cache, readdirSync(cache)[0]);
      const { readFileSync, writeFileSync } = await import("node:fs");
      const good = readFileSync(file);
      for (const [what, bytes] of [
        ["garbage", Buffer.from("garbage garbage garbage garbage")],
        ["truncated", good.subarray(0, Math.floor(good.length / 2))],
        ["old version", Buffer.concat([good.subarray(0, 7), Buffer.from([0]), good.subarray(8)])],
        ["flipped payload byte", Buffer.from(good.map((b, i) => (i === good.length - 3 ? b ^ 0xff : b)))],
        ["empty", Buffer.alloc(0)],
      ] as const) {
        writeFileSync(file, bytes);
        const r = await loadFolderWithCache(join(dir, "src"), cache);
        assert.equal(r.cache.status, "rebuilt", `${what}: ${JSON.stringify(r.cache)}`);
        assert.equal(r.engine.units.length, 1, what);
        assert.equal(r.engine.checkMarkdown("Scale AI was founded in 2016.")[0].verdict, "supported", what);
      }
    } finally {
      remove(dir);
    }
  });
});
