// Memos and indexes added for speed must answer exactly what the plain computation answers:
// names compared through their memoised lower-cased cores, cues found through the index by first
// word. Each is checked against the plain computation (written out here as it was before) over
// every sentence of the sample sources, and against the ways a memo can go stale.
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findNames, lowerCore, nameKey, type NameMention } from "../../src/core/entities/names";
import { sameEntity, sameOrg } from "../../src/core/entities/roles";
import { CAUSAL_CONNECTIVES, HEDGES, NEGATIVE_IMPLICATIVES, POSITIVE_IMPLICATIVES, TIME_ANCHORS } from "../../src/core/meaning/curated";
import { isVerb, lemmaCandidates, relatePredicates } from "../../src/core/meaning/lexicon";
import { cueAt } from "../../src/core/meaning/cues";
import { Bm25Index, FREQUENT_DF } from "../../src/core/index/bm25";
import { Corpus } from "../../src/core/index/corpus";
import { CorpusView } from "../../src/core/claims/context";
import { mentionsName, wordBases } from "../../src/core/entities/names";
import type { SourceUnit } from "../../src/core/types";

const SOURCES = join(__dirname, "../../examples/scale-ai/sources");
const sentences = readdirSync(SOURCES)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(SOURCES, f), "utf8").split(/(?<=[.!?])\s+|\n+/))
  .filter((s) => s.trim().length > 0);

function plainSameEntity(a: NameMention, b: NameMention): boolean {
  const ka = nameKey(a.core);
  const kb = nameKey(b.core);
  if (ka === kb) return true;
  const la = a.core[a.core.length - 1].toLowerCase();
  const lb = b.core[b.core.length - 1].toLowerCase();
  if (la !== lb) return false;
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  return short.length === 1 || short[0].toLowerCase() === long[0].toLowerCase() || nameKey(long.slice(long.length - short.length)) === nameKey(short);
}

function plainSameOrg(a: NameMention, b: NameMention): boolean {
  const ka = nameKey(a.core);
  const kb = nameKey(b.core);
  return ka === kb || ka.startsWith(kb + " ") || kb.startsWith(ka + " ");
}

function plainCueAt(list: readonly string[], words: readonly string[], i: number): { cue: string; length: number } | undefined {
  if (i < 0 || i >= words.length) return undefined;
  const word = words[i].toLowerCase();
  let best: { cue: string; length: number } | undefined;
  for (const cue of list) {
    const [head, ...rest] = cue.split(" ");
    if (word !== head && !(isVerb(head) && lemmaCandidates(word, "verb").includes(head))) continue;
    const tail = words.slice(i + 1, i + 1 + rest.length).map((w) => w.toLowerCase());
    if (tail.length !== rest.length || tail.some((w, k) => w !== rest[k])) continue;
    if (!best || rest.length + 1 > best.length) best = { cue, length: rest.length + 1 };
  }
  return best;
}

const mention = (text: string, core: string[]): NameMention => ({ text, core, start: 0, end: text.length, initial: false });

