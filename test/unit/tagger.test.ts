import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { splitSentences } from "../../src/core/text/sentences";
import { tagSentence, taggerMemoSize, type TaggedToken } from "../../src/core/meaning/tagger";

const ROOT = resolve(__dirname, "../..");
const SOURCES = join(ROOT, "examples/scale-ai/sources");

/** The token with this text (the n-th occurrence), failing the test if there is none. */
function tok(sentence: string, text: string, nth = 0): TaggedToken {
  const found = tagSentence(sentence).filter((t) => t.text === text)[nth];
  assert.ok(found, `no token "${text}" in ${JSON.stringify(tagSentence(sentence).map((t) => t.text))}`);
  return found;
}
const posOf = (sentence: string, text: string, nth = 0): string => tok(sentence, text, nth).pos;

describe("tagger: tokens, offsets, lemmas", () => {
  it("gives exact UTF-16 offsets for every token of every sentence of the sample sources", () => {
    let tokens = 0;
    for (const file of readdirSync(SOURCES)) {
      const text = readFileSync(join(SOURCES, file), "utf8");
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        let last = 0;
        for (const t of tagSentence(sentence)) {
          assert.equal(sentence.slice(t.start, t.end), t.text, `${file}: ${sentence}`);
          assert.ok(t.start >= last && t.end > t.start, `offsets increase in ${sentence}`);
          assert.equal(t.text.trim(), t.text, "no whitespace tokens");
          last = t.end;
          tokens++;
        }
      }
    }
    assert.ok(tokens > 9000, `tagged ${tokens} tokens`);
  });

  it("tags a plain sentence with Universal POS, lower-case lemmas and negation", () => {
    const s = "Meta will not take any stake in Scale AI.";
    assert.deepEqual(
      tagSentence(s).map((t) => `${t.text}/${t.pos}/${t.lemma}`),
      ["Meta/PROPN/meta", "will/AUX/will", "not/PART/not", "take/VERB/take", "any/DET/any", "stake/NOUN/stake", "in/ADP/in", "Scale/PROPN/scale", "AI/PROPN/ai", "./PUNCT/."],
    );
    assert.equal(tok(s, "take").negated, true);
    assert.equal(tok(s, "Meta").negated, false);
    assert.equal(tok("Meta sold its stake.", "sold").lemma, "sell");
    assert.equal(tok("Meta took a 49% stake.", "took").negated, false);
  });

  it("never throws on odd input and keeps offsets exact", () => {
    const odd = ["", " ", "\n\t ", "😀 Meta 👍🏽 buys", "\u0000\u0001abc\u0007 def", "\ud800 lone surrogate", "a\u200bb\u00a0c", "x".repeat(10_000), "word ".repeat(2_000), "can't won't don’t", "http://x.com/a?b=1 #tag @user 3:30pm"];
    for (const text of odd) {
      const tokens = tagSentence(text);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    }
    assert.deepEqual(tagSentence(""), []);
    assert.deepEqual(tagSentence(" \n"), []);
    assert.equal(tagSentence("x".repeat(10_000)).length, 1);
    assert.equal(tagSentence("word ".repeat(2_000)).length, 2_000);
    assert.deepEqual(tagSentence(undefined as unknown as string), []);
  });

  it("memoises per text: the same frozen result, and at most 5,000 sentences kept", () => {
    const s = "Google plans to cut ties with Scale AI.";
    const a = tagSentence(s);
    assert.equal(tagSentence(s), a);
    assert.ok(Object.isFrozen(a) && Object.isFrozen(a[0]));
    assert.throws(() => {
      (a[0] as { pos: string }).pos = "X";
    });
    for (let i = 0; i < 5_100; i++) tagSentence(`Meta paid ${i} dollars.`);
    assert.equal(taggerMemoSize(), 5_000);
    // The oldest entries went first: the first of the 5,100 was evicted, the last one is kept.
    const last = tagSentence("Meta paid 5099 dollars.");
    assert.equal(tagSentence("Meta paid 5099 dollars."), last);
  });

  it("loads the model on first use, not on import", () => {
    const code = [
      "require('./src/core/meaning/tagger.ts');",
      "const loaded = () => Object.keys(require.cache).some((k) => k.includes('eng-core-web-model'));",
      "const before = loaded();",
      "require('./src/core/meaning/tagger.ts').tagSentence('Meta buys.');",
      "process.stdout.write(JSON.stringify([before, loaded()]));",
    ].join("\n");
    const run = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", code], { cwd: ROOT, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [false, true]);
  });
});

