// figureFrame (src/core/meaning/measures.ts): what a figure measures and whether it holds before an
// event. Every word of every MEASURE_FAMILIES entry has a case below (a test fails when a word is
// added without one); words the frame does not find yet are listed in KNOWN_GAPS with what happens,
// and a test fails when one starts working, so that it moves to the cases.
import { strict as assert } from "node:assert";
import { FAMILIES_OF_KIND, figureFrame, MEASURE_FAMILIES, MEASURE_NAMES, measureFamily, type FigureFrame } from "../../src/core/meaning/measures";
import { extractQuantities } from "../../src/core/quantities";

/** The frame of the figure written `figure` in `sentence` (the first one, or the n-th of that text). */
function frameOf(sentence: string, figure: string): FigureFrame & { kind: string } {
  const all = extractQuantities(sentence);
  const q = all.find((x) => x.text === figure || x.text.endsWith(figure) || x.text.startsWith(figure));
  assert.ok(q, `no figure ${JSON.stringify(figure)} in ${JSON.stringify(sentence)}: ${JSON.stringify(all.map((x) => x.text))}`);
  return { ...figureFrame(sentence, q.kind, q.start, q.end, all), kind: q.kind };
}

/** [word of MEASURE_FAMILIES, sentence using it, the figure, the family expected]. */
const WORD_CASES: [string, string, string, string][] = [
  // valuation
  ["value", "Quarry's value rose to $3 billion.", "$3 billion", "valuation"],
  ["valuation", "Quarry reached a valuation of $3 billion.", "$3 billion", "valuation"],
  ["valued", "Quarry was valued at $3 billion.", "$3 billion", "valuation"],
  ["capitalization", "Quarry's capitalization hit $3 billion.", "$3 billion", "valuation"],
  ["capitalisation", "Quarry's capitalisation hit $3 billion.", "$3 billion", "valuation"],
  ["worth", "Quarry is worth $3 billion.", "$3 billion", "valuation"],
  // payment
  ["invest", "Nimbus will invest $3 billion in Quarry.", "$3 billion", "payment"],
  ["investment", "Quarry received a $3 billion investment.", "$3 billion", "payment"],
  ["pay", "Nimbus will pay $3 billion to Quarry.", "$3 billion", "payment"],
  ["payment", "Nimbus made a payment of $3 billion.", "$3 billion", "payment"],
  ["spend", "Nimbus plans to spend $3 billion on chips.", "$3 billion", "payment"],
  ["spending", "Nimbus cut spending to $3 billion.", "$3 billion", "payment"],
  ["outlay", "Nimbus's outlay was $3 billion.", "$3 billion", "payment"],
  ["expenditure", "Nimbus's expenditure was $3 billion.", "$3 billion", "payment"],
  ["pour", "Nimbus will pour $3 billion into Quarry.", "$3 billion", "payment"],
  ["price", "The price was $3 billion.", "$3 billion", "payment"],
  ["cost", "The plant will cost $3 billion.", "$3 billion", "payment"],
  ["buy", "Nimbus agreed to buy $3 billion of bonds.", "$3 billion", "payment"],
  ["purchase", "The purchase of $3 billion closed.", "$3 billion", "payment"],
  ["acquire", "Nimbus will acquire $3 billion in assets.", "$3 billion", "payment"],
  ["acquisition", "The acquisition of $3 billion in assets closed.", "$3 billion", "payment"],
  ["funding", "Quarry secured $3 billion in funding.", "$3 billion", "payment"],
  ["fund", "Nimbus will fund $3 billion of research.", "$3 billion", "payment"],
  ["raise", "Quarry will raise $3 billion.", "$3 billion", "payment"],
  ["round", "Quarry closed a $3 billion round.", "$3 billion", "payment"],
  ["inject", "Nimbus will inject $3 billion into Quarry.", "$3 billion", "payment"],
  ["commit", "Nimbus will commit $3 billion to Quarry.", "$3 billion", "payment"],
  ["commitment", "Nimbus made a $3 billion commitment to Quarry.", "$3 billion", "payment"],
  // revenue
  ["revenue", "Quarry had $870 million in revenue.", "$870 million", "revenue"],
  ["sale", "Quarry reported a sale of $870 million.", "$870 million", "revenue"],
  ["sales", "Quarry had $870 million in sales.", "$870 million", "revenue"],
  ["earn", "Quarry will earn $870 million.", "$870 million", "revenue"],
  ["earnings", "Quarry reported earnings of $870 million.", "$870 million", "revenue"],
  ["income", "Quarry had income of $870 million.", "$870 million", "revenue"],
  ["turnover", "Quarry's turnover was $870 million.", "$870 million", "revenue"],
  ["generate", "Quarry will generate $870 million.", "$870 million", "revenue"],
  // profit, loss
  ["profit", "Quarry made a profit of $40 million.", "$40 million", "profit"],
  ["loss", "Quarry posted a $40 million loss.", "$40 million", "loss"],
  ["lose", "Quarry will lose $40 million.", "$40 million", "loss"],
  // headcount
  ["employee", "Quarry's employees numbered 900 people.", "900 people", "headcount"],
  ["employ", "Quarry will employ 900 people.", "900 people", "headcount"],
  ["staff", "Its staff grew to 900 people.", "900 people", "headcount"],
  ["worker", "Its workers numbered 900 people.", "900 people", "headcount"],
  ["workforce", "The workforce grew to 900 people.", "900 people", "headcount"],
  ["headcount", "Quarry's headcount rose to 900 staff.", "900 staff", "headcount"],
  ["contractor", "Its contractors numbered 900 people.", "900 people", "headcount"],
  ["people", "The number of people reached 900 staff.", "900 staff", "headcount"],
  ["hire", "Quarry will hire 900 engineers.", "900 engineers", "headcount"],
  // stake
  ["stake", "Nimbus took a 49% stake in Quarry.", "49%", "stake"],
  ["share", "Nimbus bought a 49% share of Quarry.", "49%", "stake"],
  ["holding", "Nimbus has a 49% holding in Quarry.", "49%", "stake"],
  ["interest", "Nimbus has a 49% interest in Quarry.", "49%", "stake"],
  ["ownership", "Nimbus has 49% ownership of Quarry.", "49%", "stake"],
  // contract
  ["contract", "Quarry won a $40 million contract.", "$40 million", "contract"],
  ["order", "Quarry won a $40 million order.", "$40 million", "contract"],
  ["backlog", "Quarry has a backlog of $40 million.", "$40 million", "contract"],
];

