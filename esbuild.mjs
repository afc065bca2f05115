// Bundles the command line, the language server and the VS Code client. Entries that do not
// exist yet are skipped, so the CLI can be built alone.
import * as esbuild from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { copyData, externalData, locate } from "./scripts/external-data.mjs";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const common = {
  bundle: true,
  platform: "node",
  target: "node18",
  // Node 18 has Unicode property escapes (/\p{Lu}/u); esbuild's table says otherwise and turns
  // such literals into `new RegExp(...)`, built again at every evaluation, in hot loops too
  supported: { "regexp-unicode-property-escapes": true },
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  legalComments: "none",
};

// The PDF and Word extractors (pdfjs is megabytes) are bundles of their own, dist/pdf.mjs and
// dist/docx.mjs, imported by the other bundles on the first PDF or Word file only: a folder of text
// never parses them. pdfjs's own warnings at load (no canvas package: rendering, which text
// extraction never does) are silenced by starting it at its ERRORS verbosity.
const LAZY_EXTRACTORS = ["pdf", "docx"];
const lazyExtractors = {
  name: "lazy-extractors",
  setup(build) {
    build.onResolve({ filter: /^\.\/formats\/(pdf|docx)$/ }, (args) =>
      /[\\/]sources[\\/]extract\.ts$/.test(args.importer) ? { path: args.path.slice("./formats/".length), namespace: "lazy-extractor" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-extractor" }, (args) => ({
      loader: "js",
      contents: `const load = () => import(require("node:url").pathToFileURL(${locate(`${args.path}.mjs`)}).href);
        export const extractPdf = async (data) => (await load()).extractPdf(data);
        export const extractDocx = async (data) => (await load()).extractDocx(data);`,
    }));
  },
};
const PDFJS_VERBOSITY = "let verbosity = VerbosityLevel.WARNINGS;";
const quietPdfjs = {
  name: "quiet-pdfjs",
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, (args) => {
      const src = readFileSync(args.path, "utf8");
      if (!src.includes(PDFJS_VERBOSITY)) throw new Error(`pdfjs changed: "${PDFJS_VERBOSITY}" not found in ${args.path}`);
      return { loader: "js", contents: src.replace(PDFJS_VERBOSITY, "let verbosity = VerbosityLevel.ERRORS;") };
    });
  },
};
const esmRequire = { js: 'import { createRequire as __gwCreateRequire } from "node:module"; const require = __gwCreateRequire(import.meta.url);' };

const entries = [
  { entryPoints: ["src/cli.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
  // dist/server.js turns Node's compile cache on, then loads the server's bundle
  { entryPoints: ["src/server/main.ts"], outfile: "dist/server.js" },
  { entryPoints: ["src/server/server.ts"], outfile: "dist/server-bundle.js" },
  { entryPoints: ["src/client/extension.ts"], outfile: "dist/extension.js", external: ["vscode"], minify: true }, // kept under 500 KB
  { entryPoints: ["test/e2e/suite/index.ts"], outfile: "dist/test/e2e/index.js", external: ["vscode", "mocha"] },
  ...LAZY_EXTRACTORS.map((name) => ({ entryPoints: [`src/core/sources/formats/${name}.ts`], outfile: `dist/${name}.mjs`, format: "esm", banner: esmRequire, external: ["@napi-rs/canvas"] })),
].filter((e) => existsSync(e.entryPoints[0]));

copyData(".", "dist");
const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, plugins: [externalData, lazyExtractors, quietPdfjs], ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
