// When two quantities state the same thing (compare.ts), and how far each hedge widens a figure
// (hedges.ts): one row per rule. Extraction forms are in quantities-table.test.ts.
// Surviving mutants left on purpose (equivalent): compare.ts "> eps" vs ">= eps" (a float difference of
// exactly eps), the currency check without its kind test (only money has a currency), the percent-unit
// check (the only percent unit is "percentage points"); hedges.ts the sort and "~" filter of the
// alternation (the end-anchored regex takes the leftmost, i.e. longest, phrase anyway), the cheap
// pre-check, the "from >= pos" guard and the unreachable fallbacks.
import { strict as assert } from "node:assert";
import { extractQuantities, sameQuantity, type Quantity } from "../../src/core/quantities";
import { singular } from "../../src/core/quantities/compare";
import { HEDGE_WORDS, applyHedge, hedgeBefore } from "../../src/core/quantities/hedges";
import { confirms } from "../../src/core/claims/figures";
import { isTitle } from "../../src/core/claims/checks/quote";

function first(input: string): Quantity {
  const q = extractQuantities(input)[0];
  assert.ok(q, `nothing found in ${JSON.stringify(input)}`);
  return q;
}

const SAME: Array<[string, string, boolean]> = [
  // dates: every field both give must agree
  ["June 8, 2025", "July 8, 2025", false],
  ["June 8, 2025", "June 9, 2025", false],
  ["June 8, 2025", "June 8, 2024", false],
  ["June 2025", "June 8, 2025", true],
  ["June 2025", "July 2025", false],
  ["in 2016", "in 2017", false],
  ["in 2016", "June 2016", true],
  ["in 2016", "in June", true],
  ["12 June 2025", "June 12, 2025", true],
  // a year is not a count of the same number
  ["in 2016", "2,016 people", false],
  ["2,016 people", "in 2016", false],
  // money: currencies must agree when both are given
  ["$10 million", "€10 million", false],
  ["£10 million", "€10 million", false],
  ["$10 million", "10 million US dollars", true],
  ["hundreds of millions", "$500 million", true],
  ["$500 million", "hundreds of millions", true],
  // counts: the counted noun must agree when both give one (plural folded)
  ["10 employees", "10 customers", false],
  ["10 employees", "ten employees", true],
  ["1 company", "1 companies", true],
  ["10 million", "10 million users", true],
  ["10 million users", "10 million", true],
  // percent: units are compared only when both give one, so plain "percent" (no unit) meets
  // "percentage points" (a doubtful rule: "rose 5 percent" and "rose 5 points" differ)
  ["5 percentage points", "5 percentage point", true],
  ["5 percent", "5 percentage points", true],
  ["5 percentage points", "6 percentage points", false],
  // durations carry a unit that is not compared: 12 months is a year
  ["24 months", "two years", true],
  // other kinds
  ["3x", "three times", true],
  ["a 35-year-old", "35 years", false],
  ["5 people", "5%", false],
  // open intervals: a hedge widens, but only on its side
  ["at least $120 million", "$100 million", false],
  ["$100 million", "at least $120 million", false],
  ["up to $5 million", "$6 million", false],
  ["up to $5 million", "$4 million", true],
  ["more than 100 people", "100 people", true],
  ["less than 100 people", "150 people", false],
  ["at least 5 people", "3 people", false],
  // the width of "about": half a unit of the last digit or 5%, whichever is wider
  ["about 3 people", "3.4 people", true],
  ["about 3 people", "3.6 people", false],
  ["about 200 people", "209 people", true],
  ["about 200 people", "211 people", false],
  // the width of "nearly": one unit of the last digit or 10%, whichever is wider, below only
  ["nearly 50 people", "45 people", true],
  ["nearly 50 people", "44 people", false],
  ["nearly 50 people", "51 people", false],
  ["nearly 3 people", "2 people", true],
  ["nearly 3 people", "1.9 people", false],
  ["nearly $1.5 billion", "$1.36 billion", true],
  ["nearly $1.5 billion", "$1.34 billion", false],
  // large figures compare exactly: no tolerance grows with the magnitude
  // (beyond a 1e-9 relative float tolerance)
  ["$14,300,000,100", "$14,300,000,000", false],
  ["$14,300,000,001", "$14,300,000,000", true],
  ["$14.3 billion", "$14,300,000,000", true],
  // a point at the end of a range is in it; two ranges that overlap agree
  ["6 to 12 months", "12 months", true],
  ["6 to 12 months", "9 to 18 months", true],
  ["6 to 12 months", "12 to 18 months", false],
  ["6 to 12 months", "13 months", false],
  // a majority is over half, a minority under it
  ["a majority stake", "49%", false],
  ["a majority stake", "51%", true],
  ["a majority stake", "50%", false],
  ["a minority stake", "49%", true],
  ["a minority stake", "51%", false],
  // "nearly half" is below half, never over it ("half" alone is 49.5–50.5)
  ["a majority stake", "nearly half", false],
  ["nearly half", "49%", true],
  ["a minority stake", "nearly half", true],
];