describe("speed memos give what the plain computation gives", () => {
  it("sameEntity and sameOrg over every pair of names of the sample sources", () => {
    // (one mention of each way of writing a name)
    const names = [...new Map(sentences.flatMap((s) => findNames(s)).map((n) => [n.core.join(" "), n])).values()];
    assert.ok(names.length > 50, `${names.length} names`);
    let same = 0;
    // twice: the second round answers from the memo
    for (let round = 0; round < 2; round++)
      for (const a of names)
        for (const b of names) {
          assert.equal(sameEntity(a, b), plainSameEntity(a, b), `${a.text} / ${b.text}`);
          assert.equal(sameOrg(a, b), plainSameOrg(a, b), `${a.text} / ${b.text}`);
          if (round === 0 && a.text !== b.text && sameEntity(a, b)) same++;
        }
    // (pairs written differently but the same entity: the last-name and suffix rules were exercised)
    assert.ok(same > 0);
  });

  it("lowerCore is per core array: another array, another answer, even after the first was asked", () => {
    const wang = mention("Alexandr Wang", ["Alexandr", "Wang"]);
    const meta = mention("Meta", ["Meta"]);
    assert.deepEqual(lowerCore(wang.core), { words: ["alexandr", "wang"], key: "alexandr wang", exact: "alexandr\u0000wang" });
    assert.equal(lowerCore(meta.core).key, "meta");
    assert.equal(sameEntity(wang, mention("Wang", ["Wang"])), true);
    assert.equal(sameEntity(wang, mention("Lucy Wang", ["Lucy", "Wang"])), false);
    assert.equal(sameOrg(meta, mention("Meta Platforms", ["Meta", "Platforms"])), true);
    assert.equal(sameOrg(meta, mention("Metaverse", ["Metaverse"])), false);
    // an equal copy of a core is worked out on its own and agrees
    assert.equal(lowerCore([...wang.core]).key, "alexandr wang");
    assert.notEqual(lowerCore([...wang.core]), lowerCore(wang.core));
  });

  it("cueAt over every word of the sample sources, for every curated list", () => {
    const lists = [NEGATIVE_IMPLICATIVES, POSITIVE_IMPLICATIVES, HEDGES, TIME_ANCHORS, CAUSAL_CONNECTIVES];
    let found = 0;
    for (const s of sentences) {
      const words = s.split(/\s+|(?=[,.;:!?])/).filter(Boolean);
      for (const list of lists)
        for (let i = -1; i <= words.length; i++) {
          const expected = plainCueAt(list, words, i);
          assert.deepEqual(cueAt(list, words, i), expected, `${list[0]}… at ${i} of "${s}"`);
          if (expected) found++;
        }
    }
    assert.ok(found > 20, `${found} cues found`);
  });

  it("cueAt: inflected verb heads, a head that is no verb, ties and the longest cue", () => {
    // inflections of a verb head match; a word that only shares a verb's base with a non-verb head does not
    const list = ["decline to", "reportedly", "up from", "deny", "deny that", "rule out"];
    for (const words of [
      ["Meta", "declined", "to", "comment"],
      ["it", "denied", "that", "it", "sold"],
      ["it", "denies", "everything"],
      ["ruling", "out", "a", "sale"],
      ["Scale", "reportedly", "sold"],
      ["up", "from", "$14", "billion"],
      ["ups", "from", "there"],
    ])
      for (let i = 0; i < words.length; i++) assert.deepEqual(cueAt(list, words, i), plainCueAt(list, words, i), `${words.join(" ")} at ${i}`);
    assert.deepEqual(cueAt(list, ["denied", "that"], 0), { cue: "deny that", length: 2 });
    // two cues of one length starting at the same word: the one listed first wins
    // (the word's own cue is found before its base form's, so the index must restore the list order)
    const tie = ["decline to", "declines to"];
    assert.deepEqual(cueAt(tie, ["declines", "to"], 0), plainCueAt(tie, ["declines", "to"], 0));
    assert.deepEqual(cueAt(tie, ["declines", "to"], 0), { cue: "decline to", length: 2 });
  });

  it("cueAt: a cue added to a list after it was first searched is found", () => {
    const list = ["plan to"];
    assert.equal(cueAt(list, ["we", "hope", "to", "go"], 1), undefined);
    list.push("hope to");
    assert.deepEqual(cueAt(list, ["we", "hope", "to", "go"], 1), { cue: "hope to", length: 2 });
    assert.deepEqual(cueAt(list, ["we", "hoped", "to", "go"], 1), { cue: "hope to", length: 2 });
  });

  it("search results kept per query are dropped when a document is added or removed, or the ranking changes", () => {
    const docs = ["Meta took a stake in Scale AI", "Scale AI labels data", "Meta hired Alexandr Wang", "Google cut ties with Scale AI"];
    let ranks: Int32Array | undefined;
    const index = new Bm25Index((id) => docs[id], () => ranks);
    docs.forEach((d) => index.add(d));
    const fresh = () => {
      const other = new Bm25Index((id) => docs[id], () => ranks);
      docs.forEach((d, id) => (index.has(id) ? other.add(d) : other.remove(other.add(d))));
      return other;
    };
    const query = ["scale", "meta"];
    const first = index.search(query, 3);
    assert.deepEqual(first, fresh().search(query, 3));
    // a caller's changes to the array it got are not what the next caller gets
    first.length = 0;
    assert.deepEqual(index.search(query, 3), fresh().search(query, 3));
    assert.equal(index.search(query, 3).length, 3);
    docs.push("Meta Scale Meta Scale");
    index.add(docs[4]);
    assert.equal(index.search(query, 3)[0].doc, 4);
    assert.deepEqual(index.search(query, 3), fresh().search(query, 3));
    index.remove(4);
    assert.ok(!index.search(query, 3).some((h) => h.doc === 4));
    assert.deepEqual(index.search(query, 3), fresh().search(query, 3));
    // the same terms in another order are another query (equal weights are summed in query order)
    assert.deepEqual(index.search(["meta", "scale"], 3), fresh().search(["meta", "scale"], 3));
    // ties between equal scores follow the ranking: a new ranking is a new answer
    const tied = index.search(["label", "hire"], 2).map((h) => h.doc);
    assert.deepEqual(tied, [1, 2]);
    ranks = new Int32Array([3, 2, 1, 0, 4]);
    assert.deepEqual(index.search(["label", "hire"], 2).map((h) => h.doc), [...tied].reverse());
  });

  it("relatePredicates answers the same from its memo as the first time, in both orders", () => {
    const pairs: [string, string][] = [["buy", "sell"], ["buy", "purchase"], ["invest", "investment"], ["sell", "buy"], ["hire", "sell"], ["buy", "acquire"]];
    const first = pairs.map(([a, b]) => relatePredicates(a, b));
    assert.deepEqual(first, ["opposite", "same", "same", "opposite", "unrelated", "unrelated"]);
    assert.deepEqual(pairs.map(([a, b]) => relatePredicates(a, b)), first);
  });

  it("namesIn keeps per window whether it mentions a name: the same answer as reading it, for every name and window", () => {
    const unit = (id: string, sentences: string[]): SourceUnit => {
      let pos = 0;
      return {
        id,
        file: `${id}.txt`,
        absPath: `/s/${id}.txt`,
        title: id,
        sentences: sentences.map((text, index) => {
          const start = pos;
          pos += text.length + 1;
          return { index, text, start, end: start + text.length, range: { start: { line: index, character: 0 }, end: { line: index, character: text.length } } };
        }),
      };
    };
    const corpus = new Corpus();
    corpus.setFile("a.txt", [unit("a", ["Meta invested $14.3 billion in Scale AI.", "Alexandr Wang joined Meta.", "The Canadian firm Cohere said nothing.", "Lucy Guo left."])]);
    corpus.setFile("b.txt", [unit("b", ["Google planned to pay Scale $200 million.", "Wang-Li Holdings sold shares."])]);
    const view = new CorpusView({ corpus, toRange: () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) });
    const names = ["Scale AI", "Scale", "AI", "Wang", "Alexandr Wang", "Lucy Wang", "Canada", "Wang-Li", "Wang Li", "WangLi", "Meta", "Google", "Meta Google"].map((t) => mention(t, t.split(" ")));
    const windows = [...Array(corpus.index.size).keys()].map((d) => corpus.windowOf(corpus.sentence(d)!));
    const read = (n: NameMention, w: typeof windows[number]) => {
      const text = w.map((x) => x.lower).join(" ");
      return mentionsName(text, n.core, () => wordBases(text));
    };
    let yes = 0;
    // forwards then backwards (the second time from what is kept), one name at a time and all at once
    for (const order of [names, [...names].reverse()])
      for (const w of windows)
        for (const n of order) {
          assert.equal(view.namesIn([n], w), read(n, w), `${n.text} in "${w.map((x) => x.text).join(" ")}"`);
          if (view.namesIn([n], w)) yes++;
        }
    for (const w of windows) assert.equal(view.namesIn(names, w), names.every((n) => read(n, w)));
    assert.ok(yes > 10 && yes < 2 * names.length * windows.length, `${yes}`);
  });

  it("search keeps every document once when more are asked for than the frequent terms' probe takes", () => {
    // a rare term in nearly every document, a frequent one in all, and k above the probe (256): the
    // frequent term's best documents come in again beside those already scored
    const n = FREQUENT_DF + 60;
    const docs = Array.from({ length: n }, (_, i) => (i < FREQUENT_DF ? `common rare${i % 3 ? "" : " rare"} filler${i}` : `common filler${i}`));
    const index = new Bm25Index((id) => docs[id]);
    docs.forEach((d) => index.add(d));
    const hits = index.search(["rare", "common"], n);
    assert.equal(hits.length, n);
    assert.equal(new Set(hits.map((h) => h.doc)).size, n);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
  });
});
