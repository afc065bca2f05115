import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { extractQuantities, formatQuantity, normalizeQuantity, sameQuantity, type Quantity } from "../../src/core/quantities";

function only(input: string): Quantity {
  const qs = extractQuantities(input);
  assert.equal(qs.length, 1, `expected one quantity in ${JSON.stringify(input)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  const q = qs[0]!;
  assert.equal(input.slice(q.start, q.end), q.text);
  return q;
}

interface Case {
  input: string;
  kind: Quantity["kind"];
  value?: number;
  low?: number;
  high?: number;
  text?: string;
  currency?: string;
  unit?: string;
  hedge?: string;
  vague?: boolean;
  date?: Quantity["date"];
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

const M = 365 / 12;
const CASES: Case[] = [
  // money
  { input: "$14.3 billion", kind: "money", value: 14.3e9, low: 14.3e9, high: 14.3e9, currency: "USD" },
  { input: "US$14.3 billion", kind: "money", value: 14.3e9, currency: "USD" },
  { input: "14.1 billion US dollars", kind: "money", value: 14.1e9, currency: "USD" },
  { input: "14.3 billion dollars", kind: "money", value: 14.3e9, currency: "USD" },
  { input: "$14.3bn", kind: "money", value: 14.3e9 },
  { input: "$14.3 bn", kind: "money", value: 14.3e9 },
  { input: "$14.3B", kind: "money", value: 14.3e9 },
  { input: "$13B", kind: "money", value: 13e9 },
  { input: "$870M", kind: "money", value: 870e6 },
  { input: "$0.2 billion", kind: "money", value: 200e6 },
  { input: "$1,000", kind: "money", value: 1000 },
  { input: "$100K", kind: "money", value: 100e3 },
  { input: "€2.5bn", kind: "money", value: 2.5e9, currency: "EUR" },
  { input: "£3 million", kind: "money", value: 3e6, currency: "GBP" },
  { input: "200 million US dollars", kind: "money", value: 200e6, currency: "USD" },
  { input: "tens of millions of dollars", kind: "money", low: 1e7, high: 1e8, vague: true, currency: "USD" },
  { input: "hundreds of millions", kind: "money", low: 1e8, high: 1e9, vague: true },
  { input: "a multibillion-dollar deal", kind: "money", text: "multibillion-dollar", low: 1e9, vague: true },
  { input: "a multi-billion-dollar deal", kind: "money", text: "multi-billion-dollar", vague: true },
  { input: "about $200 million", kind: "money", value: 200e6, low: 190e6, high: 210e6, hedge: "about" },
  { input: "roughly $200M", kind: "money", value: 200e6, hedge: "about" },
  { input: "at least $120 million", kind: "money", low: 120e6, high: Infinity, hedge: "at least" },
  { input: "up to $5 million", kind: "money", low: 0, high: 5e6, hedge: "up to" },
  { input: "~$5 million", kind: "money", hedge: "about", text: "~$5 million" },
  // percent
  { input: "49%", kind: "percent", value: 49, low: 49, high: 49 },
  { input: "49 percent", kind: "percent", value: 49 },
  { input: "49 per cent", kind: "percent", value: 49 },
  { input: "forty-nine percent", kind: "percent", value: 49 },
  { input: "nearly half", kind: "percent", value: 50, hedge: "nearly" },
  { input: "a third", kind: "percent", value: 100 / 3 },
  { input: "less than 5%", kind: "percent", low: 0, high: 5, hedge: "less than" },
  // counts
  { input: "over 100 investors", kind: "count", value: 100, low: 100, high: Infinity, unit: "investors", hedge: "more than" },
  { input: "five people", kind: "count", value: 5, unit: "people" },
  { input: "dozens of them", kind: "count", vague: true, low: 24, high: 100 },
  { input: "two directors", kind: "count", value: 2, unit: "directors" },
  { input: "14 Sources", kind: "count", value: 14, unit: "sources" },
  { input: "2,024 people", kind: "count", value: 2024, unit: "people" },
  { input: "a dozen engineers", kind: "count", value: 12, unit: "engineers" },
  { input: "fewer than 300 employees", kind: "count", high: 300, hedge: "less than" },
  // ages
  { input: "said Wang, 28, who", kind: "age", value: 28, text: "28" },
  { input: "Alexandr Wang, 35, was", kind: "age", value: 35, text: "35" },
  { input: "the 28-year-old founder", kind: "age", value: 28, text: "28-year-old" },
  { input: "aged 28", kind: "age", value: 28, text: "28" },
  { input: "At 25, Wang is poised to lead", kind: "age", value: 25, text: "25" },
  { input: "Wang, at 32 the world's youngest self-made billionaire, is poised", kind: "age", value: 32, text: "32" },
  { input: "founded Scale AI at age 19", kind: "age", value: 19, text: "19" },
  { input: "at the age of 19", kind: "age", value: 19, text: "19" },
  { input: "Alexandr Wang is 28.", kind: "age", value: 28, text: "28" },
  { input: "Wang was 19 when he founded Scale AI", kind: "age", value: 19, text: "19" },
  { input: "founded Scale AI when he was 19.", kind: "age", value: 19, text: "19" },
  // multipliers
  { input: "revenue doubled", kind: "multiplier", value: 2, text: "doubled" },
  { input: "it doubles", kind: "multiplier", value: 2, text: "doubles" },
  { input: "roughly doubles", kind: "multiplier", value: 2, hedge: "about" },
  { input: "more than doubled", kind: "multiplier", low: 2, high: Infinity, hedge: "more than" },
  { input: "tripled", kind: "multiplier", value: 3 },
  { input: "triple", kind: "multiplier", value: 3 },
  { input: "quadrupled", kind: "multiplier", value: 4 },
  { input: "quadruple", kind: "multiplier", value: 4 },
  { input: "three times", kind: "multiplier", value: 3 },
  { input: "2.5x", kind: "multiplier", value: 2.5 },
  // durations
  { input: "six to 12 months", kind: "duration", low: 6 * M, high: 12 * M, unit: "months" },
  { input: "two to three years", kind: "duration", low: 730, high: 1095, unit: "years" },
  { input: "over the past year", kind: "duration", value: 365, text: "the past year" },
  { input: "within a single day of the news", kind: "duration", value: 1, text: "a single day" },
  { input: "A full year later", kind: "duration", value: 365, text: "A full year" },
  { input: "more than a year", kind: "duration", low: 365, high: Infinity, hedge: "more than" },
  { input: "a few months", kind: "duration", vague: true, low: 2 * M, high: 5 * M },
  { input: "12 months", kind: "duration", value: 365, unit: "months" },
  { input: "two weeks", kind: "duration", value: 14 },
  { input: "48 hours", kind: "duration", value: 2 },
  // years
  { input: "2024", kind: "year", value: 2024, date: { year: 2024 } },
  { input: "in 2016", kind: "year", value: 2016, text: "2016" },
  { input: "founded in 2016", kind: "year", value: 2016, text: "2016" },
  // dates
  { input: "June 12", kind: "date", date: { month: 6, day: 12 } },
  { input: "on June 8", kind: "date", date: { month: 6, day: 8 }, text: "June 8" },
  { input: "June 8, 2025", kind: "date", date: { year: 2025, month: 6, day: 8 } },
  { input: "12 June", kind: "date", date: { month: 6, day: 12 } },
  { input: "Wednesday (June 18)", kind: "date", date: { month: 6, day: 18 }, text: "June 18" },
  { input: "in April", kind: "date", date: { month: 4 }, text: "April" },
  { input: "2025-06-12", kind: "date", date: { year: 2025, month: 6, day: 12 } },
];

describe("quantities: extraction", () => {
  for (const c of CASES) {
    it(`${c.input} -> ${c.kind}`, () => {
      const q = only(c.input);
      assert.equal(q.kind, c.kind);
      if (c.value !== undefined) assert.ok(close(q.value, c.value), `value ${q.value} != ${c.value}`);
      if (c.low !== undefined) assert.ok(close(q.low, c.low), `low ${q.low} != ${c.low}`);
      if (c.high !== undefined) assert.ok(close(q.high, c.high), `high ${q.high} != ${c.high}`);
      assert.equal(q.text, c.text ?? c.input);
      if (c.currency !== undefined) assert.equal(q.currency, c.currency);
      if (c.unit !== undefined) assert.equal(q.unit, c.unit);
      if (c.hedge !== undefined) assert.equal(q.hedge, c.hedge);
      else assert.equal(q.hedge, undefined);
      assert.equal(q.vague === true, c.vague === true);
      if (c.date !== undefined) assert.deepEqual(q.date, c.date);
      assert.ok(q.low <= q.value + 1e-9 || q.vague);
    });
  }

  it("gives the second end of a change of money the first end's currency, where it ends its phrase", () => {
    const kinds = (t: string) => extractQuantities(t).map((q) => [q.kind, q.value, q.currency ?? ""]);
    assert.deepEqual(kinds("from $14 billion to 29 billion."), [["money", 14e9, "USD"], ["money", 29e9, "USD"]]);
    assert.deepEqual(kinds("fourteen billion dollars to twenty-nine billion, roughly"), [["money", 14e9, "USD"], ["money", 29e9, "USD"]]);
    assert.deepEqual(kinds("$200 million to 2 million users"), [["money", 2e8, "USD"], ["count", 2e6, ""]]);
    assert.deepEqual(kinds("$200 million, 2 million"), [["money", 2e8, "USD"], ["count", 2e6, ""]]);
  });

  it("does not take parts of larger numbers or words", () => {
    assert.deepEqual(extractQuantities("2,024").map((q) => q.kind), []);
    assert.deepEqual(extractQuantities("H100 GPT4 Q2"), []);
    assert.deepEqual(extractQuantities("the first half of the year").map((q) => q.kind), []);
    assert.deepEqual(extractQuantities("a third quarter").map((q) => q.kind), []);
    assert.deepEqual(extractQuantities("you may go"), []);
  });

  it("reads digits that end a name as a count of that name, not of the word after them", () => {
    const kinds = (t: string) => extractQuantities(t).map((q) => `${q.kind} ${q.text}`);
    assert.deepEqual(kinds("Meta's batch of Llama 4 large language models came out."), ["count Llama 4"]);
    assert.equal(extractQuantities("Meta's batch of Llama 4 large language models came out.")[0].unit, "llama");
    assert.deepEqual(kinds("It rivals GPT 4, the model."), ["count GPT 4"]);
    // a sentence's first word, a month and a Title Case headline still count
    assert.deepEqual(kinds("About 30 people left."), ["count About 30 people"]);
    assert.deepEqual(kinds("Meta hired 3 engineers in June 4 weeks later."), ["count 3 engineers", "date June 4"]);
    assert.deepEqual(kinds("Meta Hires 3 Top Researchers"), ["count 3 Top"]);
  });

  it("reads a number after an opening 'At' as an age only before a comma and a name", () => {
    assert.deepEqual(extractQuantities("At 50, the stake is large."), []);
    assert.equal(extractQuantities("Meta paid at 50, Wang said.")[0]?.kind, undefined);
  });

  it("reads precision as written", () => {
    assert.equal(only("$14.3 billion").precision, 1e8);
    assert.equal(only("$29 billion").precision, 1e9);
    assert.equal(only("$200 million").precision, 1e6);
    assert.equal(only("$0.2 billion").precision, 1e8);
    assert.equal(only("$100K").precision, 1e3);
  });
});

const SAME: Array<[string, string, boolean]> = [
  ["$14 billion", "$14.3 billion", false],
  ["$0.2 billion", "$200 million", true],
  ["$29bn", "$29 billion", true],
  ["about $200 million", "$200 million", true],
  ["roughly $200M", "$200 million", true],
  ["at least $120 million", "$150 million", true],
  ["at least $120 million", "at least $120 million", true],
  ["nearly half", "49%", true],
  ["60 percent", "49%", false],
  ["$15.3 billion", "$14.3 billion", false],
  ["six to 12 months", "two to three years", false],
  ["tripled", "quadrupled", false],
  ["roughly doubles", "more than doubled", true],
  ["June 8", "June 2", false],
  ["June 12", "June 12, 2025", true],
  ["2012", "2016", false],
  ["tens of millions of dollars", "$50 million", true],
  ["tens of millions of dollars", "$200 million", false],
  ["a multibillion-dollar deal", "$14.3 billion", true],
  ["dozens of people", "48 people", true],
  ["dozens of people", "4 people", false],
  ["a few months", "3 months", true],
  ["a few months", "two years", false],
  ["14.1 billion US dollars", "$14.3 billion", false],
  ["14.3 billion US dollars", "US$14.3 billion", true],
  ["€2.5bn", "$2.5 billion", false],
  ["12 months", "a year", true],
  ["a third", "33%", true],
  ["Wang, 28,", "a 28-year-old", true],
  ["Wang, 28,", "a 35-year-old", false],
  ["five people", "5 people", true],
  ["2025-06-12", "June 12", true],
  ["in 2016", "June 8, 2016", true],
  ["in 2016", "June 8, 2025", false],
  // two ranges that only touch at one end do not agree; a figure at the end of a range is in it
  ["roughly doubles", "roughly triples", false],
  ["about 2 million", "about 3 million", false],
  ["more than doubled", "doubled", true],
];

describe("quantities: sameQuantity", () => {
  for (const [a, b, want] of SAME) {
    it(`${a} ${want ? "~" : "≠"} ${b}`, () => {
      const qa = extractQuantities(a)[0]!;
      const qb = extractQuantities(b)[0]!;
      assert.ok(qa && qb, "both parse");
      assert.equal(sameQuantity(qa, qb), want, `${a} vs ${b}`);
      assert.equal(sameQuantity(qb, qa), want, `${b} vs ${a}`);
    });
  }
  it("different kinds never match", () => {
    assert.equal(sameQuantity(only("49%"), only("49 people")), false);
  });
});

describe("quantities: formatting", () => {
  const FORMATS: Array<[string, string]> = [
    ["$14.3 billion", "$14.3 billion"], ["$14.3B", "$14.3 billion"], ["$870M", "$870 million"],
    ["$0.2 billion", "$200 million"], ["200 million US dollars", "$200 million"], ["€2.5bn", "€2.5 billion"],
    ["$1,000", "$1,000"], ["49 per cent", "49%"], ["in 2016", "2016"], ["on June 8", "June 8"],
    ["June 8, 2025", "June 8, 2025"], ["Wang, 28,", "28"], ["tripled", "tripled"], ["two times", "doubled"],
    ["quadruple", "quadrupled"], ["2.5x", "2.5 times"], ["six to 12 months", "6 to 12 months"],
    ["over 100 investors", "more than 100 investors"], ["100 investors", "100 investors"],
    ["about $200 million", "about $200 million"], ["a few months", "a few months"],
    ["tens of millions of dollars", "tens of millions of dollars"], ["in April", "April"],
    ["2025-06-12", "June 12, 2025"], ["a third", "33.3%"],
  ];
  for (const [input, want] of FORMATS) {
    it(`${input} => ${want}`, () => assert.equal(formatQuantity(only(input)), want));
  }
});

// ---- property tests -------------------------------------------------------

const amount = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1000, max: 999999 }).map((n) => n.toLocaleString("en-US")),
);
const hedge = fc.constantFrom("", "about ", "roughly ", "nearly ", "at least ", "more than ", "over ", "up to ", "less than ", "~");
const phrase = fc.oneof(
  fc.tuple(hedge, fc.constantFrom("$", "US$", "€", "£"), amount, fc.constantFrom("", " billion", " million", "bn", "M", "B", "K", " thousand")).map(([h, c, a, s]) => `${h}${c}${a}${s}`),
  fc.tuple(hedge, amount, fc.constantFrom(" billion US dollars", " million dollars", " million euros")).map(([h, a, s]) => `${h}${a}${s}`),
  fc.tuple(hedge, amount, fc.constantFrom("%", " percent", " per cent")).map(([h, a, s]) => `${h}${a}${s}`),
  fc.tuple(hedge, amount, fc.constantFrom(" investors", " people", " companies")).map(([h, a, s]) => `${h}${a}${s}`),
  fc.tuple(hedge, fc.constantFrom("doubled", "tripled", "quadrupled", "three times", "2.5x", "tenfold")).map(([h, w]) => `${h}${w}`),
  fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(" months", " years", " weeks")).map(([a, b, u]) => `${a} to ${a + b}${u}`),
  fc.tuple(hedge, fc.integer({ min: 1, max: 99 }), fc.constantFrom(" months", " years", " days", " hours")).map(([h, a, u]) => `${h}${a}${u}`),
  fc.integer({ min: 1900, max: 2099 }).map((y) => `in ${y}`),
  fc.tuple(fc.constantFrom("January", "June", "December", "Sept."), fc.integer({ min: 1, max: 28 }), fc.option(fc.integer({ min: 1990, max: 2030 }))).map(([m, d, y]) => (y ? `${m} ${d}, ${y}` : `${m} ${d}`)),
  fc.constantFrom("nearly half", "a third", "two-thirds of voters", "dozens of them", "tens of millions of dollars", "a few months", "multibillion-dollar", "hundreds of millions of users", "Wang, 28,", "the 35-year-old", "the past two years"),
);

/** Formats and re-parses; ages need their context to be ages at all. */
function reparse(q: Quantity): Quantity | undefined {
  const f = formatQuantity(q);
  const ctx = q.kind === "age" ? `Wang, ${f},` : `in ${f}`;
  return extractQuantities(ctx)[0];
}

describe("quantities: properties", () => {
  it("never throws and spans slice their own text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(fc.oneof(phrase, fc.constantFrom(" ", ", ", "$", "1", ".", "-", "a", " of ", " to ")), { maxLength: 12 }).map((a) => a.join(""))), (s) => {
        const qs = extractQuantities(s);
        let last = 0;
        for (const q of qs) {
          assert.equal(s.slice(q.start, q.end), q.text);
          assert.ok(q.start >= last && q.end > q.start);
          assert.ok(q.low <= q.high);
          last = q.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("normalize is idempotent", () => {
    fc.assert(
      fc.property(phrase, (s) => {
        for (const q of extractQuantities(s)) {
          const n = normalizeQuantity(q);
          assert.deepEqual(normalizeQuantity(n), n);
          assert.deepEqual(n, q); // extraction already returns the normal form
        }
      }),
    );
  });

  it("sameQuantity is reflexive and symmetric", () => {
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        const qa = extractQuantities(a)[0];
        const qb = extractQuantities(b)[0];
        if (!qa || !qb) return;
        assert.ok(sameQuantity(qa, qa));
        assert.equal(sameQuantity(qa, qb), sameQuantity(qb, qa));
      }),
      { numRuns: 1000 },
    );
  });

  it("every generated phrase parses, and format -> parse -> normalise gives the same quantity", () => {
    fc.assert(
      fc.property(phrase, (s) => {
        const qs = extractQuantities(s);
        assert.ok(qs.length >= 1, `nothing parsed in ${JSON.stringify(s)}`);
        const q = qs[0]!;
        const r = reparse(q);
        assert.ok(r, `format ${JSON.stringify(formatQuantity(q))} of ${JSON.stringify(s)} does not parse`);
        assert.equal(r.kind, q.kind);
        assert.ok(sameQuantity(q, normalizeQuantity(r)), `${s} -> ${formatQuantity(q)} -> ${JSON.stringify(r)}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("quantities: pathological inputs finish fast", () => {
  const inputs: Array<[string, string]> = [
    ["100,000 digits", "7".repeat(100_000)],
    ["50,000 commas", ",".repeat(50_000)],
    ["dollar signs", "$".repeat(100_000)],
    ["dots", ".".repeat(100_000)],
    ["100k spaces", " ".repeat(100_000)],
    ["1,1,1,", "1,".repeat(50_000)],
    ["1,111,1", "1,111,".repeat(20_000)],
    ["1.1.1", "1.".repeat(50_000)],
    ["$1$1", "$1".repeat(50_000)],
    ["about about", "about ".repeat(20_000)],
    ["Wang, 2,", "Wang, 2, ".repeat(10_000)],
    ["tens of tens of", "tens of ".repeat(20_000)],
    ["June June", "June ".repeat(20_000)],
    ["one one", "one-".repeat(20_000)],
  ];
  for (const [name, input] of inputs) {
    it(name, () => {
      const t0 = performance.now();
      extractQuantities(input);
      const ms = performance.now() - t0;
      assert.ok(ms < 2000, `${name} took ${ms.toFixed(0)} ms`);
    });
  }
});

describe("quantities: scale-ai sources", () => {
  const byFile = new Map<string, Quantity[]>();
  // the text sources, and the text the sample's PDF source (004) is made from
  for (const dir of ["sources", "report"].map((d) => join(__dirname, "../../examples/scale-ai", d)))
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) byFile.set(f, extractQuantities(readFileSync(join(dir, f), "utf8")));
  const texts = (prefix: string) => [...byFile.entries()].find(([f]) => f.startsWith(prefix))![1].map((q) => q.text);
  const all = [...byFile.values()].flat();

  it("money amounts are complete", () => {
    for (const q of all.filter((q) => q.kind === "money" && !q.vague)) {
      assert.ok(q.value >= 50 || q.text.includes("."), `suspicious amount ${q.text}`);
    }
    assert.ok(texts("000").includes("$14.3 billion"));
    assert.ok(texts("000").includes("$200 million"));
    assert.ok(!texts("000").includes("$14.3"));
    assert.ok(texts("002").includes("14.1 billion US dollars"));
    assert.ok(texts("002").includes("200 million US dollars"));
    assert.ok(texts("003").includes("US$14.3 billion"));
    assert.ok(texts("003").includes("$13B"));
    assert.ok(texts("003").includes("$870 million"));
    assert.ok(texts("003").includes("at least $120 million"));
    assert.ok(texts("004").includes("roughly $200 million"));
  });

  it("finds percentages, ages, dates, years, counts and durations", () => {
    assert.ok(texts("001").includes("nearly half"));
    const t3 = texts("003");
    for (const want of ["49%", "2016", "June 12", "June 8", "June 18", "six to 12 months", "over 100 investors", "roughly doubles", "14 Sources"]) {
      assert.ok(t3.includes(want), `missing ${want}`);
    }
    const age = byFile.get([...byFile.keys()].find((f) => f.startsWith("003"))!)!.find((q) => q.kind === "age");
    assert.equal(age?.value, 28);
    assert.ok(texts("004").includes("more than a year"));
  });

  it("the wrong figure in the draft is caught, the right one is not flagged", () => {
    // exact source figures (open-ended ones like "at least $120 million" are compatible with anything larger)
    const sources = all.filter((q) => q.kind === "money" && !q.hedge && !q.vague);
    const wrong = only("$15.3 billion");
    const right = only("$14.3 billion");
    assert.equal(sources.some((s) => sameQuantity(s, wrong)), false);
    assert.equal(sources.some((s) => sameQuantity(s, right)), true);
  });
});

describe("quantities: a number after a copula is an age only of a person, set off", () => {
  for (const text of ["The score was 28.", "Revenue was 28 million dollars.", "Tesla closed at 19.", "Wang was 28 points ahead", "Scale, at 14 a share, fell."])
    it(`no age in ${JSON.stringify(text)}`, () => assert.ok(!extractQuantities(text).some((q) => q.kind === "age")));
});

describe("vague spans after 'the past'", () => {
  it("reads 'the past few weeks' and 'the last several months' as vague durations", () => {
    const [few] = extractQuantities("Google began trying in the past few weeks.");
    assert.equal(few?.kind, "duration");
    assert.equal(few?.vague, true);
    assert.deepEqual([few?.low, few?.high], [14, 35]);
    const [several] = extractQuantities("over the last several months");
    assert.equal(several?.vague, true);
    assert.ok(several!.low >= 90 && several!.high <= 280);
  });
});
