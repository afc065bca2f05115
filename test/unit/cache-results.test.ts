// The persistent results cache: results of earlier checks answer unchanged sentences at the next
// start, only for the same sources and engine code; a corrupt file or a changed source is ignored.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFolderWithCache } from "../../src/core/cache";
import { loadResults, saveResults } from "../../src/core/cache/results";
import { SourcesWorkspace } from "../../src/server/indexing";
import { TWO_SOURCE_DRAFT, twoSourceProject } from "./fixtures";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist/cli.js");

describe("cache: persistent check results", function () {
  this.timeout(60000);
  let dir: string;
  let sources: string;
  let cacheDir: string;
  const draft = TWO_SOURCE_DRAFT;
  beforeEach(() => {
    ({ dir, sources } = twoSourceProject("gw-results-"));
    cacheDir = join(dir, "cache");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const resultsFile = () => readdirSync(cacheDir).find((f) => f.startsWith("results-"));

  it("answers unchanged sentences at the next start with the same results as checking them", async () => {
    const first = await loadFolderWithCache(sources, cacheDir);
    assert.equal(await loadResults(first.engine, first), 0);
    const checked = first.engine.checkMarkdown(draft);
    assert.equal(checked[1].verdict, "contradicted");
    assert.ok(await saveResults(first.engine, first));
    assert.ok(resultsFile());

    const second = await loadFolderWithCache(sources, cacheDir);
    assert.equal(await loadResults(second.engine, second), 2);
    assert.equal(second.engine.exportResults().length, 2, "the saved results are in the engine before any check");
    assert.deepEqual(second.engine.checkMarkdown(draft), checked);
    // a sentence moved elsewhere in the draft keeps its result, at its new place
    const moved = second.engine.checkMarkdown("# Notes\n\n" + draft);
    assert.equal(moved[2].verdict, "contradicted");
    assert.equal(moved[2].findings[0].range!.start.line, 2);
  });

  it("is not used once a source changed: the changed source decides", async () => {
    const first = await loadFolderWithCache(sources, cacheDir);
    first.engine.checkMarkdown(draft);
    await saveResults(first.engine, first);
    writeFileSync(join(sources, "b.txt"), "Google Report\n\nGoogle planned to pay Scale $300 million this year.\n");
    const second = await loadFolderWithCache(sources, cacheDir);
    assert.equal(await loadResults(second.engine, second), 0);
    assert.equal(second.engine.checkMarkdown(draft)[1].verdict, "supported");
  });

  it("ignores a corrupt or foreign results file", async () => {
    const first = await loadFolderWithCache(sources, cacheDir);
    first.engine.checkMarkdown(draft);
    await saveResults(first.engine, first);
    for (const bytes of [Buffer.from("GWRESLT\u0001garbage"), Buffer.from("not a cache at all"), Buffer.alloc(0)]) {
      writeFileSync(join(cacheDir, resultsFile()!), bytes);
      const again = await loadFolderWithCache(sources, cacheDir);
      assert.equal(await loadResults(again.engine, again), 0);
      assert.equal(again.engine.checkMarkdown(draft)[1].verdict, "contradicted");
    }
  });

  it("the CLI with --cache-dir saves results and prints the same at the next run", () => {
    if (!existsSync(CLI)) spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
    const draftPath = join(dir, "project", "draft.md");
    writeFileSync(draftPath, draft);
    const run = () => spawnSync(process.execPath, [CLI, "check", "--sources", sources, "--cache-dir", cacheDir, "--format", "json", draftPath], { encoding: "utf8" });
    const first = run();
    assert.equal(first.status, 1, first.stderr);
    assert.ok(resultsFile(), "results saved beside the index cache");
    const second = run();
    assert.equal(second.stdout, first.stdout);
    assert.equal(JSON.parse(second.stdout).files[0].claims[1].verdict, "contradicted");
  });

  it("the language server saves results after checks and loads them at the next start; not after a source changed", async () => {
    const draftPath = join(dir, "project", "draft.md");
    const uri = "file://" + draftPath;
    const first = new SourcesWorkspace([dir]);
    first.cacheDir = cacheDir;
    await first.indexAll();
    const checked = first.results(uri, 1, draft);
    await first.flushSaves();
    assert.ok(resultsFile(), "results saved");

    const second = new SourcesWorkspace([dir]);
    second.cacheDir = cacheDir;
    await second.indexAll();
    assert.equal(second.setForDraft(draftPath)!.engine.exportResults().length, 2);
    assert.deepEqual(second.results(uri, 1, draft), checked);

    // after a source changes, results belong to other content: they are not saved under the old key
    writeFileSync(join(sources, "b.txt"), "Google Report\n\nGoogle planned to pay Scale $300 million this year.\n");
    await second.applyChange(join(sources, "b.txt"), "changed");
    assert.equal(second.results(uri, 2, draft)[1].verdict, "supported");
    await second.flushSaves();
    const third = new SourcesWorkspace([dir]);
    third.cacheDir = cacheDir;
    await third.indexAll();
    assert.equal(third.results(uri, 1, draft)[1].verdict, "supported");
    // back to the first content: what was saved for it still holds, nothing of the changed content leaked in
    writeFileSync(join(sources, "b.txt"), "Google Report\n\nGoogle planned to pay Scale $200 million this year.\n");
    const fourth = new SourcesWorkspace([dir]);
    fourth.cacheDir = cacheDir;
    await fourth.indexAll();
    assert.equal(fourth.results(uri, 1, draft)[1].verdict, "contradicted");
  });
});
