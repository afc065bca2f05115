// claimFrame (src/core/claims/frames.ts): the periods a claim's figure holds for.
import { strict as assert } from "node:assert";
import { extractQuantities } from "../../src/core/quantities";
import { claimFrame } from "../../src/core/claims/frames";
import type { Analysed } from "../../src/core/claims/context";

/** The periods of the figure written `figure` in `plain`. */
function periodsOf(plain: string, figure: string): string[] {
  const quantities = extractQuantities(plain);
  const q = quantities.find((x) => x.text.endsWith(figure));
  assert.ok(q, `no ${figure} in ${plain}`);
  return [...claimFrame({ plain, quantities, terms: new Map() } as unknown as Analysed, q).periods];
}

describe("frames: the periods of a claim's figure", () => {
  it("takes the period after the figure, else the one before it in its clause", () => {
    assert.deepEqual(periodsOf("Google paid $150 million in 2024.", "$150 million"), ["2024"]);
    assert.deepEqual(periodsOf("In 2024, Google paid $150 million.", "$150 million"), ["2024"]);
  });

  it("not one of a relative clause set off before the figure, where its clause opens past the pronoun", () => {
    const plain = "Google, which had put about $150 million into Scale's services in 2024, had intended to spend roughly $200 million with the company in the year of the deal.";
    assert.deepEqual(periodsOf(plain, "$150 million"), ["2024"]);
    assert.deepEqual(periodsOf(plain, "$200 million"), []);
  });

  it("reads 'that year' as the year named last before it", () => {
    const plain = "Scale AI had $870 million in sales in 2024, while Google, its biggest client, paid it around $150 million that year.";
    assert.deepEqual(periodsOf(plain, "$150 million"), ["2024"]);
    assert.deepEqual(periodsOf("Google paid around $150 million that year.", "$150 million"), []);
    assert.deepEqual(periodsOf("In 2024 Scale grew; this year Google paid $200 million.", "$200 million"), ["this year"]);
  });
});
