// Bundles the command line, the language server and the VS Code client. Entries that do not
// exist yet are skipped, so the CLI can be built alone.
import * as esbuild from "esbuild";
import { existsSync } from "node:fs";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const common = {
  bundle: true,
  platform: "node",
  target: "node18",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  legalComments: "none",
};

const entries = [
  { entryPoints: ["src/cli.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } },
  { entryPoints: ["src/server/server.ts"], outfile: "dist/server.js" },
  { entryPoints: ["src/client/extension.ts"], outfile: "dist/extension.js", external: ["vscode"], minify: true }, // kept under 500 KB
  { entryPoints: ["test/e2e/suite/index.ts"], outfile: "dist/test/e2e/index.js", external: ["vscode", "mocha"] },
].filter((e) => existsSync(e.entryPoints[0]));

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
