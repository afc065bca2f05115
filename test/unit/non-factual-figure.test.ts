// A figure the sources give only of potential, proposed or expected things (claims/checks/non-factual-figure.ts),
// one case per adjective of the curated list.
import { strict as assert } from "node:assert";
import { Groundwork } from "../../src/core/engine";
import { NON_FACTUAL_ADJECTIVES } from "../../src/core/meaning/curated";

describe("check: non-factual-figure", () => {
  for (const adjective of NON_FACTUAL_ADJECTIVES) {
    it(`"$40 million in ${adjective} contracts" does not support "$40 million in contracts"`, () => {
      const e = new Groundwork("");
      e.setSource("a.txt", `Nimbus Labs chief executive Tomas Reyes said the company has $40 million in ${adjective} contracts with hospitals.\n`);
      const r = e.checkMarkdown("Nimbus Labs has $40 million in contracts with hospitals.\n")[0];
      assert.notEqual(r.verdict, "supported", JSON.stringify(r));
      const f = r.findings.find((x) => x.kind === "unsupported-part");
      assert.ok(f, JSON.stringify(r.findings));
      assert.match(f.message, new RegExp(`only of ${adjective} contracts`));
      assert.equal(e.checkMarkdown(`Nimbus Labs has $40 million in ${adjective} contracts with hospitals.\n`)[0].verdict, "supported");
    });
  }

  it("another source giving the figure of the things themselves lets the claim stand", () => {
    const e = new Groundwork("");
    e.setSource("a.txt", "Nimbus Labs chief executive Tomas Reyes said the company has $40 million in potential contracts with hospitals.\n");
    e.setSource("b.txt", "Nimbus Labs has $40 million in contracts with hospitals, its filing shows.\n");
    const r = e.checkMarkdown("Nimbus Labs has $40 million in contracts with hospitals.\n")[0];
    assert.equal(r.verdict, "supported", JSON.stringify(r.findings));
  });
});
