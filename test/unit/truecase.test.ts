// claims/analysis.ts truecase: an all-lower-case claim cased as its candidate passages write it.
import { strict as assert } from "node:assert";
import { truecase } from "../../src/core/claims/analysis";
import type { SentenceInfo } from "../../src/core/index/corpus";
import { tokenize } from "../../src/core/text/tokens";

const passages = (...texts: string[]) => texts.map((text) => ({ text, tokens: tokenize(text) }) as unknown as SentenceInfo);

describe("claims: truecasing an all-lower-case claim", () => {
  it("capitalises words the passages capitalise mid-sentence, at least twice", () => {
    const c = passages("Police said Andy Bush was found in Estepona.", "The body of Andy Bush was found.");
    assert.equal(truecase("andy bush was found dead.", c), "Andy Bush was found dead.");
  });
  it("counts a sentence opener only when a capitalised word follows it (a name's first word)", () => {
    const c = passages("Maria Kukucova, 25, was arrested.", "Maria Kukucova had gone on the run.", "Police say the case is closed.");
    assert.equal(truecase("maria kukucova was arrested.", c), "Maria Kukucova was arrested.");
    // "Police" opens sentences but is followed by a lower-case word: not a name
    assert.equal(truecase("police arrested maria kukucova.", c), "Police arrested Maria Kukucova.");
    assert.equal(truecase("the police arrested her.", c), "The police arrested her.");
  });
  it("capitalises a month beside a day or a year, not the word 'may' alone", () => {
    const c = passages("Nothing about dates here.");
    assert.equal(truecase("she was suspended after the april 6 video.", c), "She was suspended after the April 6 video.");
    assert.equal(truecase("it opened on 9 november 2018.", c), "It opened on 9 November 2018.");
    assert.equal(truecase("she may leave soon.", c), "She may leave soon.");
  });
  it("cases two words the passages capitalise together, even once ('ridden by Ryan Moore')", () => {
    const c = passages("Capel Path, ridden by Ryan Moore and trained by Sir Michael Stoute, finished third.");
    assert.equal(truecase("capel path, ridden by ryan moore and sir michael stoute.", c), "Capel Path, ridden by Ryan Moore and Sir Michael Stoute.");
    // a single capitalised word seen once is not enough, nor a pair opening a sentence whose first word is also written in lower case
    const d = passages("The Queen crossed her fingers.", "It was the best race of the day.");
    assert.equal(truecase("the queen crossed her fingers.", d), "The queen crossed her fingers.");
  });
  it("leaves a claim with any capital letter as written", () => {
    assert.equal(truecase("andy Bush was found.", passages("Andy Bush was here.", "Andy Bush was there.")), "andy Bush was found.");
  });
});
