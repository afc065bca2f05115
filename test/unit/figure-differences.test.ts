// The difference a figure before "more than" states (claims/figure-differences.ts).
import { strict as assert } from "node:assert";
import { differenceOf } from "../../src/core/claims/figure-differences";
import { extractQuantities } from "../../src/core/quantities";

const differenceIn = (text: string, figure: string) => {
  const figures = extractQuantities(text);
  return differenceOf(text, figures.find((q) => q.text === figure)!, figures);
};

describe("figure differences", () => {
  it("checks a difference against the claim's two figures, within their hedges", () => {
    assert.equal(differenceIn("It planned $200 million, about $50 million more than the roughly $150 million it paid.", "about $50 million")?.consistent, true);
    assert.equal(differenceIn("It planned $200 million, $80 million more than the $150 million it paid.", "$80 million")?.consistent, false);
    assert.equal(differenceIn("Harlow hired 40 people, 10 fewer than the 50 Quarry hired.", "10 fewer")?.consistent, true);
  });

  it("leaves a difference unchecked when the claim gives one figure only, and a figure before no comparative alone", () => {
    assert.deepEqual(differenceIn("It spent $50 million more than it paid in 2024.", "$50 million"), {});
    assert.equal(differenceIn("It spent $50 million on data.", "$50 million"), undefined);
  });
});
