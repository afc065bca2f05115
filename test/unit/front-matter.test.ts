// Front matter read directly (sources/formats/front-matter.ts) must be what the yaml library
// reads, for every document it takes; everything else is left to the library.
import { strict as assert } from "node:assert";
import YAML from "yaml";
import { parseFrontMatter, simpleFrontMatter } from "../../src/core/sources/formats/front-matter";

const VALUES = [
  "Tallo cuts ties with Minriros AI -- Report", "2023-07-13", "2023-07-13T10:00:00Z", "2001-12-14 21:59:43.10 -5",
  "12", "-12", "+12", "1_000", "0o17", "0o19", "0x1F", "0xZZ", "0b101", "1.5", "1.", ".5", "1e5", "-1.5e-3", "1e", ".inf", "-.inf", "+.Inf", ".nan", "-.nan", ".NaN",
  "null", "Null", "NULL", "nULL", "~", "true", "True", "TRUE", "tRUE", "false", "yes", "no", "on", "off", "y", "n",
  "a: b", "a:b", "a #comment", "a#b", "#x", "- item", "-item", "? q", ":x", "x:", "[a, b]", "{a: b}", "a, b", "&anchor x", "*alias", "!tag x", "!!str 12", "| block", "> folded", "%x", "@x", "`x`",
  "\"quoted\"", "\"quoted # not a comment: ok\"", "\"esc\\\"aped\"", "\"tab\\tx\"", "\"unclosed", "\"a\" b", "'single'", "'it''s'", "'unclosed", "'a' b",
  "Zoë Müller’s “story”", "https://example.com/a?b=c&d=e#frag", "https://example.com/a", "Jane Doe, John Roe", "a  b", "a\tb", " lead", "trail ", "",
  "\u2028x", "x\u0085y", "\ufeffx", "é", "日本語", "😀 emoji",
];
const KEYS = ["title", "date", "author", "url", "source_url", "publishedAt", "x1", "true", "null", "Title", "a-b", "1a", "__proto__", "<<", "ké"];

function same(doc: string): boolean {
  const fast = simpleFrontMatter(doc);
  if (fast === undefined) return false;
  let slow: unknown;
  try {
    slow = YAML.parse(doc);
  } catch (e) {
    assert.fail(`taken directly but the library throws on ${JSON.stringify(doc)}: ${e}`);
  }
  assert.deepEqual({ ...fast }, slow, JSON.stringify(doc));
  assert.equal(Object.getPrototypeOf(fast), Object.prototype);
  return true;
}

describe("front matter read directly", () => {
  it("reads every one-line document it takes as the yaml library does", () => {
    let taken = 0;
    for (const k of KEYS) for (const v of VALUES) if (same(`${k}: ${v}\n`)) taken++;
    assert.ok(taken > 100, `${taken} taken`);
  });

  it("reads multi-line documents as the library does, and leaves duplicates, comments and nesting to it", () => {
    const typical = 'title: "Tallo cuts ties with Minriros AI amid data labeler\'s new Haljorsol deal -- Report"\ndate: 2023-07-13\nauthor: Jane Doe\nurl: https://example.com/story\n';
    assert.ok(same(typical));
    assert.ok(same("title: A\ndate: 2024-01-02"));
    for (const doc of ["title: A\ntitle: B\n", "title: A # c\n", "# c\ntitle: A\n", "title: A\n\ndate: B\n", "author:\n  name: X\n", "tags: [a, b]\n", "title: A\r\ndate: B\r\n", "", "\n", "title:A\n", "title:  A\n", "  title: A\n"]) {
      assert.equal(simpleFrontMatter(doc), undefined, JSON.stringify(doc));
    }
    // and those still get the library's answer (or its error)
    assert.deepEqual(parseFrontMatter("author:\n  name: X\n"), { author: { name: "X" } });
    assert.throws(() => parseFrontMatter("title: A\ntitle: B\n"));
  });

  it("agrees with the library on generated documents", () => {
    let s = 12345;
    const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = ["a", "Z", "1", "0", ".", "-", "+", ":", " ", "#", "'", '"', "\\", ",", "[", "]", "{", "}", "e", "x", "o", "é", "\t", "~", "&", "*", "!", "|", ">", "%", "@", "`", "?", "n", "u", "l", "t", "r"];
    for (let i = 0; i < 20000; i++) {
      const lines: string[] = [];
      for (let l = 0, nl = 1 + Math.floor(r() * 3); l < nl; l++) {
        let v = "";
        for (let c = 0, nc = 1 + Math.floor(r() * 6); c < nc; c++) v += pieces[Math.floor(r() * pieces.length)];
        lines.push(`${KEYS[Math.floor(r() * 8)]}${l}: ${v}`);
      }
      same(lines.join("\n") + "\n");
    }
  });
});