/**
 * Words the frame does not find in running text yet: [word, sentence, figure, family expected,
 * what happens]. measureFamily(word) knows each; figureFrame looks at one token at a time (so
 * multi-word entries never match) and only at nouns and verbs (and "worth").
 */
const KNOWN_GAPS: [string, string, string, string, string][] = [
  ["market cap", "Quarry has a market cap of $3 billion.", "$3 billion", "valuation", "no measure: a multi-word entry is never matched"],
  ["net income", "Quarry reported net income of $40 million.", "$40 million", "profit", "'revenue' (from 'income' alone): a profit would be compared with revenue"],
  ["bring in", "Quarry will bring in $40 million.", "$40 million", "revenue", "no measure: a verb with a preposition only is no phrase (it would swallow 'is going to')"],
];

describe("measures: what a figure measures", () => {
  for (const [word, sentence, figure, family] of WORD_CASES) {
    it(`${word}: ${sentence}`, () => {
      assert.ok(sentence.toLowerCase().includes(word), `the case for "${word}" uses it`);
      assert.equal(measureFamily(word), family, `${word} is in ${family}`);
      assert.equal(frameOf(sentence, figure).measure, family, sentence);
    });
  }

  it("what a stake is worth is a payment, not the company's valuation", () => {
    assert.equal(frameOf("Nimbus's stake in Quarry is worth $3 billion.", "$3 billion").measure, "payment");
    assert.equal(frameOf("Quarry, in which Nimbus took a stake, is worth $3 billion.", "$3 billion").measure, "valuation");
  });

  it("the second end of a change has the first end's measure, past the first end's own time", () => {
    assert.equal(frameOf("Quarry's valuation rose from $14 billion before the deal to $29 billion once Nimbus invested.", "$29 billion").measure, "valuation");
    assert.equal(frameOf("Quarry's valuation rose from $14 billion to $29 billion.", "$29 billion").measure, "valuation");
  });

  it("a figure after 'and' and the first figure's preposition has the first's measure (gapping)", () => {
    assert.equal(frameOf("Quarry was valued at $14 billion before Nimbus's investment and at $29 billion after it.", "$29 billion").measure, "valuation");
    assert.equal(frameOf("Nimbus paid $3 billion for the stake and $2 billion for the rest.", "$2 billion").measure, undefined);
  });

  it("the value of a deal is what it pays, not a valuation", () => {
    assert.equal(frameOf("One report put the value of Nimbus's deal for its stake in Quarry at $3 billion.", "$3 billion").measure, "payment");
    assert.equal(frameOf("The size of the transaction was $3 billion.", "$3 billion").measure, "payment");
    assert.equal(frameOf("The deal put the value of Quarry at $3 billion.", "$3 billion").measure, "valuation");
  });

  describe("known gaps (a fixed one must move to the cases above)", () => {
    for (const [word, sentence, figure, family, happens] of KNOWN_GAPS) {
      it(`${word}: ${sentence} (today: ${happens})`, () => {
        assert.equal(measureFamily(word), family, `${word} is in ${family}`);
        assert.notEqual(frameOf(sentence, figure).measure, family, `fixed: move "${word}" from KNOWN_GAPS to WORD_CASES`);
      });
    }
  });

  it("every family has a name for messages, and every name a family", () => {
    assert.deepEqual(Object.keys(MEASURE_NAMES).sort(), Object.keys(MEASURE_FAMILIES).sort());
  });

  it("every word of every MEASURE_FAMILIES entry has a case above", () => {
    const covered = new Set([...WORD_CASES.map(([w]) => w), ...KNOWN_GAPS.map(([w]) => w)]);
    const missing = Object.values(MEASURE_FAMILIES).flat().filter((w) => !covered.has(w));
    assert.deepEqual(missing, []);
    // and each case names the word's own family
    for (const [w, , , family] of [...WORD_CASES, ...KNOWN_GAPS.map(([w, s, f, fam]) => [w, s, f, fam] as const)])
      assert.ok(MEASURE_FAMILIES[family]?.includes(w), `${w} is listed under ${family}`);
  });

  it("every family is measured by some kind of figure", () => {
    const reachable = new Set(Object.values(FAMILIES_OF_KIND).flat());
    assert.deepEqual(Object.keys(MEASURE_FAMILIES).filter((f) => !reachable.has(f)), []);
  });
});

