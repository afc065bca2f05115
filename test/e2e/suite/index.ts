// Entry of the e2e suite, run inside a real VS Code extension host (the offline code-server kit or
// @vscode/test-electron). esbuild bundles this file and every suite into dist/test/e2e/index.js with
// `vscode` and `mocha` external, so the suites are imported statically and register their tests
// once mocha's tdd globals (suite, test, suiteSetup…) exist.
import Mocha from "mocha";
import activation from "./activation.e2e";
import codelens from "./codelens.e2e";
import diagnostics from "./diagnostics.e2e";
import editing from "./editing.e2e";
import entities from "./entities.e2e";
import harness from "./harness.e2e";
import hover from "./hover.e2e";
import presentation from "./presentation.e2e";
import quickfix from "./quickfix.e2e";
import settings from "./settings.e2e";
import untouched from "./untouched.e2e";

// in order: the harness, then activation (opens the draft), then features; editing suites last
const SUITES: Array<() => void> = [harness, activation, diagnostics, hover, codelens, entities, presentation, quickfix, editing, settings, untouched];

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: "tdd",
    timeout: 90_000,
    slow: 5_000,
    color: false,
    reporter: "spec",
    grep: process.env.GROUNDWORK_E2E_GREP || undefined,
  });
  // what mocha does for each file it loads: define suite/test/... on the global object
  mocha.suite.emit("pre-require", globalThis, "groundwork-e2e", mocha);
  for (const register of SUITES) register();
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
