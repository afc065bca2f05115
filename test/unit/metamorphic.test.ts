// Metamorphic properties of the checker (issue 11, "Tests") on 40 sentences of the sample sources,
// chosen deterministically (scripts/mutations.ts, also behind `npm run eval:mutations`): a sentence
// quoted verbatim is supported; with its agent and patient swapped, negated, a figure moved to
// another value or a change of magnitude turned the other way it is not, unless another source
// sentence says the mutant (ALLOWED, with the reason). Mutants the checker still wrongly supports
// are KNOWN_FAILURES: printed; the test fails when a new one appears (a regression) and prints a
// listed one that is caught now (remove it then).
import { strict as assert } from "node:assert";
import { resolve } from "node:path";
import { Groundwork } from "../../src/core/engine";
import { directionMutant, isSupported, negateMutant, figureMutant, sampleSentences, swapMutant, type Mutant } from "../../scripts/mutations";

const SAMPLE = resolve(__dirname, "../../examples/scale-ai/sources");
const SAMPLE_SIZE = 40;

/** Mutants another source sentence supports: mutant text -> the reason (none found so far). */
const ALLOWED: Record<string, string> = {};

/** Mutants the checker wrongly calls supported today (bugs to fix): mutant text -> what is wrong. */
const KNOWN_FAILURES: Record<string, string> = {
  "By acquiring only 49% of Scale AI, Meta does not secure the company's AI expertise on the one hand, but avoids competition law requirements on the other.":
    "negate: the source says Meta secures the expertise (the clause's negation is ignored)",
  "Scale is also reportedly cutting ties with Google following the company's deal with Meta, according to a report from Reuters.":
    "swap: Google cuts ties with Scale, not the reverse (hedged 'reportedly': claim facts skipped)",
  "Google is not also reportedly cutting ties with Scale following the company's deal with Meta, according to a report from Reuters.":
    "negate: the sources say Google is cutting ties (hedged 'reportedly': claim facts skipped)",
  "SEE ALSO: Elon Musk Sounds Alarm Over International Space Station, Says It Should Be De-Orbited 'Within 2 Years' Why It Matters: The investment by Meta in Scale AI, which did not value the company at $29 billion, was one of the largest private funding rounds in tech history.":
    "negate: the investment valued Scale AI at $29 billion (negation in a relative clause ignored)",
  "AI businesses are not worried that one of their main competitors may learn about their technological blueprints and business strategy now that Meta has a 49% interest.":
    "negate: the source says they are worried (a negated adjectival predicate is ignored)",
  "Scale plans to cut ties with Google, Reuters reported, citing unnamed people familiar with the matter.":
    "swap: Google plans to cut ties with Scale, not the reverse (hedged 'plans to': claim facts skipped)",
  "Scale AI had planned to spend around $200 million with Google this year, a sum crucial for training sophisticated AI models like Gemini, its direct competitor to ChatGPT.":
    "swap: Google was to spend $200 million with Scale AI (hedged 'had planned to')",
  "Scale AI had planned to pay Google around $200 million this year for human-labelled data, which is crucial to train AI models such as those used in its Gemini system.":
    "swap: Google was to pay Scale AI (hedged 'had planned to')",
  "Scale AI’s investors, including Accel and Meta, as well as its present and past staff, will benefit greatly from the Index Ventures purchase.":
    "swap: Index Ventures is the investor, Meta the buyer",
  "Meta-Scale AI deal Scale AI's investment of $14.3 billion in Meta boosts the startup's valuation to over $29 billion, up from $14 billion before the deal.":
    "swap: Meta invested in Scale AI (possessor agent of 'investment' in a long sentence)",
  "Scale is investing $14.3 billion in Meta and has poached the startup's chief executive officer, Alexandr Wang, for a new so-called \"superintelligence\" unit, focused on building a more powerful, and hypothetical, form of AI software.":
    "swap: Meta invests in Scale (caught as reversed-roles when the sentence is short)",
  "The decision, already underway before Scale's $14.3 billion investment in Meta, adds uncertainty to Scale's business as rivals like Google also cut ties.OpenAI is phasing out the work it does with data-labeling startup Scale AI, cutting ties with the company days after Meta Platforms Inc. invested billions of dollars in it and hired its founder.":
    "swap: Meta invested in Scale (possessor agent inside a time phrase of a long sentence)",
};

const kinds = { swap: swapMutant, negate: negateMutant, figure: figureMutant, direction: directionMutant } as const;

describe("metamorphic: mutants of source sentences are not supported", function () {
  this.timeout(120000);
  let engine: Groundwork;
  let sample: string[];
  before(async () => {
    engine = (await Groundwork.fromFolder(SAMPLE)).engine;
    sample = sampleSentences(engine, SAMPLE_SIZE);
  });

  it("the sample is deterministic and non-trivial", () => {
    assert.equal(sample.length, SAMPLE_SIZE);
    assert.deepEqual(sampleSentences(engine, SAMPLE_SIZE), sample);
  });

  it("a sentence quoted verbatim is supported (at least 90%)", () => {
    const unsupported = sample.filter((s) => !isSupported(engine, s));
    if (unsupported.length) console.log(`      verbatim not supported (${unsupported.length}/${sample.length}):\n${unsupported.map((s) => `        ${s}`).join("\n")}`);
    assert.ok(sample.length - unsupported.length >= 0.9 * sample.length, `${unsupported.length} of ${sample.length} not supported`);
  });

  it("swapped, negated, moved-figure and turned-direction mutants are not supported, but for the allowed and the known failures", () => {
    const mutants: Mutant[] = sample.flatMap((s) => Object.values(kinds).map((make) => make(s)).filter((m): m is Mutant => !!m));
    const counts = Object.fromEntries(Object.keys(kinds).map((k) => [k, mutants.filter((m) => m.kind === k).length]));
    const supported = mutants.filter((m) => isSupported(engine, m.text, m.start, m.end));
    const allowed = supported.filter((m) => ALLOWED[m.text]);
    const known = supported.filter((m) => KNOWN_FAILURES[m.text]);
    const fresh = supported.filter((m) => !ALLOWED[m.text] && !KNOWN_FAILURES[m.text]);
    const caught = Object.keys(KNOWN_FAILURES).filter((t) => !supported.some((m) => m.text === t));
    console.log(`      mutants: ${JSON.stringify(counts)}; still supported: ${supported.length} (allowed ${allowed.length}, known failures ${known.length}, new ${fresh.length})`);
    for (const m of known) console.log(`      KNOWN FAILURE (${m.kind}, ${m.change}): ${m.text}\n        source: ${m.source}`);
    for (const m of fresh) console.log(`      NEW (${m.kind}, ${m.change}): ${m.text}\n        source: ${m.source}`);
    // the count of wrong ticks never grows
    assert.ok(supported.length - allowed.length <= Object.keys(KNOWN_FAILURES).length, `${supported.length - allowed.length} wrong ticks, ${Object.keys(KNOWN_FAILURES).length} known`);
  });

  it("each allowed mutant names its reason", () => {
    for (const [text, reason] of Object.entries(ALLOWED)) assert.ok(reason.trim().length > 10, text);
  });
});
