// The data kept out of the bundles, shared by esbuild.mjs (the shipped bundles) and bench/run.ts
// (the bundles it measures, which must load the data as the shipped ones do).
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

// Data kept out of the bundles: compiling megabytes of object literals cost every start about a
// second, even a start that never tags a sentence. The wink model (its package's dist folder) and the
// WordNet table are copied beside the bundles, into dist/, and read on first use from there. A bundle
// one or two folders down (dist/test/e2e) finds them too; from source (tsx), node_modules and src
// serve as before. .vscodeignore ships both in the .vsix.
export const WINK_MODEL = "wink-eng-lite-web-model";
// (from: relative to the repository; to: relative to the bundles' folder)
const DATA_FILES = [
  { from: `node_modules/${WINK_MODEL}/dist`, to: WINK_MODEL },
  { from: `node_modules/${WINK_MODEL}/LICENSE`, to: `${WINK_MODEL}/LICENSE` },
  { from: "src/core/meaning/lexicon-data.json", to: "lexicon-data.json" },
];
export const locate = (name) => `(() => {
  const { existsSync } = require("node:fs");
  const { join } = require("node:path");
  for (const up of ["", "..", "../.."]) {
    const p = join(__dirname, up, ${JSON.stringify(name)});
    if (existsSync(p)) return p;
  }
  throw new Error(${JSON.stringify(`${name} is missing beside the bundle (npm run build copies it to dist/)`)});
})()`;
export const externalData = {
  name: "external-data",
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${WINK_MODEL}$`) }, () => ({ path: WINK_MODEL, namespace: "external-data" }));
    // a file of the model's dist folder (src/core/meaning/tagger.ts reads the core JSON itself)
    build.onResolve({ filter: new RegExp(`^${WINK_MODEL}/dist/`) }, (args) => ({ path: args.path, namespace: "external-data" }));
    build.onResolve({ filter: /[\\/]lexicon-data\.json$/ }, () => ({ path: "lexicon-data.json", namespace: "external-data" }));
    build.onLoad({ filter: /.*/, namespace: "external-data" }, (args) => ({
      loader: "js",
      contents: args.path === WINK_MODEL
        ? `module.exports = require(require("node:path").join(${locate(WINK_MODEL)}, "model.js"));`
        : args.path.startsWith(`${WINK_MODEL}/dist/`)
          ? `module.exports = require(require("node:path").join(${locate(WINK_MODEL)}, ${JSON.stringify(args.path.slice(`${WINK_MODEL}/dist/`.length))}));`
          : `module.exports = JSON.parse(require("node:fs").readFileSync(${locate("lexicon-data.json")}, "utf8"));`,
    }));
  },
};

/** Copies the data files from the repository at `root` into the bundles' folder `dist`. */
export function copyData(root, dist) {
  for (const { from, to } of DATA_FILES) {
    mkdirSync(dirname(join(dist, to)), { recursive: true });
    cpSync(join(root, from), join(dist, to), { recursive: true });
  }
}
