#!/usr/bin/env node
// npm run fuzz: the property tests of test/unit/fuzz.test.ts at 100,000 cases each (FUZZ_RUNS to change),
// printing how many cases each property ran.
import { spawnSync } from "node:child_process";
const runs = process.env.FUZZ_RUNS || "100000";
const t0 = Date.now();
const r = spawnSync(process.execPath, ["node_modules/mocha/bin/mocha.js", "--no-config", "-r", "tsx/cjs", "--timeout", "0", "--reporter", "spec", "test/unit/fuzz.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: "1" },
});
console.log(`fuzz: FUZZ_RUNS=${runs}, ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
