// wink's core model, read without the deep copy its own loader makes. wink-eng-lite-web-model's
// read-core-model.js copies the whole 3 MB JSON (JSON.parse(JSON.stringify(...))) before preparing
// it, so that the JSON module stays as loaded: that copy was half the model's load time, paid by
// every first check. Here only what wink changes is copied (each feature's word list, which wink
// extends with the words it meets, and the objects that receive new fields); the rest (the packing
// layout, the POS table, the regexes) is shared with the JSON module, which wink only reads.
// The preparation itself is read-core-model.js and load-core-model.js of wink-eng-lite-web-model
// 1.8.1 (TAGGER_VERSION; test/unit/wink-model.test.ts checks the result against wink's own).

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The model JSON as wink-eng-lite-web-model ships it (the fields read here). */
interface CoreModelJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** wink's `model.core()`: the prepared core model, a new object on every call. */
export function readCoreModel(json: CoreModelJson): CoreModelJson {
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(json.features)) features[name] = { ...f, list: f.list.slice() };
  const model: CoreModelJson = { ...json, packing: { ...json.packing }, features };
  const { packing, pos } = model;
  model.lexicon = uint32FromBase64(json.lexicon as string);
  model.xpansions = uint32FromBase64(json.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[f].list as string[];
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    features[f].hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  const lexemeList = features.lexeme.list as string[];
  for (let k = 0; k < lexemeList.length; k++) lexemes[lexemeList[k]] = k;
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, "base64");
  // (a fresh, aligned buffer: Buffer.from may hand out a slice of a shared pool)
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}
