// Superlatives with their rank (claims/checks/rank.ts): the figure a rank check compares.
import { strict as assert } from "node:assert";
import { rankedSuperlatives } from "../../src/core/claims/checks/rank";
import { Groundwork } from "../../src/core/engine";

const ranks = (text: string) => rankedSuperlatives(text).map((r) => [r.text, r.rank, r.base]);

describe("check: rank", () => {
  it("reads an ordinal before a superlative as its rank, a bare superlative as first, sizes as one", () => {
    assert.deepEqual(ranks("The deal was Quarry's second-largest."), [["second-largest", 2, "large"]]);
    assert.deepEqual(ranks("It is the 3rd biggest lender."), [["3rd biggest", 3, "large"]]);
    assert.deepEqual(ranks("Nimbus is Quarry's biggest client."), [["biggest", 1, "large"]]);
    assert.deepEqual(ranks("the most significant customer"), [["most significant", 1, "significant"]]);
    assert.deepEqual(ranks("the best supplier"), [["best", 1, "good"]]);
  });

  it("ranks nothing in a group ('one of the largest', 'its biggest customers') nor in words that only end in -est", () => {
    assert.deepEqual(ranks("Nimbus is one of Quarry's largest clients."), []);
    assert.deepEqual(ranks("Retailers are Quarry's biggest customers."), []);
    assert.deepEqual(ranks("an interest in the forest, a modest request"), []);
  });

  it("contradicts a rank the sources give otherwise of the same thing, and only of the same thing", () => {
    const e = new Groundwork("");
    e.setSource("a.txt", "The acquisition was Quarry Capital's second-largest. Harlow Partners, the largest customer of Nimbus Labs, will stay.\n");
    const r = e.checkMarkdown("The acquisition was Quarry Capital's largest.\n")[0];
    assert.equal(r.verdict, "contradicted", JSON.stringify(r.findings));
    assert.equal(r.findings[0].expected, "second-largest");
    assert.equal(e.checkMarkdown("The acquisition was Quarry Capital's second-largest.\n")[0].verdict, "supported");
    // ("largest" of another thing, the customer, is not compared)
    assert.notEqual(e.checkMarkdown("Harlow Partners is Quarry Capital's largest acquisition.\n")[0].verdict, "contradicted");
  });

  it("reads the owner of a rank 'in X's history', after the noun or after the superlative alone", () => {
    const e = new Groundwork("");
    e.setSource("a.txt", "The acquisition was Quarry Capital's second-largest.\n");
    assert.equal(e.checkMarkdown("The deal ranked as the third-largest acquisition in Quarry Capital's history.\n")[0].verdict, "contradicted");
    assert.equal(e.checkMarkdown("The acquisition was the largest in Quarry Capital's history.\n")[0].verdict, "contradicted");
    assert.notEqual(e.checkMarkdown("The acquisition was the second-largest in Quarry Capital's history.\n")[0].verdict, "contradicted");
  });

  it("compares the rank of the parties named near the superlative, not an outlet that reports it", () => {
    const e = new Groundwork("");
    e.setSource("a.txt", "Harlow Partners, Nimbus Labs's biggest client, intends to sever ties with the company. Harlow Partners had even held talks with rival providers, Wirepost reported.\n");
    assert.equal(e.checkMarkdown("Harlow Partners, Nimbus Labs's second-largest customer, held talks with rival providers, Wirepost reported.\n")[0].verdict, "contradicted");
  });
});
