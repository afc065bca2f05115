import { strict as assert } from "node:assert";
import { findNames } from "../../src/core/entities/names";
import { findRoleFacts, sameEntity, sameOrg } from "../../src/core/entities/roles";
import { resolve } from "node:path";
import { rolesWithOrganisations } from "../../src/core/entities/collect";
import { Groundwork } from "../../src/core/engine";

const facts = (t: string) => findRoleFacts(t).map((f) => [f.person.text, f.role, f.org?.text ?? null]);

describe("names", () => {
  it("finds multi-word names, drops openers and possessives", () => {
    const names = findNames("The Meta deal valued Scale AI's business; Alexandr Wang left.").map((n) => n.text);
    assert.deepEqual(names, ["Meta", "Scale AI", "Alexandr Wang"]);
    // (a possessive before the sentence's period too)
    assert.deepEqual(findNames("OpenAI's outlay was larger than Google's.").map((n) => n.text), ["OpenAI", "Google"]);
  });
  it("strips corporate suffixes from the identifying words", () => {
    const [n] = findNames("Meta Platforms Inc. invested.");
    assert.deepEqual(n.core, ["Meta"]);
  });
  it("reads no name in an adverb opening a sentence ('Right after', 'Separately')", () => {
    assert.deepEqual(findNames("Right after the deal was announced, OpenAI had signaled it.").map((n) => n.text), ["OpenAI"]);
    assert.deepEqual(findNames("Separately, Google said it would cut ties.").map((n) => n.text), ["Google"]);
  });
  it("reads a lower-case-initial name with its possessive ('xAI's'), and no title word as a name", () => {
    assert.deepEqual(findNames("xAI's chief financial officer said so.").map((n) => n.text), ["xAI"]);
    assert.deepEqual(findNames("Then OpenAI Chief Financial Officer Sarah Friar spoke.").map((n) => n.text), ["OpenAI", "Sarah Friar"]);
    // (only between "Chief" and its noun: a newspaper keeps its name)
    assert.deepEqual(findNames("Reed told the Financial Times.").map((n) => n.text), ["Reed", "Financial Times"]);
    // (a function word in capitals is an abbreviation: "US" is the country)
    assert.deepEqual(findNames("The US government told us.").map((n) => n.text), ["US"]);
  });
});

