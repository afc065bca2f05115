// entities/gender.ts: the sex a text gives a person, used to resolve "he" and "she".
import { strict as assert } from "node:assert";
import { findNames } from "../../src/core/entities/names";
import { genderOf, pronounGender } from "../../src/core/entities/gender";
import { sameEntity } from "../../src/core/entities/roles";
import { joined } from "../../src/core/claims/facts";
import firstNames from "../../src/core/entities/first-names.json";

function genderIn(sentence: string, name: string) {
  const mention = findNames(sentence).find((n) => n.text === name);
  assert.ok(mention, `no name ${name} in ${sentence}: ${findNames(sentence).map((n) => n.text).join(", ")}`);
  return genderOf(mention, sentence);
}

describe("entities: gender of a name", () => {
  it("reads an honorific before the name, for a surname alone too", () => {
    assert.equal(genderIn("He thought Ms Catherall was asleep.", "Catherall"), "female");
    assert.equal(genderIn("Police found Mr Bush at the villa.", "Bush"), "male");
    assert.equal(genderIn("The horse was trained by Sir Michael Stoute.", "Michael Stoute"), "male");
  });
  it("reads the first name of a full name from the birth-count table", () => {
    assert.equal(genderIn("Karen Catherall met him weeks earlier.", "Karen Catherall"), "female");
    assert.equal(genderIn("Darren Jeffreys followed her home.", "Darren Jeffreys"), "male");
  });
  it("is unknown for a surname alone, a first name given to both sexes, an organisation", () => {
    assert.equal(genderIn("Catherall met him weeks earlier.", "Catherall"), undefined);
    assert.equal(genderIn("Taylor Brooks met him weeks earlier.", "Taylor Brooks"), undefined);
    assert.equal(genderIn("Orbital Dynamics bought Kestrel Labs.", "Orbital Dynamics"), undefined);
  });
  it("the table keeps only unambiguous names and no name twice", () => {
    const male = new Set(firstNames.male);
    assert.ok(male.has("darren") && !male.has("taylor") && !male.has("jordan"));
    assert.equal(firstNames.female.filter((n) => male.has(n)).length, 0);
  });
  it("pronouns: he, she; nothing for they or it", () => {
    assert.equal(pronounGender("He"), "male");
    assert.equal(pronounGender("she"), "female");
    assert.equal(pronounGender("they"), undefined);
    assert.equal(pronounGender("it"), undefined);
  });
});

describe("entities: sameEntity with a descriptive word before the name", () => {
  const one = (text: string) => findNames(text)[0]!;
  it("'American Hayley Carney' is 'Hayley Carney'; 'Andy Bush' is not 'Mary Bush'", () => {
    assert.ok(sameEntity(one("American Hayley Carney spoke."), one("Hayley Carney spoke.")));
    assert.ok(!sameEntity(one("Andy Bush spoke."), one("Mary Bush spoke.")));
  });
});

describe("claims: two names in one noun phrase (joined)", () => {
  const at = (text: string, name: string) => findNames(text).find((n) => n.text === name)!;
  it("by 'and' or by apposition, not across a clause", () => {
    const coordinated = "Ben Offrink, now 34, and Shelby Offrink were married.";
    assert.ok(joined(coordinated, at(coordinated, "Ben Offrink"), at(coordinated, "Shelby Offrink")));
    const apposition = "Will Stack, 22, a U.S. Army National Guardsman, has released a video.";
    assert.ok(joined(apposition, at(apposition, "Will Stack"), at(apposition, "U.S. Army National Guardsman")));
    const clause = "Jodie Marsh, who is single, said of Kate Middleton that she is expecting.";
    assert.ok(!joined(clause, at(clause, "Jodie Marsh"), at(clause, "Kate Middleton")));
  });
  it("answers at once on a run of capitals that does not match (no exponential backtracking)", () => {
    const text = `Ann Lee, ${"A".repeat(50)}! Bob Stone ran.`;
    assert.equal(joined(text, at(text, "Ann Lee"), at(text, "Bob Stone")), false);
  });
});
