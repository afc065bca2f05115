// claims/facts.ts sameName: when two mentions name the same one (used wherever facts compare doers).
import { strict as assert } from "node:assert";
import { findNames } from "../../src/core/entities/names";
import { editDistance, sameName } from "../../src/core/claims/facts";

const nameIn = (text: string) => {
  const [n] = findNames(text);
  assert.ok(n, `no name in ${text}`);
  return n;
};
const same = (a: string, b: string) => sameName(nameIn(`They met ${a} today.`), nameIn(`They met ${b} today.`));

describe("claims: sameName", () => {
  it("a short form and the full name, an organisation and its longer name", () => {
    assert.ok(same("Wang", "Alexandr Wang"));
    assert.ok(same("Scale", "Scale AI"));
  });
  it("one name spelt two ways in one article is one person ('Jefferys', 'Jeffreys')", () => {
    assert.ok(same("Darren Jefferys", "Darren Jeffreys"));
  });
  it("two people of one family, or with one name in common, stay apart; so do names a whole word apart", () => {
    assert.ok(!same("Dubai Duty Free Stakes", "Dubai Duty Free Full"));
    assert.ok(!same("Tom Reyes", "Ana Reyes"));
    assert.ok(!same("Hillary Clinton", "Bill Clinton"));
    assert.ok(!same("Michael Stoute", "Michael Carrick"));
    // a one-letter difference in a short word is another name
    assert.ok(!same("Anna Lee", "Anna Lim"));
  });
  it("editDistance counts insertions, deletions and substitutions", () => {
    assert.equal(editDistance("jefferys", "jeffreys"), 2);
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("", "abc"), 3);
  });
});