describe("quantities compare: sameQuantity, one row per rule", () => {
  for (const [a, b, want] of SAME) {
    it(`${a} ${want ? "~" : "≠"} ${b}`, () => {
      assert.equal(sameQuantity(first(a), first(b)), want);
    });
  }
});

describe("quantities compare: singular", () => {
  const ROWS: Array<[string, string]> = [
    ["companies", "company"], ["Companies", "company"], ["ties", "tie"], ["boxes", "box"], ["classes", "class"],
    ["dishes", "dish"], ["churches", "church"], ["class", "class"], ["people", "person"], ["users", "user"],
    ["us", "us"], ["is", "is"], ["user", "user"], ["series", "sery"],
  ];
  for (const [plural, one] of ROWS) it(`${plural} -> ${one}`, () => assert.equal(singular(plural), one));
});

// Every hedge phrase before "100 people", with the interval it gives.
const HEDGE_INTERVAL: Record<string, [number, number]> = {
  about: [95, 105], nearly: [90, 100], "at least": [100, Infinity], "more than": [100, Infinity], "up to": [0, 100], "less than": [0, 100],
};

describe("quantities hedges: every phrase and its interval", () => {
  for (const [phrase, hedge] of Object.entries(HEDGE_WORDS)) {
    const input = phrase === "~" ? "~100 people" : `${phrase} 100 people`;
    it(`${JSON.stringify(input)} -> ${hedge}`, () => {
      const q = first(input);
      assert.equal(q.hedge, hedge);
      assert.equal(q.text, input);
      assert.deepEqual([q.low, q.high], HEDGE_INTERVAL[hedge]);
    });
  }

  it("a longer phrase wins over the shorter one it ends with", () => {
    assert.equal(first("just under 100 people").hedge, "nearly");
    assert.equal(first("just short of half").hedge, "nearly");
    assert.equal(first("no less than 100 people").hedge, "at least");
    assert.equal(first("as low as $5").hedge, "at least");
    assert.equal(first("as few as 3 people").hedge, "at least");
    assert.equal(first("as little as 2%").hedge, "at least");
    assert.equal(first("no more than 100 people").hedge, "up to");
    assert.equal(first("just over 100 people").hedge, "more than");
  });

  it("hedges are read in any case, after a no-break space, and with or without a space after ~", () => {
    assert.equal(first("About 100 people").hedge, "about");
    assert.equal(first("more\u00a0than\u00a0100 people").hedge, "more than");
    assert.equal(first("more\u00a0than\u00a0100 people").text, "more\u00a0than\u00a0100 people");
    assert.equal(first("~ 100 people").text, "~ 100 people");
    assert.equal(first("~100 people").text, "~100 people");
  });

  it("a hedge is a whole word right before the figure", () => {
    assert.equal(first("moreover 100 people").hedge, undefined);
    assert.equal(first("Hover 100 people").hedge, undefined);
    assert.equal(first("over, 100 people").hedge, undefined);
    assert.equal(first("revenue of about $5 million").text, "about $5 million");
  });

  it("hedgeBefore looks no further back than minStart and the 24-character window", () => {
    assert.deepEqual(hedgeBefore("about 5", 6, 0), { hedge: "about", start: 0 });
    assert.equal(hedgeBefore("about 5", 6, 1), null);
    assert.equal(hedgeBefore("about 5", 0, 0), null);
    assert.equal(hedgeBefore("about5", 5, 0), null);
    assert.deepEqual(hedgeBefore("x".repeat(30) + " about 5", 37, 0), { hedge: "about", start: 31 });
    assert.equal(hedgeBefore("in excess of" + " ".repeat(13) + "5", 25, 0), null);
  });

  it("applyHedge widens by the stated rule, also for zero and negative values", () => {
    assert.deepEqual(applyHedge(undefined, 7, 1, 6, 8), [6, 8]);
    assert.deepEqual(applyHedge("about", 3, 1, 3, 3), [2.5, 3.5]);
    assert.deepEqual(applyHedge("about", 200, 1, 200, 200), [190, 210]);
    assert.deepEqual(applyHedge("about", -200, 1, -200, -200), [-210, -190]);
    assert.deepEqual(applyHedge("nearly", 50, 1, 50, 50), [45, 50]);
    assert.deepEqual(applyHedge("nearly", -50, 1, -50, -50), [-55, -50]);
    assert.deepEqual(applyHedge("nearly", 3, 1, 3, 3), [2, 3]);
    assert.deepEqual(applyHedge("at least", 5, 1, 5, 5), [5, Infinity]);
    assert.deepEqual(applyHedge("more than", 5, 1, 4, 6), [4, Infinity]);
    assert.deepEqual(applyHedge("up to", 5, 1, 5, 5), [0, 5]);
    assert.deepEqual(applyHedge("less than", 0, 1, 0, 0), [0, 0]);
    assert.deepEqual(applyHedge("less than", -5, 1, -5, -5), [-Infinity, -5]);
  });
});