describe("roles", () => {
  it("reads roles written before and after a name", () => {
    assert.deepEqual(facts("Handshake CEO Garrett Lord said so."), [["Garrett Lord", "CEO", "Handshake"]]);
    assert.deepEqual(facts("Garrett Lord, CEO of Handshake, said so."), [["Garrett Lord", "CEO", "Handshake"]]);
    assert.deepEqual(facts("Garrett Lord is the CFO of Handshake."), [["Garrett Lord", "CFO", "Handshake"]]);
    // a role given: promoted, named, appointed, taking over
    assert.deepEqual(facts("Garrett Lord was promoted to CFO."), [["Garrett Lord", "CFO", null]]);
    assert.deepEqual(facts("Garrett Lord was named CEO of Handshake."), [["Garrett Lord", "CEO", "Handshake"]]);
    assert.deepEqual(facts("Garrett Lord, who was appointed CFO, spoke."), [["Garrett Lord", "CFO", null]]);
    assert.deepEqual(facts("Garrett Lord will take over as CEO."), [["Garrett Lord", "CEO", null]]);
    assert.deepEqual(facts("Garrett Lord stepped in as CFO."), [["Garrett Lord", "CFO", null]]);
    assert.deepEqual(facts("Garrett Lord praised the CFO."), []);
    // a role given by the organisation that hires
    assert.deepEqual(facts("Handshake hired Garrett Lord as CFO."), [["Garrett Lord", "CFO", "Handshake"]]);
    assert.deepEqual(facts("Handshake has appointed Garrett Lord as its CEO."), [["Garrett Lord", "CEO", "Handshake"]]);
    assert.deepEqual(facts("Garrett Lord, as CEO, spoke."), []);
    assert.deepEqual(facts("Jason Droege, who served as chief strategy officer of Scale AI, spoke."), [["Jason Droege", "chief strategy officer", "Scale AI"]]);
    assert.deepEqual(facts("Scale AI is promoting Jason Droege, the chief strategy officer, to the CEO role."), [["Jason Droege", "chief strategy officer", null]]);
    assert.deepEqual(facts("OpenAI Chief Financial Officer Sarah Friar had signaled it."), [["Sarah Friar", "CFO", "OpenAI"]]);
    assert.deepEqual(facts("As Jonathan Siddharth, Turing CEO, explains, it matters."), [["Jonathan Siddharth", "CEO", "Turing"]]);
    // past "previously" after the auxiliary, past a relative clause, with or without names in it
    assert.deepEqual(facts("Jason Droege had previously served as Scale AI's CFO."), [["Jason Droege", "CFO", "Scale AI"]]);
    // the organisation after "of rival"
    assert.deepEqual(facts("Manu Sharma, chief executive of rival Handshake, spoke."), [["Manu Sharma", "CEO", "Handshake"]]);
    // serving or working as a role holds it ("had been serving as", "was working as")
    assert.deepEqual(facts("Jason Droege, who had been serving as Scale AI's CFO, spoke."), [["Jason Droege", "CFO", "Scale AI"]]);
    assert.deepEqual(facts("Jason Droege was working as chief financial officer of Scale AI."), [["Jason Droege", "CFO", "Scale AI"]]);
    assert.deepEqual(facts("Jason Droege worked as Scale AI's CFO."), [["Jason Droege", "CFO", "Scale AI"]]);
    assert.deepEqual(facts("Sarah Friar, who spoke at a conference, is OpenAI's CFO."), [["Sarah Friar", "CFO", "OpenAI"]]);
    assert.deepEqual(facts("Sarah Friar, who commented on the Scale deal, is OpenAI's CFO."), [["Sarah Friar", "CFO", "OpenAI"]]);
    assert.deepEqual(facts("Jason Droege, who became Scale's interim CEO, had previously served as the company's CFO."), [["Jason Droege", "CEO", "Scale"], ["Jason Droege", "CFO", null]]);
    // "stays behind as", "remains as", "until then its"
    assert.deepEqual(facts("Alexandr Wang stays behind as Scale AI's CEO."), [["Alexandr Wang", "CEO", "Scale AI"]]);
    assert.deepEqual(facts("Jason Droege, until then Scale AI's CFO, spoke."), [["Jason Droege", "CFO", "Scale AI"]]);
    // (in the progressive too: "is staying behind as", "is stepping in as")
    assert.deepEqual(facts("Alexandr Wang is staying behind as Scale AI's CEO."), [["Alexandr Wang", "CEO", "Scale AI"]]);
    assert.deepEqual(facts("Jason Droege is stepping in as Scale AI's CEO."), [["Jason Droege", "CEO", "Scale AI"]]);
    assert.deepEqual(facts("Alexandr Wang will remain Scale AI's chief executive."), [["Alexandr Wang", "CEO", "Scale AI"]]);
    // one who heads, leads or runs an organisation is its chief executive; not one who leads what it has
    assert.deepEqual(facts("Alex Ratner, who heads the rival data-labeling firm Snorkel AI, spoke."), [["Alex Ratner", "CEO", "Snorkel AI"]]);
    assert.deepEqual(facts("Garrett Lord runs Handshake."), [["Garrett Lord", "CEO", "Handshake"]]);
    // "finance chief" is the CFO
    assert.deepEqual(facts("OpenAI's finance chief Sarah Friar spoke."), [["Sarah Friar", "CFO", "OpenAI"]]);
    // the head of a function is its chief officer
    assert.deepEqual(facts("Jason Droege, who had served as Scale's head of strategy, spoke."), [["Jason Droege", "chief strategy officer", "Scale"]]);
    assert.deepEqual(facts("Alex Ratner, who runs Scale rival Snorkel AI, spoke."), [["Alex Ratner", "CEO", "Snorkel AI"]]);
    assert.deepEqual(facts("Alexandr Wang leads Meta's superintelligence unit."), []);
  });
  it("matches aliases", () => {
    const [wang] = findNames("Alexandr Wang");
    const [last] = findNames("x Wang");
    assert.ok(sameEntity(wang, last));
    const [scale] = findNames("x Scale AI");
    const [scale2] = findNames("x Scale");
    assert.ok(sameOrg(scale, scale2));
  });
});

describe("entity roles carry their organisation", () => {
  it("folds a role said without its organisation, and a short organisation name, into the full one", () => {
    const facts = new Map([
      ["CEO\u0000", 3],
      ["CEO\u0000Scale", 1],
      ["CEO\u0000Scale AI", 2],
      ["founder\u0000Scale AI", 1],
      ["chief strategy officer\u0000", 1],
    ]);
    assert.deepEqual(rolesWithOrganisations(facts), ["CEO, Scale AI", "founder, Scale AI", "chief strategy officer"]);
  });

  it("the sample's people: Alexandr Wang is CEO of Scale AI", async () => {
    const { engine } = await Groundwork.fromFolder(resolve(__dirname, "../../examples/scale-ai/sources"));
    const wang = engine.entities().find((e) => e.name === "Alexandr Wang")!;
    assert.equal(wang.roles?.[0], "CEO, Scale AI");
    assert.ok(!wang.roles!.includes("CEO"), wang.roles!.join("; "));
  });
});