describe("tagger: corrections", () => {
  it("a known -s verb form between a subject and its object is the verb, not a noun", () => {
    const s = "Meta's $14.3 billion investment values Scale AI at $29 billion.";
    assert.equal(posOf(s, "values"), "VERB");
    assert.equal(tok(s, "values").lemma, "value");
    assert.equal(posOf("The deal values Scale AI at $14.3 billion.", "values"), "VERB");
    assert.equal(posOf("Scale AI plans an initial public offering in 2026.", "plans"), "VERB");
    assert.equal(posOf('He said "The Meta-Scale deal marks a turning point."', "marks"), "VERB");
    const toInfinitive = "Google plans to cut ties with Scale AI.";
    assert.equal(posOf(toInfinitive, "plans"), "VERB");
    assert.equal(posOf(toInfinitive, "to"), "PART");
    assert.equal(posOf("Investors value the company at $29 billion.", "value"), "VERB");
  });

  it("a base form right after 'be' and before an adjective or noun qualifies it; a passive participle stays a verb", () => {
    assert.equal(posOf("Droege said Scale would no longer be model agnostic.", "model"), "NOUN");
    assert.equal(posOf("The budget will be cut sharply.", "cut"), "VERB");
    assert.equal(posOf("The projects will be paused next week.", "paused"), "VERB");
  });

  it("in a headline without a verb, a known -s form before a bare plural noun is the verb", () => {
    assert.equal(posOf("OpenAI cuts ties with Scale AI", "cuts"), "VERB");
    assert.equal(tok("OpenAI cuts ties with Scale AI", "cuts").lemma, "cut");
  });

  it("leaves nouns that only look like verbs: objects, compounds, non-verbs", () => {
    // After a verb the noun phrase is an object, so "sources to maintain" stays a noun.
    assert.equal(posOf("Rivals are reassessing their relationships and data sources to maintain control.", "sources"), "NOUN");
    assert.equal(posOf("Scale AI investors said the deal was good.", "investors"), "NOUN");
    assert.equal(posOf("The company's sales figures rose.", "figures"), "NOUN");
    // A verb elsewhere in the sentence: "cuts ties ... and hires" is not a verbless headline.
    assert.equal(posOf("Meta's cuts affected the teams.", "cuts"), "NOUN");
  });

  it("a verb-like noun after 'want to' followed by an object is an infinitive, even in quotes", () => {
    const s = 'Sarah Friar said OpenAI did not want to "ice the ecosystem" because acquisitions are going to happen.';
    assert.equal(posOf(s, "ice"), "VERB");
    assert.equal(posOf(s, "to"), "PART");
    assert.equal(posOf("Scale AI moved to New York.", "to"), "ADP");
    assert.equal(posOf("Microsoft agreed to terms with OpenAI.", "terms"), "NOUN");
  });

  it("'have' before a noun phrase is the verb; before a verb, 'not' or 'to' it stays the auxiliary", () => {
    assert.equal(posOf("Meta has no stake in Scale AI.", "has"), "VERB");
    assert.equal(posOf("Scale AI had 900 employees.", "had"), "VERB");
    assert.equal(posOf("Meta has its own lab.", "has"), "VERB");
    assert.equal(posOf("Meta has a stake in Scale AI.", "has"), "VERB");
    assert.equal(posOf("Meta has invested in Scale AI.", "has"), "AUX");
    assert.equal(posOf("Scale AI has not been sold.", "has"), "AUX");
    assert.equal(posOf("Meta has already invested.", "has"), "AUX");
  });

  it("'have' before an -ing word and a noun is the verb, the -ing word qualifying the noun", () => {
    assert.equal(posOf("Meta will have voting power at Scale AI.", "have"), "VERB");
    assert.equal(posOf("Meta will have voting power at Scale AI.", "voting"), "ADJ");
    assert.equal(posOf("Meta has been buying shares.", "buying"), "VERB");
  });

  it("a capitalised verb inside a sentence is a name, unless the sentence is a headline", () => {
    assert.equal(posOf("Quarry supplies sensors to Anthropic, Cohere and Adept.", "Cohere"), "PROPN");
    assert.equal(posOf("Quarry supplies sensors to Anthropic, Cohere and Adept.", "supplies"), "VERB");
    assert.equal(posOf("Google, Microsoft And xAI Cut Ties With Scale AI After Meta Deal", "Cut"), "VERB");
  });

  it("an -ing word right after a verb of beginning, going on or ending is a verb (its gerund)", () => {
    assert.equal(posOf("Microsoft and xAI have stopped testing alternatives to Scale AI.", "testing"), "VERB");
    assert.equal(posOf("Nimbus Labs kept testing alternatives.", "testing"), "VERB");
  });

  it("after the perfect's 'have', a participle read as an adjective is the verb; an adjective before a noun stays", () => {
    assert.equal(posOf("Meta has poached the startup's chief executive officer.", "poached"), "VERB");
    assert.equal(posOf("Meta has already poached the startup's chief executive.", "poached"), "VERB");
    assert.equal(posOf("Meta has poached the startup's chief executive officer.", "has"), "AUX");
    assert.equal(posOf("The chef has poached eggs on the menu.", "has"), "VERB");
  });

  it("an -ing word after 'by', 'after', 'without' and before its object is a gerund; an -ing word between it and a noun qualifies the noun", () => {
    assert.equal(posOf("Meta tried to poach OpenAI employees by offering signing bonuses.", "offering"), "VERB");
    assert.equal(tok("Meta tried to poach OpenAI employees by offering signing bonuses.", "offering").lemma, "offer");
    assert.equal(posOf("Meta tried to poach OpenAI employees by offering signing bonuses.", "signing"), "ADJ");
    assert.equal(posOf("Meta lured staff by paying signing bonuses.", "signing"), "ADJ");
    assert.equal(posOf("Meta lured staff by offering big bonuses.", "offering"), "VERB");
    // (with a determiner it is the noun)
    assert.equal(posOf("Meta gained by the offering.", "offering"), "NOUN");
  });

  it("an -ing word after a possessive or a determiner, past its adjectives, with no object is a noun, its participles adjectives", () => {
    assert.equal(posOf("The shareholder planned to add to its holding, confident of a rebound.", "holding"), "NOUN");
    assert.equal(posOf("They planned to sell off their remaining holding in Scale.", "holding"), "NOUN");
    assert.equal(posOf("They planned to sell off their remaining holding in Scale.", "remaining"), "ADJ");
    // (one with an object, or with "of", keeps its verb reading)
    assert.equal(posOf("Meta's hiring of Wang surprised rivals.", "hiring"), "VERB");
    assert.equal(posOf("Meta is holding talks with Scale.", "holding"), "VERB");
  });

  it("'s after a name, before an adverb and a verb or before a participle taking no noun, is 'has' or 'is'", () => {
    assert.equal(posOf("Microsoft's already come out against the deal.", "'s"), "AUX");
    assert.equal(posOf("Microsoft's confirmed it is leaving.", "'s"), "AUX");
    assert.equal(posOf("Meta's acquired company grew.", "'s"), "PART");
    assert.equal(posOf("Meta's newly acquired company grew.", "'s"), "PART");
    assert.equal(posOf("Microsoft's decision surprised rivals.", "'s"), "PART");
  });

  it("reads a participle after an adverb of degree, a preposition or an article, before its noun, as an adjective", () => {
    assert.equal(posOf("Harlow needed more specialized data than Nimbus.", "specialized"), "ADJ");
    assert.equal(posOf("Scale hired highly skilled workers.", "skilled"), "ADJ");
    assert.equal(posOf("Scale specialized in data.", "specialized"), "VERB");
    assert.equal(posOf("It produced millions in completed deals.", "completed"), "ADJ");
    assert.equal(posOf("Meta acquired stakes.", "acquired"), "VERB");
  });

  it("reads the -ing form after 'accused NAME of' as a verb", () => {
    assert.equal(posOf("Quarry accused Nimbus Labs of offering signing bonuses to its staff.", "offering"), "VERB");
    assert.equal(posOf("Quarry accused Nimbus of dangling signing bonuses.", "signing"), "ADJ");
  });

  it("reads an -ing form between an article's adjectives and its noun as an adjective", () => {
    assert.equal(posOf("Quarry was the single largest paying customer of Nimbus.", "paying"), "ADJ");
    assert.equal(posOf("Harlow is Nimbus's biggest paying client.", "paying"), "ADJ");
    assert.equal(posOf("Quarry was paying customers.", "paying"), "VERB");
  });

  it("reads a participle after a verb of staying and an adverb as a verb", () => {
    assert.equal(posOf("Wang would remain closely involved in operations.", "involved"), "VERB");
    assert.equal(posOf("Wang would remain very independent.", "independent"), "ADJ");
  });

  it("reads 'amounts to' after a subject as the verb, and a base form after an article, before a preposition, as a noun", () => {
    assert.equal(posOf("The deal amounts to a pivot for the company.", "amounts"), "VERB");
    assert.equal(posOf("The deal amounts to a pivot for the company.", "pivot"), "NOUN");
    assert.equal(posOf("The amounts to be paid are large.", "amounts"), "NOUN");
  });

  it("a known -s form after a name and before a particle of direction is a verb of motion", () => {
    assert.equal(posOf("While Wang moves to Meta, he is giving up his seat.", "moves"), "VERB");
    assert.equal(posOf("While Wang moves over to lead Meta's unit, he is giving up his seat.", "moves"), "VERB");
    // (not after a possessive: "Meta's moves to …")
    assert.equal(posOf("Meta's moves to Scale surprised rivals.", "moves"), "NOUN");
  });

  it("a past form read as an adjective right after a name or pronoun subject and before its object is the verb", () => {
    assert.equal(posOf("OpenAI poached Meta employees.", "poached"), "VERB");
    assert.equal(tok("OpenAI poached Meta employees.", "poached").lemma, "poach");
    assert.equal(posOf("They poached the startup's engineers.", "poached"), "VERB");
    // (qualifying a noun: after a possessive, or with no object after it)
    assert.equal(posOf("Meta's poached engineers joined.", "poached"), "ADJ");
    assert.equal(posOf("OpenAI poached eggs.", "poached"), "ADJ");
  });

  it("'have' before adjectives and a noun is the verb", () => {
    assert.equal(posOf("Meta will have full voting power at Scale AI.", "have"), "VERB");
    assert.equal(posOf("Meta has full control of Scale AI.", "has"), "VERB");
    assert.equal(posOf("Meta has long invested in AI.", "has"), "AUX");
  });

  it("'to' before a figure is a preposition; before a verb it stays the infinitive marker", () => {
    assert.equal(posOf("Scale AI's valuation more than doubled to $29bn.", "to"), "ADP");
    assert.equal(posOf("Microsoft agreed to take a 49% stake in Scale AI.", "to"), "PART");
  });

  it("after a modal, a noun or adjective that is a verb's base form is the verb", () => {
    assert.equal(posOf("The US government will stop being one of its customers.", "stop"), "VERB");
    assert.equal(posOf("The company would slow down.", "slow"), "VERB");
    assert.equal(posOf("Meta will not stop work on it.", "stop"), "VERB");
    assert.equal(posOf("Meta will stop work on it.", "work"), "NOUN", "the object stays a noun");
    assert.equal(posOf("The plan will be costly.", "costly"), "ADJ", "not a verb form");
  });

  it("a bare infinitive after a perception verb's object is a verb", () => {
    assert.equal(posOf("Handshake saw demand triple overnight after the Meta news.", "triple"), "VERB");
    assert.notEqual(posOf("Handshake reported demand triple overnight.", "triple"), "VERB");
  });

  it("after a possessive, a verb form is a noun (or a participle adjective)", () => {
    assert.equal(posOf("What happens next is anyone's guess.", "guess"), "NOUN");
    assert.equal(posOf("With Scale’s continued independence, clients stay.", "continued"), "ADJ");
    assert.equal(posOf("Meta's taking a stake in Scale.", "taking"), "VERB");
  });

  it("a participle closing a hyphenated compound before a noun is an adjective", () => {
    assert.equal(posOf("Alexandr Wang, 35, was the world's youngest self-made billionaire.", "made"), "ADJ");
    assert.equal(posOf("They gained access to human-reviewed datasets.", "reviewed"), "ADJ");
    // Not before a noun: "Meta self-made it" keeps its verb.
    assert.equal(posOf("Meta self-made it.", "made"), "VERB");
  });

  it("keeps the parts of a figure together as SYM NUM NUM", () => {
    const tags = (s: string, from: number): string[] => tagSentence(s).slice(from).map((t) => `${t.text}/${t.pos}`);
    assert.deepEqual(tags("Meta bought 49% of Scale for $14.3bn", 7), ["$/SYM", "14.3/NUM", "bn/NUM"]);
    assert.deepEqual(tags("Google planned to pay roughly $200M this year", 5), ["$/SYM", "200/NUM", "M/NUM", "this/DET", "year/NOUN"]);
    assert.deepEqual(tags("They raised $200M.", 2), ["$/SYM", "200/NUM", "M./NUM"]);
    assert.deepEqual(tags("Meta paid US$14.3 billion", 2), ["US$/SYM", "14.3/NUM", "billion/NUM"]);
    // Not after a number, a single capital stays a name.
    assert.equal(posOf("Scale raised money in its Series B round.", "B"), "PROPN");
  });

  it("a capitalised common noun next to a name is part of the name, except first in a sentence", () => {
    assert.equal(posOf("Meta invested in Scale AI.", "AI"), "PROPN");
    assert.equal(posOf("Scale AI moved its headquarters to New York.", "New"), "PROPN");
    assert.equal(posOf("Labs think about AI safety.", "AI"), "NOUN");
  });

  it("a plural common noun capitalised at the start of a sentence is a noun with its lemma", () => {
    assert.equal(posOf("Sources say Meta paid.", "Sources"), "NOUN");
    assert.equal(tok("Sources say Meta paid.", "Sources").lemma, "source");
    assert.equal(posOf("Reuters reported the deal.", "Reuters"), "PROPN");
  });
});
