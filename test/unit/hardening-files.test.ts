// Files an attacker (or an accident) can put where Groundwork reads and writes: devices, FIFOs,
// /proc files whose stat size is 0, links planted at temp-file names, cache files edited by hand,
// a cache folder under /proc, and links that lead out of an untrusted workspace after indexing.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import fs, { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFolderWithCache, cacheFileFor } from "../../src/core/cache";
import { loadResults, saveResults } from "../../src/core/cache/results";
import { loadConfig } from "../../src/core/config";
import { OUTSIDE_WORKSPACE, readBoundedFile, readBoundedFileSync } from "../../src/core/files/read";
import { listSourceFiles, loadSourceFolder } from "../../src/core/sources";
import { SourcesWorkspace } from "../../src/server/indexing";
import { remove, tempDir, write } from "../fixtures/helpers/tree";
import { TWO_SOURCE_DRAFT, twoSourceProject } from "./fixtures";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist/cli.js");
const GOOD = "Scale AI\n\nScale AI was founded in 2016 by Alexandr Wang.\n";
const mkfifo = (p: string) => assert.equal(spawnSync("mkfifo", [p]).status, 0, "mkfifo");

describe("hardening: special files are never read without bound", function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = tempDir("gw-special-")));
  afterEach(() => remove(dir));

  it("the reader refuses devices, FIFOs and folders (without blocking) and bounds what it reads, not what stat says", async () => {
    const fifo = join(dir, "pipe");
    mkfifo(fifo);
    for (const read of [readBoundedFile, async (p: string, o?: { maxBytes?: number }) => readBoundedFileSync(p, o)]) {
      assert.deepEqual(await read("/dev/zero"), { skip: "not a regular file (a character device)" });
      assert.deepEqual(await read(fifo), { skip: "not a regular file (a FIFO)" });
      assert.deepEqual(await read(dir), { skip: "not a regular file (a directory)" });
      // /proc files say size 0 and hold more: the bound is on bytes read
      assert.equal(statSync("/proc/self/maps").size, 0);
      const r = await read("/proc/self/maps", { maxBytes: 64 });
      assert.ok("skip" in r && /too large \(over 64 bytes/.test(r.skip), JSON.stringify(r));
      const ok = await read(write(dir, "a.txt", GOOD), { maxBytes: GOOD.length });
      assert.ok("bytes" in ok && ok.bytes.toString() === GOOD);
      assert.ok("skip" in (await read(join(dir, "a.txt"), { maxBytes: GOOD.length - 1 })));
    }
  });

  it("sources: a FIFO, links to a FIFO, to /dev/zero and to a zero-size /proc file are each skipped with a reason", async () => {
    const src = join(dir, "sources");
    write(src, "good.txt", GOOD);
    mkfifo(join(src, "plain-fifo.txt"));
    mkfifo(join(dir, "elsewhere-fifo"));
    symlinkSync(join(dir, "elsewhere-fifo"), join(src, "link-fifo.txt"));
    symlinkSync("/dev/zero", join(src, "zero.txt"));
    symlinkSync("/proc/self/maps", join(src, "maps.txt"));
    const { units, skipped } = await loadSourceFolder(src, { maxBytes: 1024 });
    assert.deepEqual(units.map((u) => u.file), ["good.txt"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
    assert.equal(reasons["plain-fifo.txt"], "not a regular file (a FIFO)");
    assert.equal(reasons["link-fifo.txt"], "not a regular file (a FIFO)");
    assert.equal(reasons["zero.txt"], "not a regular file (a character device)");
    assert.match(reasons["maps.txt"] ?? "", /^too large \(over 1024 bytes/);
    // through the index cache the same
    const cached = await loadFolderWithCache(src, join(dir, "cache"), { maxBytes: 1024 });
    assert.deepEqual(cached.skipped, skipped);
  });

  it("a file the caller listed as regular (no stat before opening) is still checked once opened", async () => {
    const fifo = join(dir, "pipe");
    mkfifo(fifo);
    assert.deepEqual(await readBoundedFile(fifo, { listedAsRegular: true }), { skip: "not a regular file (a FIFO)" });
    assert.deepEqual(await readBoundedFile(dir, { listedAsRegular: true }), { skip: "not a regular file (a directory)" });
    const r = await readBoundedFile("/proc/self/maps", { maxBytes: 64, listedAsRegular: true });
    assert.ok("skip" in r && /too large \(over 64 bytes/.test(r.skip), JSON.stringify(r));
    const a = write(dir, "a.txt", GOOD);
    assert.deepEqual(await readBoundedFile(a, { listedAsRegular: true, within: [join(dir, "elsewhere")] }), { skip: OUTSIDE_WORKSPACE });
    const ok = await readBoundedFile(a, { listedAsRegular: true, within: [dir] });
    assert.ok("bytes" in ok && ok.bytes.toString() === GOOD);
  });

  it("sources: a plain file's real path is its folder's (reached through a link) with its name, so a link to it is a duplicate", async () => {
    write(dir, "store/a.txt", GOOD);
    write(dir, "store/b.txt", GOOD.replace("2016", "2017"));
    symlinkSync(join(dir, "store"), join(dir, "sources"));
    symlinkSync(join(dir, "store/a.txt"), join(dir, "store/c.txt"));
    const listing = await listSourceFiles(join(dir, "sources"));
    assert.deepEqual(listing.files.map((f) => [f.rel, f.abs, f.at]), [
      ["a.txt", join(dir, "store/a.txt"), join(dir, "sources/a.txt")],
      ["b.txt", join(dir, "store/b.txt"), join(dir, "sources/b.txt")],
    ]);
    assert.deepEqual(listing.skipped, [{ path: "c.txt", reason: "duplicate of a.txt (link to the same file)" }]);
    assert.equal(listing.files[1]!.size, statSync(join(dir, "store/b.txt")).size);
  });

  it("sources: a plain file replaced by a link to outside between listing and lookup is not read (Restricted Mode)", async () => {
    const ws = join(dir, "ws");
    write(ws, "sources/a.txt", GOOD);
    write(ws, "sources/b.txt", GOOD);
    write(dir, "outside/secret.txt", "Secret\n\nThe secret figure is $777 million.\n");
    const orig = fs.lstat;
    (fs as { lstat: unknown }).lstat = (p: unknown, ...rest: unknown[]) => {
      if (String(p).endsWith("b.txt") && !lstatSync(String(p)).isSymbolicLink()) {
        unlinkSync(String(p));
        symlinkSync(join(dir, "outside/secret.txt"), String(p));
      }
      return (orig as (...a: unknown[]) => void)(p, ...rest);
    };
    try {
      // the listing itself follows the new link (the read would refuse it too)
      const listing = await listSourceFiles(join(ws, "sources"), { within: [ws] });
      assert.deepEqual(listing.files.map((f) => f.rel), ["a.txt"]);
      assert.deepEqual(listing.skipped, [{ path: "b.txt", reason: OUTSIDE_WORKSPACE }]);
      const { units, skipped } = await loadSourceFolder(join(ws, "sources"), { within: [ws] });
      assert.deepEqual(units.map((u) => u.file), ["a.txt"]);
      assert.deepEqual(skipped, [{ path: "b.txt", reason: OUTSIDE_WORKSPACE }]);
    } finally {
      (fs as { lstat: unknown }).lstat = orig;
    }
  });

  it("groundwork.json that is a FIFO or a link to /dev/zero gives a config problem, not a hang", () => {
    mkfifo(join(dir, "groundwork.json"));
    let r = loadConfig(dir);
    assert.deepEqual(r.problems, ["groundwork.json: cannot be read (not a regular file (a FIFO)); using the defaults"]);
    remove(join(dir, "groundwork.json"));
    symlinkSync("/dev/zero", join(dir, "groundwork.json"));
    r = loadConfig(dir);
    assert.deepEqual(r.problems, ["groundwork.json: cannot be read (not a regular file (a character device)); using the defaults"]);
  });

  it("cache files that are links to /dev/zero or a FIFO are misses, and the next save replaces the link, not its target", async () => {
    const { dir: pdir, sources } = twoSourceProject("gw-special-cache-");
    try {
      const cacheDir = join(pdir, "cache");
      const first = await loadFolderWithCache(sources, cacheDir);
      first.engine.checkMarkdown(TWO_SOURCE_DRAFT);
      assert.ok(await saveResults(first.engine, first));
      const indexFile = cacheFileFor(sources, cacheDir);
      const resultsFile = join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith("results-"))!);
      remove(indexFile);
      symlinkSync("/dev/zero", indexFile);
      remove(resultsFile);
      mkfifo(join(pdir, "fifo"));
      symlinkSync(join(pdir, "fifo"), resultsFile);
      const second = await loadFolderWithCache(sources, cacheDir);
      assert.equal(second.cache.status, "rebuilt");
      assert.equal(second.cache.discarded, "not a regular file (a character device)");
      assert.equal(await loadResults(second.engine, second), 0);
      assert.ok(statSync(indexFile).isFile(), "the link was replaced by the new cache");
      assert.equal((await loadFolderWithCache(sources, cacheDir)).cache.status, "hit");
    } finally {
      remove(pdir);
    }
  });
});

describe("hardening: cache files that cannot lie", function () {
  this.timeout(60000);
  let dir: string;
  let sources: string;
  let cacheDir: string;
  beforeEach(() => {
    ({ dir, sources } = twoSourceProject("gw-seal-"));
    cacheDir = join(dir, "cache");
  });
  afterEach(() => remove(dir));
  const resultsFile = () => join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith("results-"))!);

  it("a results cache edited by hand ('$200 million' made '$900 million') is a miss, not wrong output", async () => {
    const first = await loadFolderWithCache(sources, cacheDir);
    const checked = first.engine.checkMarkdown(TWO_SOURCE_DRAFT);
    assert.match(checked[1].findings[0].message, /\$200 million/);
    await saveResults(first.engine, first);
    const file = resultsFile();
    const bytes = readFileSync(file, "latin1");
    assert.ok(bytes.includes("$200 million"));
    writeFileSync(file, bytes.replaceAll("$200 million", "$900 million"), "latin1");
    const second = await loadFolderWithCache(sources, cacheDir);
    assert.equal(await loadResults(second.engine, second), 0);
    const again = second.engine.checkMarkdown(TWO_SOURCE_DRAFT);
    assert.ok(!JSON.stringify(again).includes("$900 million"), "the edited result was used");
    assert.deepEqual(again, checked);
  });

  it("a results cache with one flipped byte is a miss", async () => {
    const first = await loadFolderWithCache(sources, cacheDir);
    first.engine.checkMarkdown(TWO_SOURCE_DRAFT);
    await saveResults(first.engine, first);
    const file = resultsFile();
    const bytes = readFileSync(file);
    // one bit in a figure of a saved message ('2' -> '3'), one in the middle, one near the end
    const figure = bytes.indexOf("$200 million") + 1;
    assert.ok(figure > 0);
    for (const at of [figure, Math.floor(bytes.length / 2), bytes.length - 5]) {
      const flipped = Buffer.from(bytes);
      flipped[at] ^= 0x01;
      writeFileSync(file, flipped);
      const second = await loadFolderWithCache(sources, cacheDir, { save: false });
      assert.equal(await loadResults(second.engine, second), 0, `byte ${at}`);
    }
  });

  it("the index cache notices a same-size edit that puts the old mtime back", async () => {
    const file = join(sources, "b.txt");
    utimesSync(file, 1_700_000_000, 1_700_000_000); // a whole second: set back exactly below
    const before = statSync(file);
    await loadFolderWithCache(sources, cacheDir);
    const old = readFileSync(file, "utf8");
    const edited = old.replace("$200 million", "$300 million");
    assert.equal(edited.length, old.length);
    writeFileSync(file, edited);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    assert.equal(statSync(file).mtimeMs, before.mtimeMs);
    const r = await loadFolderWithCache(sources, cacheDir);
    assert.equal(r.cache.reparsed, 1);
    assert.equal(r.engine.checkMarkdown(TWO_SOURCE_DRAFT)[1].verdict, "supported");
  });

  it("a link planted at the old predictable temp name is never written through", async () => {
    const first = await loadFolderWithCache(sources, cacheDir);
    first.engine.checkMarkdown(TWO_SOURCE_DRAFT);
    const victim = write(dir, "victim.txt", "precious");
    // the name the results were written through before: results-<hash>.gwcache.<pid>.tmp
    const target = join(cacheDir, first.cacheFile.split("/").pop()!.replace(/^index-/, "results-"));
    symlinkSync(victim, `${target}.${process.pid}.tmp`);
    assert.ok(await saveResults(first.engine, first));
    assert.equal(readFileSync(victim, "utf8"), "precious");
    // and a link at the cache file itself is replaced, its target left alone
    remove(target);
    symlinkSync(victim, target);
    assert.ok(await saveResults(first.engine, first));
    assert.equal(readFileSync(victim, "utf8"), "precious");
    assert.ok(!readdirSync(cacheDir).some((f) => f.endsWith(".tmp") && !f.includes(String(process.pid))), "no temp file left behind");
  });

  it("groundwork check --cache-dir under /proc finishes (no endless mkdir)", () => {
    const draft = write(dir, "draft.md", TWO_SOURCE_DRAFT);
    const r = spawnSync(process.execPath, [CLI, "check", "--fail-on", "never", "--sources", sources, "--cache-dir", `/proc/gw-no-such-${process.pid}/cache`, draft], { encoding: "utf8", timeout: 20000, input: "" });
    assert.equal(r.signal, null, "killed: the run did not finish");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /contradicted/);
  });
});

