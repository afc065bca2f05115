// What a claim's or a source's own words say of an act's time and certainty (claims/aspect.ts).
import { strict as assert } from "node:assert";
import { doneAlready, futureOnly, possibleOnly } from "../../src/core/claims/aspect";
import { findNames } from "../../src/core/entities/names";
import { predicatesOf, type Predicate } from "../../src/core/meaning/facts";

/** The predicate of `lemma` in `text`. */
function fact(text: string, lemma: string): Predicate {
  const p = predicatesOf(text, findNames(text)).find((x) => x.lemma === lemma);
  assert.ok(p, `no "${lemma}" in: ${text}`);
  return p;
}

describe("aspect: possibility, what is still to come, what is done", () => {
  it("reads a possibility or a probability before the act, not the month of May", () => {
    const probably = "Dana Ortiz said Orvane will probably generate millions in new revenue.";
    assert.ok(possibleOnly(probably, fact(probably, "generate")));
    const might = "That procedure might occur rapidly, according to two people.";
    assert.ok(possibleOnly(might, fact(might, "occur")));
    const month = "In May 2025 Meta announced a new model.";
    assert.ok(!possibleOnly(month, fact(month, "announce")));
    const flat = "Orvane will generate millions in new revenue.";
    assert.ok(!possibleOnly(flat, fact(flat, "generate")));
  });

  it("tells an act still to come, and its start still to come, from one told as done", () => {
    const paused = "Projects tied to rivals will be paused in the coming weeks.";
    assert.equal(futureOnly(paused, fact(paused, "pause")), "act");
    const begin = "Norland intends to begin winding down its work with Vessel.";
    assert.equal(futureOnly(begin, fact(begin, "wind down")), "start");
    const said = "Norland said it would wind down its work with Vessel.";
    assert.equal(futureOnly(said, fact(said, "wind down")), undefined);
  });

  it("reads a source's act as done or already going on", () => {
    const were = "Several said their queues were empty after projects tied to rivals were paused.";
    assert.ok(doneAlready(were, fact(were, "pause"), "act"));
    const already = "Norland said it was already winding down its work with Vessel.";
    assert.ok(doneAlready(already, fact(already, "wind down"), "act"));
    // (going on now is begun, against a claim that has it still to start, not done)
    const going = "Norland is winding down its work with Vessel.";
    assert.ok(doneAlready(going, fact(going, "wind down"), "start"));
    assert.ok(!doneAlready(going, fact(going, "wind down"), "act"));
    const planned = "Norland plans to wind down its work with Vessel.";
    assert.ok(!doneAlready(planned, fact(planned, "wind down"), "act"));
  });
});
