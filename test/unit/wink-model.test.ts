// The core model read without wink's deep copy (src/core/meaning/wink-model.ts) must be what wink's
// own loader makes, and must leave the JSON module as loaded: wink's own loader (another instance
// in the same process) copies it again and would otherwise read a changed model.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { readCoreModel } from "../../src/core/meaning/wink-model";
import { tagSentence } from "../../src/core/meaning/tagger";

const JSON_MODULE = "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json";

describe("wink core model without the deep copy", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const json = require(JSON_MODULE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require("wink-eng-lite-web-model");
  const asShipped = () => JSON.stringify(JSON.parse(readFileSync(require.resolve(JSON_MODULE), "utf8")));

  it("is what wink's own loader makes", () => {
    assert.deepStrictEqual(readCoreModel(json), model.core());
  });

  it("leaves the JSON module as loaded, after tagging sentences with words wink did not know", () => {
    tagSentence("Zorblatt Quindexa acquired 49% of Vantorix for $14.3 billion, blorfing the snarkle.");
    tagSentence("Meta's investment values Scale AI at $29 billion; Wang, 28, is leaving to join Meta.");
    const first = readCoreModel(json);
    // what wink does to its copy while it reads text: new words appended to the lists, new hash entries
    (first.features.lexeme.list as string[]).push("blorfing");
    first.features.lexeme.hash!.blorfing = 1;
    first.packing.efList!.push("x");
    assert.equal(JSON.stringify(json), asShipped());
    // and a second model is as fresh as the first was
    assert.deepStrictEqual(readCoreModel(json), model.core());
  });

  it("tags as wink with its own loader does", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require("wink-nlp");
    const plain = winkNLP(model, ["sbd", "negation", "pos"]);
    const ours = winkNLP({ ...model, core: () => readCoreModel(json) }, ["sbd", "negation", "pos"]);
    const text = "Meta will not take any stake in Scale AI. Zorblatt reportedly declined to comment on the $200M deal, ruling out a sale.";
    const read = (nlp: typeof plain) => {
      const tokens = nlp.readDoc(text).tokens();
      return [tokens.out(nlp.its.value), tokens.out(nlp.its.pos), tokens.out(nlp.its.lemma), tokens.out(nlp.its.negationFlag)];
    };
    assert.deepStrictEqual(read(ours), read(plain));
    assert.equal(JSON.stringify(json), asShipped());
  });
});