describe("measures: where the measure word stands", () => {
  const cases: [string, string, string | undefined][] = [
    // after the figure, right after or past "in"/"of" and modifiers
    ["Quarry received a $3 billion investment.", "$3 billion", "payment"],
    ["Quarry received a $3 billion cash investment.", "$3 billion", "payment"],
    ["Quarry had $870 million in sales last year.", "$870 million", "revenue"],
    // before the figure, in its clause
    ["Quarry was valued at $3 billion.", "$3 billion", "valuation"],
    ["Nimbus invested $3 billion.", "$3 billion", "payment"],
    // a multi-word predicate of money laid out names its measure; the verb alone does not
    ["Nimbus dropped $3 billion on Quarry.", "$3 billion", "payment"],
    ["Nimbus sank $3 billion into Quarry.", "$3 billion", "payment"],
    ["Quarry's revenue dropped $3 billion.", "$3 billion", "revenue"],
    // a deal right after the figure is its price; "the deal" elsewhere names no measure
    ["Nimbus's $3 billion deal values Quarry at $9 billion.", "$3 billion", "payment"],
    ["Quarry's valuation rose after the deal to $9 billion.", "$9 billion", "valuation"],
    // the measure word before the first end of a change is the second's too
    ["The deal doubled Quarry's valuation, from $14 billion to $29 billion.", "$29 billion", "valuation"],
    // the word after the figure wins over the one before it
    ["Nimbus said the valuation includes a $3 billion investment.", "$3 billion", "payment"],
    // two figures, each with its own measure
    ["Quarry has revenue of $2 billion and a valuation of $29 billion.", "$2 billion", "revenue"],
    ["Quarry has revenue of $2 billion and a valuation of $29 billion.", "$29 billion", "valuation"],
    ["The $29 billion valuation follows a $3 billion investment.", "$29 billion", "valuation"],
    ["The $29 billion valuation follows a $3 billion investment.", "$3 billion", "payment"],
    // a measure word beyond another figure is that figure's
    ["Quarry is valued at $29 billion, up from $14 billion.", "$14 billion", undefined],
    // no measure word at all
    ["Quarry's figure was $3 billion.", "$3 billion", undefined],
  ];
  for (const [sentence, figure, family] of cases)
    it(`${sentence} (${figure}) -> ${family ?? "none"}`, () => assert.equal(frameOf(sentence, figure).measure, family));
});

describe("measures: 'for $X' is a payment, a percentage never is", () => {
  const cases: [string, string, string | undefined][] = [
    ["Nimbus bought Quarry for $3 billion.", "$3 billion", "payment"],
    ["Nimbus sold its chip unit for $3 billion.", "$3 billion", "payment"],
    ["Nimbus sold the unit to Quarry for $3 billion in cash.", "$3 billion", "payment"],
    ["Nimbus bought 35% of Quarry for $3 billion.", "$3 billion", "payment"],
    // percentages: a stake or nothing, never a payment
    ["Nimbus bought 35% of Quarry for $3 billion.", "35%", undefined],
    ["Nimbus paid 30% more for Quarry.", "30%", undefined],
    ["Nimbus will invest 10% of its cash in Quarry.", "10%", undefined],
    ["Nimbus will spend 10% more on chips.", "10%", undefined],
    ["Nimbus took a 49% stake in Quarry.", "49%", "stake"],
  ];
  for (const [sentence, figure, family] of cases)
    it(`${sentence} (${figure}) -> ${family ?? "none"}`, () => {
      const frame = frameOf(sentence, figure);
      assert.equal(frame.measure, family);
      if (frame.kind === "percent") assert.notEqual(frame.measure, "payment");
    });

  it("no percentage in any case of this file is a payment", () => {
    for (const [sentence] of [...WORD_CASES.map(([, s]) => [s]), ...cases]) {
      const all = extractQuantities(sentence);
      for (const q of all.filter((x) => x.kind === "percent")) assert.notEqual(figureFrame(sentence, q.kind, q.start, q.end, all).measure, "payment", sentence);
    }
  });
});

