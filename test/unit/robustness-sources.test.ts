// Bad source files: each is skipped with a reason (or read correctly), everything else is indexed,
// nothing throws. Inputs are generated in os.tmpdir() at test time.
import { strict as assert } from "node:assert";
import fs from "node:fs";
import { closeSync, openSync, symlinkSync, writeSync, appendFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { loadSourceFolder } from "../../src/core/sources";
import { Groundwork } from "../../src/core/engine";
import { tempDir, write, remove } from "../fixtures/helpers/tree";

const GOOD = "Scale AI was founded in 2016 by Alexandr Wang. It raised $1 billion in 2024.\n";

function reasonFor(skipped: { path: string; reason: string }[], path: string): string | undefined {
  return skipped.find((s) => s.path === path)?.reason;
}

describe("robustness: sources", function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    root = tempDir();
    write(root, "good.txt", GOOD);
    write(root, "binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    write(root, "invalid-utf8.txt", Buffer.concat([Buffer.from("Revenue was "), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from(" high.")]));
    write(root, "utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Meta paid $14.3 billion in June 2025.\n", "utf16le")]));
    const be = Buffer.from("Wang is 28 years old.\n", "utf16le").swap16();
    write(root, "utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    write(root, "bom8.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Lucy Guo left in 2018.\n")]));
    write(root, "crlf.txt", "First line here.\r\nSecond line says 49%.\r\n\r\nThird para.\r\n");
    write(root, "cr.txt", "Old Mac line one.\rLine two has $5 million.\r\rNew para.\r");
    write(root, "empty.txt", "");
    write(root, "nonlatin.txt", "Компания выросла на 49% в 2024 году. 公司在2024年筹集了10亿美元。 الشركة نمت. 😀 Emoji 👩‍👩‍👧 here.\n");
    write(root, "digest.txt", "[1] First article\nText one.\n[2\n[x] broken\n[3]\n[3] Duplicate number\nMore text [99999999999999999999] here.\n[0] zero\n[-1] minus\n]\n");
    write(root, "image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    symlinkSync(root, join(root, "loop")); // a folder link back to the root
    symlinkSync(join(root, "self-a.txt"), join(root, "self-b.txt"));
    symlinkSync(join(root, "self-b.txt"), join(root, "self-a.txt")); // a file link loop
    symlinkSync(join(root, "missing.txt"), join(root, "dangling.txt"));
  });
  after(() => remove(root));

  it("skips each unusable file with a reason and indexes everything else", async () => {
    const { units, skipped } = await loadSourceFolder(root);
    const files = new Set(units.map((u) => u.file));
    for (const f of ["good.txt", "utf16.txt", "utf16be.txt", "bom8.txt", "crlf.txt", "cr.txt", "nonlatin.txt", "digest.txt"]) assert.ok(files.has(f), `${f} indexed`);
    assert.match(reasonFor(skipped, "binary.txt") ?? "", /binary/);
    assert.match(reasonFor(skipped, "invalid-utf8.txt") ?? "", /UTF-8/);
    assert.match(reasonFor(skipped, "image.png") ?? "", /unsupported/);
    assert.match(reasonFor(skipped, "self-a.txt") ?? "", /unreadable/);
    assert.match(reasonFor(skipped, "self-b.txt") ?? "", /unreadable/);
    assert.match(reasonFor(skipped, "dangling.txt") ?? "", /unreadable|missing/);
    assert.ok(!units.some((u) => u.file.startsWith("loop/")), "the folder link loop is read once");
  });

  it("decodes BOMs and line endings; every sentence slices its file's text", async () => {
    const { units } = await loadSourceFolder(root);
    const text = (f: string) => units.filter((u) => u.file === f).flatMap((u) => u.sentences.map((s) => s.text)).join(" ");
    assert.match(text("utf16.txt"), /^Meta paid \$14\.3 billion/);
    assert.match(text("utf16be.txt"), /^Wang is 28/);
    assert.match(text("bom8.txt"), /^Lucy Guo/);
    assert.ok(!text("crlf.txt").includes("\r") && text("crlf.txt").includes("49%"));
    assert.ok(text("cr.txt").includes("$5 million"));
    assert.match(text("nonlatin.txt"), /49%/);
    for (const u of units) for (const s of u.sentences) assert.ok(s.start < s.end && s.text.length > 0);
  });

  it("a file that cannot be read (permission denied) is skipped and reported", async () => {
    // root can read anything, so the error is injected where the loader reads the file
    // (the loader opens files through node:fs's callback API)
    const orig = fs.open;
    (fs as { open: unknown }).open = (p: unknown, ...rest: unknown[]) => {
      if (String(p).endsWith("good.txt")) return (rest.at(-1) as (err: Error) => void)(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
      return (orig as (...a: unknown[]) => void)(p, ...rest);
    };
    try {
      const { units, skipped } = await loadSourceFolder(root);
      assert.match(reasonFor(skipped, "good.txt") ?? "", /permission denied/);
      assert.ok(units.some((u) => u.file === "crlf.txt"));
    } finally {
      (fs as { open: unknown }).open = orig;
    }
  });

  it("a file deleted or changed while it is indexed is skipped or read, never a crash", async () => {
    const dir = tempDir();
    write(dir, "a.txt", GOOD);
    write(dir, "b.txt", GOOD.replace("2016", "2017"));
    write(dir, "c.txt", GOOD);
    const orig = fs.open;
    (fs as { open: unknown }).open = (p: unknown, ...rest: unknown[]) => {
      if (String(p).endsWith("a.txt")) unlinkSync(String(p));
      if (String(p).endsWith("b.txt")) appendFileSync(String(p), "Appended while indexing.\n");
      return (orig as (...a: unknown[]) => void)(p, ...rest);
    };
    try {
      const { units, skipped } = await loadSourceFolder(dir);
      assert.match(reasonFor(skipped, "a.txt") ?? "", /missing|unreadable/);
      assert.ok(units.some((u) => u.file === "b.txt") && units.some((u) => u.file === "c.txt"));
    } finally {
      (fs as { open: unknown }).open = orig;
      remove(dir);
    }
  });

  it("a 100 MB file is skipped as too large without being read; a single 5 MB line is indexed", async () => {
    const dir = tempDir();
    try {
      const fd = openSync(join(dir, "huge.txt"), "w");
      const chunk = Buffer.from("The company raised $1 billion. ".repeat(32 * 1024).slice(0, 1024 * 1024));
      for (let i = 0; i < 100; i++) writeSync(fd, chunk);
      closeSync(fd);
      write(dir, "line.txt", "Revenue rose 5% to $1,000,000 in 2024 and ".repeat(Math.ceil((5 * 1024 * 1024) / 43)));
      write(dir, "ok.txt", GOOD);
      const t0 = performance.now();
      const { engine, skipped } = await Groundwork.fromFolder(dir);
      const ms = performance.now() - t0;
      assert.match(reasonFor(skipped, "huge.txt") ?? "", /too large/);
      assert.ok(engine.files.includes("line.txt") && engine.files.includes("ok.txt"));
      assert.ok(ms < 30_000, `indexing took ${ms} ms`);
      const results = engine.checkMarkdown("Scale AI was founded in 2016.\n");
      assert.equal(results.length, 1);
    } finally {
      remove(dir);
    }
  });

  it("20,000 small files are all indexed", async () => {
    const dir = tempDir();
    try {
      for (let i = 0; i < 20_000; i++) write(dir, `d${i % 50}/f${i}.txt`, `Note ${i}: the firm hired ${i} people in ${1990 + (i % 35)}.\n`);
      const t0 = performance.now();
      const { engine, skipped } = await Groundwork.fromFolder(dir);
      assert.equal(skipped.length, 0);
      assert.equal(engine.files.length, 20_000);
      assert.ok(performance.now() - t0 < 40_000);
    } finally {
      remove(dir);
    }
  });
});
