// The time anchor of a fact: which side of which event its sentence places it on (meaning/anchors.ts).
import { strict as assert } from "node:assert";
import { findNames } from "../../src/core/entities/names";
import { predicatesOf } from "../../src/core/meaning/facts";

const anchorOf = (sentence: string, lemma: string) => {
  const p = predicatesOf(sentence, findNames(sentence)).find((x) => x.lemma === lemma);
  assert.ok(p, `${lemma} in ${sentence}`);
  return p.anchor && { side: p.anchor.side, names: p.anchor.names.map((n) => n.text) };
};

describe("meaning: time anchors of facts", () => {
  it("an anchor word after the fact, with an event that names someone", () => {
    assert.deepEqual(anchorOf("Harlow cut ties with Quarry after the Nimbus deal.", "cut ties"), { side: "after", names: ["Nimbus"] });
    assert.deepEqual(anchorOf("Harlow was winding down its work with Quarry before Nimbus, a rival, took a stake.", "wind down"), { side: "before", names: ["Nimbus"] });
    assert.deepEqual(anchorOf("Harlow cut ties with Quarry prior to the Nimbus deal.", "cut ties"), { side: "before", names: ["Nimbus"] });
    assert.deepEqual(anchorOf("Harlow cut ties with Quarry following the Nimbus deal.", "cut ties"), { side: "after", names: ["Nimbus"] });
  });

  it("an anchor opening the sentence places the facts after its comma", () => {
    assert.deepEqual(anchorOf("After the Nimbus deal, Harlow cut ties with Quarry.", "cut ties"), { side: "after", names: ["Nimbus"] });
  });

  it("a definite event by its noun alone ('following the deal'), kept with that noun", () => {
    assert.deepEqual(anchorOf("Harlow cut ties with Quarry after the deal.", "cut ties"), { side: "after", names: [] });
    const p = predicatesOf("Harlow cut ties with Quarry following the deal.", findNames("Harlow cut ties with Quarry following the deal.")).find((x) => x.lemma === "cut ties");
    assert.equal(p?.anchor?.event, "deal");
  });

  it("no anchor: an event naming no one and not definite, another fact in between, or none at all", () => {
    assert.equal(anchorOf("Harlow cut ties with Quarry after a deal.", "cut ties"), undefined);
    assert.equal(anchorOf("Harlow cut ties with Quarry and Teluride hired staff after the Nimbus deal.", "cut ties"), undefined);
    assert.equal(anchorOf("Harlow cut ties with Quarry.", "cut ties"), undefined);
  });
});