describe("hardening: Restricted Mode on file changes", function () {
  this.timeout(60000);
  it("a link created later inside the sources that points outside is not read", async () => {
    const base = tempDir("gw-restricted-change-");
    try {
      const ws = join(base, "ws");
      write(ws, "sources/a.txt", GOOD);
      write(base, "outside/secret.txt", "Secret\n\nZorblax Corp raised $777 million in 2031, said Quentin Secretsource.\n");
      const w = new SourcesWorkspace([ws]);
      w.trusted = false;
      await w.indexAll();
      symlinkSync(join(base, "outside/secret.txt"), join(ws, "sources/late.txt"));
      symlinkSync(join(base, "outside"), join(ws, "sources/late-dir"));
      await w.applyChange(join(ws, "sources/late.txt"), "created");
      await w.applyChange(join(ws, "sources/late-dir"), "created");
      const set = w.sets.get(join(ws, "sources"))!;
      assert.ok(!set.engine.units.some((u) => u.sentences.some((s) => s.text.includes("Secretsource"))), "outside text indexed");
      assert.deepEqual(set.skipped, [{ path: "late.txt", reason: "outside the workspace folders (Restricted Mode)" }]);
    } finally {
      remove(base);
    }
  });

  it("saves after a change go to the same index cache file as the Restricted Mode load", async () => {
    const base = tempDir("gw-restricted-cache-");
    try {
      const ws = join(base, "ws");
      write(ws, "sources/a.txt", GOOD);
      const w = new SourcesWorkspace([ws]);
      w.trusted = false;
      w.cacheDir = join(base, "cache");
      await w.indexAll();
      await w.flushSaves();
      write(ws, "sources/b.txt", "Meta\n\nMeta invested $14.3 billion in Scale AI.\n");
      await w.applyChange(join(ws, "sources/b.txt"), "created");
      await w.flushSaves();
      assert.equal(readdirSync(w.cacheDir).filter((f) => f.startsWith("index-")).length, 1, readdirSync(w.cacheDir).join(", "));
    } finally {
      remove(base);
    }
  });
});
