// Mutation report for the quantity parser and comparison (a report, not part of CI).
//   npm run test:mutation                                   # parse.ts, compare.ts, hedges.ts
//   npm run test:mutation -- --mutate src/core/quantities/compare.ts
//   MUTATION_TESTS="test/unit/checks-*.test.ts" npm run test:mutation -- --mutate src/core/claims/checks/quantity.ts
// StrykerJS's mocha runner needs mocha < 12, so the command runner starts mocha once per mutant
// (mutant switching: the sandbox is instrumented once, the active mutant comes from the environment).
// --no-config: .mocharc.json's spec would add the whole unit suite to the files named here.
// The timed "pathological inputs" tests and the 2,000-run fuzz property are left out: they take
// half of each run, and instrumented code is slower, so a time limit would kill mutants by accident.
const tests = process.env.MUTATION_TESTS ?? "test/unit/quantities.test.ts test/unit/quantities-*.test.ts";

export default {
  mutate: ["src/core/quantities/parse.ts", "src/core/quantities/compare.ts", "src/core/quantities/hedges.ts"],
  testRunner: "command",
  commandRunner: {
    command:
      "node node_modules/mocha/bin/mocha.js --no-config --require tsx/cjs --timeout 20000 --reporter dot --bail " +
      `--grep "pathological inputs|never throws and spans" --invert ${tests}`,
  },
  coverageAnalysis: "off",
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ["clear-text", "progress", "json", "html"],
  clearTextReporter: { reportMutants: false, reportTests: false, logTests: false },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  // inside reports/mutation so one .gitignore line keeps the sandbox and the reports out of git
  tempDirName: "reports/mutation/.stryker-tmp",
  // tsconfig.json stays out of the sandbox: Stryker's tsconfig rewriter calls an API TypeScript 7 no
  // longer has (ts.parseConfigFileTextToJson), and tsx runs the tests without it
  ignorePatterns: ["/tsconfig.json", "dist", "bench", "media", "scripts", ".groundwork-cache", "test-results", ".vscode-test", "*.vsix"],
};
