// The language server's use of the persistent index cache, and its re-reading of changed sources.
import { strict as assert } from "node:assert";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SourcesWorkspace } from "../../src/server/indexing";
import { TWO_SOURCE_DRAFT, twoSourceProject } from "./fixtures";
import { loadFolderWithCache } from "../../src/core/cache";

describe("server: persistent index cache", function () {
  this.timeout(60000);
  let dir: string;
  let sources: string;
  let cacheDir: string;
  const draft = TWO_SOURCE_DRAFT;
  beforeEach(() => {
    ({ dir, sources } = twoSourceProject("gw-srvcache-"));
    cacheDir = join(dir, "storage", "index-cache");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const results = (ws: SourcesWorkspace) => ws.setForDraft(join(dir, "project", "draft.md"))!.engine.checkMarkdown(draft);

  it("saves after indexing, loads from the cache at the next start, and gives the same results", async () => {
    const plain = new SourcesWorkspace([dir]);
    await plain.indexAll();
    const first = new SourcesWorkspace([dir]);
    first.cacheDir = cacheDir;
    await first.indexAll();
    await first.flushSaves();
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith(".gwcache")).length, 1);
    assert.deepEqual(results(first), results(plain));
    const second = new SourcesWorkspace([dir]);
    second.cacheDir = cacheDir;
    await second.indexAll();
    assert.deepEqual(results(second), results(plain));
    assert.equal((await loadFolderWithCache(sources, cacheDir, { save: false })).cache.status, "hit");
  });

  it("saves again after re-indexing a change, so the next start sees it", async () => {
    const ws = new SourcesWorkspace([dir]);
    ws.cacheDir = cacheDir;
    await ws.indexAll();
    await ws.flushSaves();
    writeFileSync(join(sources, "c.txt"), "Rivals\n\nOpenAI drops Scale AI as a data provider.\n");
    await ws.applyChange(join(sources, "c.txt"), "created");
    await ws.flushSaves();
    const r = await loadFolderWithCache(sources, cacheDir, { save: false });
    assert.equal(r.cache.status, "hit");
    assert.deepEqual([...r.engine.files].sort(), ["a.txt", "b.txt", "c.txt"]);
  });

  it("works without a usable storage folder", async () => {
    writeFileSync(join(dir, "storage"), "a file, not a folder");
    const ws = new SourcesWorkspace([dir]);
    ws.cacheDir = cacheDir;
    await ws.indexAll();
    await ws.flushSaves();
    assert.equal(ws.state, "ready");
    assert.equal(results(ws)[1].verdict, "contradicted");
    assert.ok(!existsSync(join(cacheDir)));
  });

  it("decodes a changed source as at startup: UTF-16 indexed, invalid or binary files skipped and reported", async () => {
    const ws = new SourcesWorkspace([dir]);
    await ws.indexAll();
    const wide = join(sources, "wide.txt");
    writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Wide Report\n\nOpenAI drops Scale AI as a data provider.\n", "utf16le")]));
    await ws.applyChange(wide, "created");
    const set = ws.setForDraft(join(dir, "project", "draft.md"))!;
    assert.ok(set.engine.units.some((u) => u.file === "wide.txt" && u.title === "Wide Report"));
    // the same file turned invalid: dropped from the index and reported, as a fresh start would
    writeFileSync(wide, Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x0a]));
    await ws.applyChange(wide, "changed");
    assert.ok(!set.engine.units.some((u) => u.file === "wide.txt"));
    const fresh = new SourcesWorkspace([dir]);
    await fresh.indexAll();
    assert.deepEqual(ws.stats().skipped, fresh.stats().skipped);
    assert.ok(ws.stats().skipped.some((s) => s.path === "wide.txt" && /UTF-8/.test(s.reason)));
    writeFileSync(join(sources, "bin.txt"), Buffer.from([0x00, 0x01, 0x02]));
    await ws.applyChange(join(sources, "bin.txt"), "created");
    assert.ok(ws.stats().skipped.some((s) => s.path === "bin.txt" && /binary/.test(s.reason)));
  });
});