describe("measures: figures that hold before an event", () => {
  const cases: [string, string, boolean][] = [
    ["Quarry was valued at $14 billion before the deal.", "$14 billion", true],
    // (the first end of a change, past its measure's noun phrase; the second is after it)
    ["The deal took Quarry from a valuation of about $14 billion to $29 billion.", "about $14 billion", true],
    ["The deal took Quarry from a valuation of about $14 billion to $29 billion.", "$29 billion", false],
    ["Prior to the deal, Quarry was valued at $14 billion.", "$14 billion", true],
    ["Ahead of the deal, Quarry carried a valuation of $14 billion.", "$14 billion", true],
    ["Quarry is valued at $29 billion, up from $14 billion.", "$14 billion", true],
    ["Quarry is valued at $29 billion, up from $14 billion.", "$29 billion", false],
    ["Quarry was previously valued at $14 billion.", "$14 billion", true],
    ["Quarry was earlier valued at $14 billion.", "$14 billion", true],
    ["Quarry had a pre-deal valuation of $14 billion.", "$14 billion", true],
    ["Quarry was formerly valued at $14 billion.", "$14 billion", true],
    ["The deal values Quarry at $29 billion, more than double the $14 billion it was worth going in.", "$14 billion", true],
    ["The deal values Quarry at $29 billion, more than double the $14 billion it was worth going in.", "$29 billion", false],
    ["Quarry was worth $14 billion going into the deal.", "$14 billion", true],
    ["Quarry is valued at $29 billion.", "$29 billion", false],
    // a cue beyond another figure belongs to that one
    ["Quarry is valued at $29 billion, up from $14 billion before the deal.", "$29 billion", false],
    ["Quarry is valued at $29 billion, up from $14 billion before the deal.", "$14 billion", true],
    ["Before the deal, Nimbus paid $2 billion and Quarry's valuation rose to $29 billion.", "$2 billion", true],
    ["Before the deal, Nimbus paid $2 billion and Quarry's valuation rose to $29 billion.", "$29 billion", false],
    ["Before the deal, Quarry had revenue of $1 billion; it now has $2 billion.", "$1 billion", true],
    ["Before the deal, Quarry had revenue of $1 billion; it now has $2 billion.", "$2 billion", false],
    // a cue right after one figure is that one's, not the next one's
    ["Quarry, valued at $14 billion before the deal, now has revenue of $2 billion.", "$14 billion", true],
    ["Quarry, valued at $14 billion before the deal, now has revenue of $2 billion.", "$2 billion", false],
    ["Quarry's valuation went from $14 billion before the deal to $29 billion with the investment.", "$29 billion", false],
    // a cue in another clause, across ";"
    ["Prices fell before the deal; Quarry is valued at $29 billion.", "$29 billion", false],
    // an earlier plan is no value before an event
    ["Google had previously planned to spend $200 million this year.", "$200 million", false],
    ["Quarry was previously valued at $14 billion.", "$14 billion", true],
    // the first end of a change written second: "to $29 billion from $14 billion"
    ["The deal doubled Quarry's valuation to $29 billion from $14 billion.", "$14 billion", true],
    ["The deal doubled Quarry's valuation to $29 billion from $14 billion.", "$29 billion", false],
    ["Nimbus bought shares from $14 billion funds.", "$14 billion", false],
    // at the end of a relative clause the figure heads, its subject a pronoun or a noun
    ["The deal values Quarry at $29 billion, double the $14 billion it was worth beforehand.", "$14 billion", true],
    ["The deal values Quarry at $29 billion, double the $14 billion the startup was worth beforehand.", "$14 billion", true],
    ["The deal values Quarry at $29 billion, double the $14 billion the startup was worth.", "$14 billion", false],
  ];
  for (const [sentence, figure, before] of cases)
    it(`${sentence} (${figure}) -> ${before ? "before" : "not before"}`, () => assert.equal(frameOf(sentence, figure).before, before));
});