describe("quantities: ranges written with two ends", () => {
  it("reads an age range, 'N-M year old' and 'aged N-M', as an age from N to M", () => {
    for (const text of ["young 10-24 year old people", "people aged 10-24 from all regions", "a 10-24-year-old audience"]) {
      const q = first(text);
      assert.deepEqual([q.kind, q.low, q.high, q.range], ["age", 10, 24, true], text);
    }
    // a single age is no range
    assert.equal(first("aged 28").range, undefined);
  });
  it("reads an age after 'Name, now N,' and 'Name (right), now N,' as after 'Name, N,'", () => {
    for (const text of ["Holly Solomon, now 31, admitted it.", "Holly Solomon (right), now 31, admitted it.", "Holly Solomon, 31, admitted it."]) assert.deepEqual([first(text).kind, first(text).value], ["age", 31], text);
  });
  it("two ranges confirm each other only with the same ends; overlapping is not enough", () => {
    assert.ok(confirms(first("10-24 year old people"), first("people aged 10-24")));
    assert.ok(!confirms(first("10-20 year old people"), first("people aged 10-24")));
    assert.ok(confirms(first("six to 12 months"), first("6-12 months")));
    assert.ok(!confirms(first("6-10 months"), first("6-12 months")));
  });
});

describe("quotes: quoted titles are names, not speech", () => {
  it("title case, however long, is a title; a sentence someone said is not", () => {
    assert.ok(isTitle("Brown v. Board of Education of Topeka, Kansas"));
    assert.ok(isTitle("Remastered: Metallica's Master of Puppets Revisited"));
    assert.ok(!isTitle("After the news, our demand quadrupled overnight."));
    assert.ok(!isTitle("We don't want to ice the ecosystem"));
    assert.ok(!isTitle("Antechinus"));
  });
});
