// The one glob dialect (src/core/text/glob.ts): its semantics, its cost limits, and that full
// indexing, the server's file-watch filter and the config file agree on every path.
import { strict as assert } from "node:assert";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { defaultConfig, isDraftPath, isSourcePath, parseConfig } from "../../src/core/config";
import { loadSourceFolder } from "../../src/core/sources";
import { compileGlob, globMatcher, globProblem, matchesGlob, normalizeGlob } from "../../src/core/text/glob";
import { SourcesWorkspace } from "../../src/server/indexing";
import { mergeSettings } from "../../src/server/settings";

describe("glob", () => {
  const table: [pattern: string, path: string, matches: boolean][] = [
    // a bare name: that file or folder anywhere, and everything under it
    ["old", "old", true],
    ["old", "old/a.txt", true],
    ["old", "x/y/old/a.txt", true],
    ["old", "older/a.txt", false],
    ["old", "x/bold/a.txt", false],
    // *.html at any depth, like .gitignore
    ["*.html", "page.html", true],
    ["*.html", "a/b/page.html", true],
    ["*.html", "page.htm", false],
    // with '/': anchored at the root
    ["sub/*.md", "sub/c.md", true],
    ["sub/*.md", "sub/x/c.md", false],
    ["sub/*.md", "x/sub/c.md", false],
    ["sources/old", "sources/old/a.txt", true],
    ["sources/old", "x/sources/old/a.txt", false],
    ["sources/old/**", "sources/old/x/y.txt", true],
    ["**/*.md", "c.md", true],
    ["**/*.md", "a/b/c.md", true],
    ["**/node_modules/**", "x/node_modules/y.md", true],
    ["drafts/**/*.md", "drafts/a/b/c.md", true],
    ["drafts/**/*.md", "drafts/c.md", true],
    // braces, classes, '?'
    ["docs/*.{md,markdown}", "docs/x.markdown", true],
    ["docs/*.{md,markdown}", "docs/x.txt", false],
    ["{old,archive}", "a/archive/b.txt", true],
    ["{old,archive}/x.txt", "old/x.txt", true],
    ["report-[0-9].txt", "report-7.txt", true],
    ["report-[0-9].txt", "report-a.txt", false],
    ["a?.txt", "ab.txt", true],
    ["a?.txt", "a/.txt", false],
    // spelling of the pattern and the path
    ["./old/", "old/a.txt", true],
    ["/old", "x/old/a.txt", true],
    ["sources\\old", "sources/old/a.txt", true],
    ["old", "x\\old\\a.txt", true],
    ["Old", "old/a.txt", false],
    // '!' and extglob syntax are literal, never negation or nested repetition
    ["!old", "old/a.txt", false],
    ["!old", "!old", true],
    ["+(a|b).txt", "a.txt", false],
    ["**", "anything/at/all.txt", true],
  ];
  for (const [pattern, path, matches] of table) {
    it(`${JSON.stringify(pattern)} ${matches ? "matches" : "does not match"} ${JSON.stringify(path)}`, () => {
      assert.equal(matchesGlob(path, pattern), matches);
    });
  }

  it("normalizes patterns: separators, prefixes, a trailing '/' or '/**'", () => {
    assert.equal(normalizeGlob(" ./a\\b/ "), "a/b");
    assert.equal(normalizeGlob("/a//b/**/**"), "a/b");
    assert.equal(normalizeGlob("**/**"), "**");
    assert.equal(normalizeGlob("a/**/b"), "a/**/b");
  });

  it("refuses patterns whose regular expression could backtrack for seconds, and keeps ordinary ones", () => {
    for (const p of ["*.md", "**/*.md", "old", "drafts/**/*.md", "**/drafts/**/*.md", "*-draft-*.md", "**/**/**/**/**/a", "{a,b}/*.{md,txt}"]) {
      assert.equal(globProblem(p), undefined, p);
      assert.ok(compileGlob(p), p);
    }
    assert.match(globProblem("*a*a*b")!, /more than 2 '\*' in one name/);
    assert.match(globProblem("**/a/**/b/**/c")!, /more than 2 separate '\*\*'/);
    assert.match(globProblem("a***b")!, /'\*'/, "a run of stars inside a name counts star by star");
    assert.match(globProblem("x/".repeat(200))!, /longer than/);
    assert.equal(globProblem("  "), "is empty");
    assert.equal(compileGlob("*a*a*b"), undefined);
    // a refused pattern is left out of a list, the others still apply
    const m = globMatcher(["*a*a*b", "old"]);
    assert.ok(m("old/x.txt"));
    assert.ok(!m("aaab"));
    assert.ok(!globMatcher([])("x"));
  });

  it("the config file reports a refused pattern with its key", () => {
    const { config, problems } = parseConfig(JSON.stringify({ exclude: ["old", "**/a/**/b/**/c"], drafts: ["*x*y*z*.md"] }), "groundwork.json");
    assert.deepEqual(config.exclude, ["old", "**/a/**/b/**/c"]);
    assert.ok(problems.some((p) => p.includes('"exclude[1]"') && p.includes("'**'")), problems.join("\n"));
    assert.ok(problems.some((p) => p.includes('"drafts[0]"')), problems.join("\n"));
    assert.ok(!problems.some((p) => p.includes('"exclude[0]"')));
  });

  it("the config file's drafts and sources follow the same patterns", () => {
    const c = { ...defaultConfig(), drafts: ["chapters/*.{md,markdown}"], exclude: ["old", "*.tmp.md"] };
    assert.ok(isDraftPath(c, "chapters/one.markdown"));
    assert.ok(!isDraftPath(c, "chapters/old/one.md"), "a bare excluded name excludes below it");
    assert.ok(!isDraftPath(c, "chapters/two.tmp.md"), "*.tmp.md at any depth");
    assert.ok(!isDraftPath(c, "sources/one.md"));
    assert.ok(isSourcePath(c, "sources/a/b.txt"));
    assert.ok(!isSourcePath(c, "sources/old/b.txt"));
  });

  describe("full indexing and file-watch events agree", () => {
    let dir: string;
    const files = ["a.txt", "old/b.txt", "deep/old/c.txt", "older/d.txt", "page.html", "deep/page.html", "keep.md", "archive/e.txt", "notes/f.txt", "notes/g.md", "bold/h.txt"];
    const excludes = ["old", "*.html", "{archive,notes}/*.txt"];

    before(() => {
      dir = mkdtempSync(join(tmpdir(), "gw-glob-"));
      for (const f of files) {
        const abs = join(dir, "sources", f);
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, f.endsWith(".html") ? `<html><body><p>Meta paid $14.3 billion (${f}).</p></body></html>` : `Source ${f}\n\nMeta paid $14.3 billion for a stake (${f}).\n`);
      }
      writeFileSync(join(dir, "draft.md"), "Meta paid $14.3 billion.\n");
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("loadSourceFolder and the server's watcher filter keep and drop the same files", async () => {
      const loaded = await loadSourceFolder(join(dir, "sources"), { exclude: excludes });
      const indexed = new Set(loaded.units.map((u) => u.file));
      // what the patterns say, independently of both
      const expected = new Set(["a.txt", "older/d.txt", "keep.md", "notes/g.md", "bold/h.txt"]);
      assert.deepEqual([...indexed].sort(), [...expected].sort());

      const ws = new SourcesWorkspace([dir]);
      ws.settings = mergeSettings(undefined, { exclude: excludes });
      await ws.indexAll();
      const set = ws.setForDraft(join(dir, "draft.md"));
      assert.ok(set, "the sources folder is indexed");
      assert.deepEqual([...new Set(set.engine.units.map((u) => u.file))].sort(), [...expected].sort(), "the server's full indexing");
      for (const f of files) {
        const changed = await ws.applyChange(join(dir, "sources", f), "changed");
        assert.equal(changed !== undefined, expected.has(f), `a watched change of ${f} ${expected.has(f) ? "re-indexes it" : "is ignored"}`);
      }
      assert.deepEqual([...new Set(set.engine.units.map((u) => u.file))].sort(), [...expected].sort(), "no excluded file came back through a change event");
    });
  });
});
