// The finding-code registry (src/core/claims/registry.ts) and every copy of it: package.json's
// severity setting, the config schema, the README table, the CLI's SARIF rules, the server's
// diagnostics and default settings, the e2e suite. Fix a failure with `npm run codes:sync`
// (generated copies) or by reading the registry where the code names codes.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DiagnosticSeverity } from "vscode-languageserver";
import { main } from "../../src/cli";
import { codeOf, DEFAULT_SEVERITY, FINDING_CODE_REGISTRY, FINDING_CODES, SEVERITIES, type Severity } from "../../src/core/claims/codes";
import type { ClaimResult, FindingKind } from "../../src/core/types";
import { diagnosticsFor } from "../../src/server/diagnostics";
import { DIAGNOSTIC_CODES, DEFAULT_SEVERITY as SERVER_DEFAULT_SEVERITY } from "../../src/server/protocol";
import { defaultSettings } from "../../src/server/settings";

const ROOT = join(__dirname, "..", "..");
const read = (rel: string) => readFileSync(join(ROOT, rel), "utf8");
const ids = FINDING_CODE_REGISTRY.map((c) => c.id);
const allKinds = FINDING_CODE_REGISTRY.flatMap((c) => [...c.kinds]) as FindingKind[];

describe("finding codes", () => {
  it("the registry: unique kebab-case ids, one-sentence descriptions, help, a default severity, each kind under one code", () => {
    assert.equal(new Set(ids).size, ids.length, "ids are unique");
    assert.deepEqual([...FINDING_CODES], ids);
    for (const c of FINDING_CODE_REGISTRY) {
      assert.match(c.id, /^[a-z]+(?:-[a-z]+)*$/, c.id);
      assert.ok(c.title.trim() && !c.title.endsWith("."), `${c.id}: a title`);
      assert.match(c.description, /^[A-Z][^\n]*\.$/, `${c.id}: one sentence`);
      assert.ok(!c.description.slice(0, -1).includes(". "), `${c.id}: description is one sentence`);
      assert.ok(c.help.split(/\.\s/).length >= 2, `${c.id}: help says what it means and what to do`);
      assert.ok(SEVERITIES.includes(c.defaultSeverity) && (c.defaultSeverity as Severity) !== "off", `${c.id}: default severity`);
      assert.ok(c.kinds.length > 0, `${c.id}: at least one finding kind`);
      for (const kind of c.kinds) assert.equal(codeOf(kind), c.id);
      assert.equal(DEFAULT_SEVERITY[c.id], c.defaultSeverity);
    }
    assert.equal(new Set(allKinds).size, allKinds.length, "no kind under two codes");
    assert.throws(() => codeOf("no-such-kind" as FindingKind), /no code/);
  });

  it("package.json's groundwork.severity setting lists every code with its description and default", () => {
    const pkg = JSON.parse(read("package.json"));
    const setting = pkg.contributes.configuration.properties["groundwork.severity"];
    assert.deepEqual(Object.keys(setting.properties), ids);
    for (const c of FINDING_CODE_REGISTRY) {
      assert.deepEqual(setting.properties[c.id], { type: "string", enum: [...SEVERITIES], default: c.defaultSeverity, description: c.description }, c.id);
    }
    assert.deepEqual(setting.default, DEFAULT_SEVERITY);
    assert.equal(setting.additionalProperties, false);
  });

  it("the config schema's severity keys are the codes, with descriptions and defaults", () => {
    const schema = JSON.parse(read("schemas/groundwork.schema.json"));
    const severity = schema.properties.severity;
    assert.deepEqual(Object.keys(severity.properties), ids);
    for (const c of FINDING_CODE_REGISTRY) {
      assert.deepEqual(severity.properties[c.id], { $ref: "#/definitions/severity", description: c.description, default: c.defaultSeverity }, c.id);
    }
    assert.equal(severity.additionalProperties, false);
    assert.deepEqual(schema.definitions.severity.enum, [...SEVERITIES]);
  });

  it("the README's Finding codes table is the registry", () => {
    const readme = read("README.md");
    const start = readme.indexOf("<!-- codes:start");
    const end = readme.indexOf("<!-- codes:end -->");
    assert.ok(start >= 0 && end > start, "the README has the codes:start / codes:end markers");
    const rows = readme
      .slice(start, end)
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .map((l) => l.split("|").slice(1, -1).map((cell) => cell.trim()));
    assert.deepEqual(
      rows,
      FINDING_CODE_REGISTRY.map((c) => [`\`${c.id}\``, c.title, c.description, c.defaultSeverity]),
    );
    assert.ok(readme.indexOf("### Finding codes") < start && readme.indexOf("### Finding codes") > start - 200, "the table sits under its heading");
  });

  it("the CLI's SARIF output has one rule per code, with help, full description and default level", async () => {
    let out = "";
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return true;
    }) as typeof process.stdout.write;
    let status: number;
    try {
      status = await main(["check", "--format", "sarif", "--fail-on", "never", "--sources", join(ROOT, "examples/scale-ai/sources"), join(ROOT, "examples/scale-ai/draft.md")]);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(status, 0);
    const run = JSON.parse(out).runs[0];
    const level = (s: Severity) => (s === "error" ? "error" : s === "warning" ? "warning" : "note");
    assert.deepEqual(
      run.tool.driver.rules.map((r: { id: string; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }) => [r.id, r.fullDescription.text, r.help.text, r.defaultConfiguration.level]),
      FINDING_CODE_REGISTRY.map((c) => [c.id, c.description, c.help, level(c.defaultSeverity)]),
    );
    assert.ok(run.results.length >= 5, "the sample has findings");
    for (const r of run.results) assert.ok(ids.includes(r.ruleId), `result rule ${r.ruleId} is a registry code`);
  });

  it("the server publishes the registry's codes at the registry's default severities", () => {
    assert.deepEqual([...DIAGNOSTIC_CODES], ids);
    assert.deepEqual(SERVER_DEFAULT_SEVERITY, DEFAULT_SEVERITY);
    assert.deepEqual(defaultSettings().severity, DEFAULT_SEVERITY);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    const claim: ClaimResult = { range, text: "Claim", verdict: "contradicted", citations: [], findings: allKinds.map((kind) => ({ kind, claimed: "x", message: `a ${kind} finding` })) };
    const diagnostics = diagnosticsFor([claim], { severity: defaultSettings().severity, sourceUri: (rel) => `file:///${rel}` });
    const lsp: Record<string, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      allKinds.map((kind) => [codeOf(kind), lsp[DEFAULT_SEVERITY[codeOf(kind)]]]),
    );
  });

  it("the e2e suites take the code list from the registry instead of a copy", () => {
    const dir = join(ROOT, "test/e2e/suite");
    const quoted = (code: string) => new RegExp(`["'\`]${code}["'\`]`);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(join(dir, file), "utf8");
      // an array literal naming several codes is a copy of the registry that a new code would leave behind
      for (const list of text.match(/\[[^[\]]*\]/g) ?? []) {
        const named = ids.filter((id) => quoted(id).test(list));
        assert.ok(named.length < 3, `${file} lists codes literally (${named.join(", ")}): import FINDING_CODES instead`);
      }
    }
    assert.match(read("test/e2e/suite/diagnostics.e2e.ts"), /import \{ FINDING_CODES \} from "\.\.\/\.\.\/\.\.\/src\/core\/claims\/registry"/);
  });

  it("npm run codes:sync has nothing to change (the generated copies are up to date, formatting included)", () => {
    const pkg = JSON.parse(read("package.json"));
    assert.equal(pkg.scripts["codes:sync"], "tsx scripts/sync-codes.mjs");
    // throws (exit status 1) when any generated copy differs from what the script would write
    execFileSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/sync-codes.mjs"), "--check"], { cwd: ROOT, stdio: "pipe" });
  });
});
