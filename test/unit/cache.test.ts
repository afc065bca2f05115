import { strict as assert } from "node:assert";
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Groundwork } from "../../src/core/engine";
import { loadFolderWithCache, cacheFileFor } from "../../src/core/cache";

describe("persistent index cache", function () {
  this.timeout(60000);
  let dir: string;
  let src: string;
  let cache: string;
  const draft = "Meta invested $14.3 billion in Scale AI in June 2025. Google planned to pay Scale $300 million this year. Handshake saw demand for its services triple overnight.\n";

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "gw-cache-"));
    src = join(dir, "sources");
    cache = join(dir, "cache");
    mkdirSync(join(src, "sub"), { recursive: true });
    writeFileSync(join(src, "a.txt"), "Meta and Scale\n\nMeta invested $14.3 billion in Scale AI in June 2025. Alexandr Wang, the chief executive, joined Meta.\n");
    writeFileSync(join(src, "sub", "b.md"), "---\ntitle: Google and Scale\n---\n\n# Google and Scale\n\nGoogle planned to pay Scale $200 million this year. Google is the largest customer of Scale AI.\n");
    writeFileSync(join(src, "c.txt"), "Rivals\n\nHandshake saw demand for its services triple overnight, its CEO Garrett Lord said.\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function expectSameAsFolder(engine: Groundwork): Promise<void> {
    const fresh = (await Groundwork.fromFolder(src)).engine;
    assert.deepEqual([...engine.files].sort(), [...fresh.files].sort());
    assert.deepEqual(engine.checkMarkdown(draft), fresh.checkMarkdown(draft));
  }

  it("builds, then loads without parsing; results equal a fresh index", async () => {
    const first = await loadFolderWithCache(src, cache);
    assert.equal(first.cache.status, "rebuilt");
    assert.ok(first.cache.saved);
    assert.equal(first.fileCount, 3);
    const second = await loadFolderWithCache(src, cache);
    assert.equal(second.cache.status, "hit");
    assert.equal(second.cache.reparsed, 0);
    await expectSameAsFolder(second.engine);
  });

  it("re-parses only changed files and drops deleted ones", async () => {
    await loadFolderWithCache(src, cache);
    writeFileSync(join(src, "a.txt"), "Meta and Scale\n\nMeta invested $15 billion in Scale AI.\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(join(src, "a.txt"), later, later);
    unlinkSync(join(src, "c.txt"));
    writeFileSync(join(src, "d.txt"), "New\n\nOpenAI drops Scale AI as a data provider.\n");
    const r = await loadFolderWithCache(src, cache);
    assert.equal(r.cache.status, "partial");
    assert.equal(r.cache.reparsed, 2);
    assert.equal(r.cache.removed, 1);
    await expectSameAsFolder(r.engine);
    // touched but identical content: no re-parse
    utimesSync(join(src, "sub", "b.md"), new Date(Date.now() + 9000), new Date(Date.now() + 9000));
    const r2 = await loadFolderWithCache(src, cache);
    assert.equal(r2.cache.reparsed, 0);
    await expectSameAsFolder(r2.engine);
  });

  for (const [name, damage] of [
    ["garbage", (b: Buffer) => Buffer.from("this is not a cache at all, just some words written over it")],
    ["empty", () => Buffer.alloc(0)],
    ["truncated", (b: Buffer) => b.subarray(0, Math.floor(b.length * 0.7))],
    ["flipped payload bytes", (b: Buffer) => Buffer.from(b.map((x, i) => (i > b.length - 40 ? x ^ 0x5a : x)))],
    ["bad header JSON", (b: Buffer) => Buffer.concat([b.subarray(0, 12), Buffer.from("{not json"), b.subarray(21)])],
    ["foreign engine", (b: Buffer) => Buffer.from(b.toString("latin1").replace(/"engine":"[0-9a-f]+"/, '"engine":"0000000000000000000a"'), "latin1")],
    ["random bytes", (b: Buffer) => Buffer.from(Array.from({ length: b.length }, (_, i) => (i * 7919) & 255))],
  ] as [string, (b: Buffer) => Buffer][]) {
    it(`discards a ${name} cache and rebuilds silently`, async () => {
      await loadFolderWithCache(src, cache);
      const file = cacheFileFor(src, cache);
      writeFileSync(file, damage(readFileSync(file)));
      const r = await loadFolderWithCache(src, cache);
      assert.equal(r.cache.status, "rebuilt", String(r.cache.discarded));
      await expectSameAsFolder(r.engine);
      assert.equal((await loadFolderWithCache(src, cache)).cache.status, "hit");
    });
  }

  it("lists, skips and names files as a fresh load does (encodings, binary, unsupported, same base names)", async () => {
    mkdirSync(join(src, "other"), { recursive: true });
    writeFileSync(join(src, "other", "a.txt"), "Other A\n\nScale AI hired Jason Droege as interim chief executive.\n");
    writeFileSync(join(src, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Wide\n\nOpenAI drops Scale AI as a data provider.\n", "utf16le")]));
    writeFileSync(join(src, "bad.txt"), Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x0a]));
    writeFileSync(join(src, "bin.md"), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(src, "notes.pdf"), "not a source");
    const fresh = await Groundwork.fromFolder(src);
    for (let round = 0; round < 2; round++) {
      const r = await loadFolderWithCache(src, cache);
      assert.equal(r.cache.status, round === 0 ? "rebuilt" : "hit");
      assert.deepEqual(r.skipped, fresh.skipped);
      assert.equal(r.fileCount, fresh.fileCount);
      assert.deepEqual(r.engine.units.map((u) => u.id), fresh.engine.units.map((u) => u.id));
      assert.deepEqual(r.engine.units, fresh.engine.units);
      assert.deepEqual(r.engine.checkMarkdown(draft), fresh.engine.checkMarkdown(draft));
    }
    // a new file with an existing base name, earlier in load order: later ids shift as in a fresh load
    mkdirSync(join(src, "0-first"), { recursive: true });
    writeFileSync(join(src, "0-first", "a.txt"), "First\n\nGoogle is the largest customer of Scale AI.\n");
    const fresh2 = await Groundwork.fromFolder(src);
    const r2 = await loadFolderWithCache(src, cache);
    assert.equal(r2.cache.status, "partial");
    assert.deepEqual([...r2.engine.units.map((u) => u.id)].sort(), [...fresh2.engine.units.map((u) => u.id)].sort());
    for (const u of fresh2.engine.units) assert.equal(r2.engine.unit(u.id)?.file, u.file);
  });

  it("can leave the saving to the caller", async () => {
    const r = await loadFolderWithCache(src, cache, { save: "deferred" });
    assert.equal(r.cache.saved, false);
    assert.ok(r.saveCache);
    assert.equal((await loadFolderWithCache(src, cache, { save: false })).cache.status, "rebuilt");
    assert.equal(await r.saveCache!(), true);
    const again = await loadFolderWithCache(src, cache, { save: "deferred" });
    assert.equal(again.cache.status, "hit");
    assert.equal(again.saveCache, undefined);
  });

  it("keeps separate caches for separate folders and ignores a cache folder it cannot write", async () => {
    const other = join(dir, "other");
    mkdirSync(other);
    writeFileSync(join(other, "x.txt"), "X\n\nSnorkel AI chief executive Alex Ratner said the news brought deals.\n");
    await loadFolderWithCache(src, cache);
    await loadFolderWithCache(other, cache);
    assert.equal(readdirSync(cache).filter((f) => f.endsWith(".gwcache")).length, 2);
    assert.equal((await loadFolderWithCache(other, cache)).engine.units.length, 1);
    writeFileSync(join(dir, "not-a-folder"), "x");
    const r = await loadFolderWithCache(src, join(dir, "not-a-folder", "cache"));
    assert.equal(r.cache.saved, false);
    await expectSameAsFolder(r.engine);
  });
});
