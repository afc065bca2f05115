import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig, isDraftPath, isSourcePath, loadConfig, parseConfig } from "../../src/core/config";
import { matchesGlob } from "../../src/core/text/glob";
import { FINDING_CODES } from "../../src/core/claims/codes";

describe("config", () => {
  it("defaults", () => {
    const c = defaultConfig();
    assert.deepEqual(c.sources, ["sources"]);
    assert.deepEqual(c.drafts, ["**/*.md"]);
    assert.equal(c.citationStyle, "footnote");
    assert.equal(c.severity.contradicted, "error");
    assert.equal(c.severity.disputed, "warning");
    assert.equal(c.severity.unsupported, "information");
    for (const code of FINDING_CODES) assert.ok(c.severity[code]);
  });

  it("parses a full file (with comments and trailing commas)", () => {
    const { config, problems } = parseConfig(
      `{
        // my settings
        "$schema": "./schemas/groundwork.schema.json",
        "sources": ["research", "more/**/*.txt"],
        "drafts": ["drafts/*.md"],
        "citationStyle": "pandoc",
        "severity": { "unsupported": "off", "disputed": "info", },
        "ignore": { "words": ["Acme"], "claims": ["Exactly this.", "/^Note:/i"] },
        "exclude": ["**/old/**"], /* trailing */
      }`,
      "/w/groundwork.json",
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.sources, ["research", "more/**/*.txt"]);
    assert.equal(config.citationStyle, "pandoc");
    assert.equal(config.severity.unsupported, "off");
    assert.equal(config.severity.disputed, "information");
    assert.equal(config.severity.contradicted, "error");
    assert.deepEqual(config.ignore, { words: ["Acme"], claims: ["Exactly this.", "/^Note:/i"] });
    assert.deepEqual(config.exclude, ["**/old/**"]);
  });

  it("never throws: each problem names the file and the key, defaults for the rest", () => {
    const r = parseConfig(
      JSON.stringify({ citationStyle: "harvard", sources: 3, drafts: ["ok.md", 5], severity: { contradicted: "loud", bogus: "error", misquote: "hint" }, ignore: { claims: ["/(unclosed/"], other: 1 }, colour: "red" }),
      "/w/groundwork.json",
    );
    assert.ok(r.problems.includes('groundwork.json: "citationStyle" must be one of footnote, pandoc, link; using footnote'), r.problems.join("\n"));
    assert.equal(r.config.citationStyle, "footnote");
    assert.ok(r.problems.some((p) => p.startsWith('groundwork.json: "sources" must be an array of strings')));
    assert.deepEqual(r.config.sources, ["sources"]);
    assert.deepEqual(r.config.drafts, ["ok.md"]);
    assert.ok(r.problems.some((p) => p.includes('"drafts[1]"')));
    assert.ok(r.problems.some((p) => p.includes('"severity.contradicted" must be one of error, warning, information, hint, off; using error')));
    assert.ok(r.problems.some((p) => p.includes('unknown code "severity.bogus"')));
    assert.equal(r.config.severity.misquote, "hint");
    assert.ok(r.problems.some((p) => p.includes('"ignore.claims[0]" is not a valid regular expression')));
    assert.deepEqual(r.config.ignore.claims, []);
    assert.ok(r.problems.some((p) => p.includes('unknown key "ignore.other"')));
    assert.ok(r.problems.some((p) => p.includes('unknown key "colour"')));
    for (const p of r.problems) assert.ok(p.startsWith("groundwork.json: "), p);
  });

  it("reports invalid JSON with its place, and non-objects", () => {
    const r = parseConfig('{\n  "sources": ["a"\n  "drafts": []\n}', ".groundwork.json");
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], /^\.groundwork\.json: invalid JSON/);
    assert.deepEqual(r.config, defaultConfig());
    assert.match(parseConfig("[1, 2]", "groundwork.json").problems[0], /must contain a JSON object, not an array/);
    assert.match(parseConfig("", "groundwork.json").problems[0], /empty/);
    for (const junk of ["null", "\"x\"", "{", "}", "{\"severity\": []}", "{\"ignore\": 5}", "{\"severity\": null}"]) assert.doesNotThrow(() => parseConfig(junk, "groundwork.json"));
  });

  it("loads groundwork.json or .groundwork.json from the workspace root", () => {
    const dir = mkdtempSync(join(tmpdir(), "gw-config-"));
    try {
      assert.deepEqual(loadConfig(dir), { config: defaultConfig(), problems: [] });
      writeFileSync(join(dir, ".groundwork.json"), '{"citationStyle": "link"}');
      let r = loadConfig(dir);
      assert.equal(r.path, join(dir, ".groundwork.json"));
      assert.equal(r.config.citationStyle, "link");
      writeFileSync(join(dir, "groundwork.json"), '{"citationStyle": "pandoc"}');
      r = loadConfig(dir);
      assert.equal(r.path, join(dir, "groundwork.json"));
      assert.equal(r.config.citationStyle, "pandoc");
      assert.equal(r.problems.length, 1);
      r = loadConfig(dir, join(dir, "missing.json"));
      assert.match(r.problems[0], /missing\.json: file not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("matches drafts and sources", () => {
    assert.ok(matchesGlob("a/b/c.md", "**/*.md"));
    assert.ok(matchesGlob("c.md", "**/*.md"));
    assert.ok(matchesGlob("a/c.md", "*.md"), "a pattern without '/' matches at any depth");
    assert.ok(matchesGlob("docs/x.markdown", "docs/*.{md,markdown}"));
    const c = { ...defaultConfig(), exclude: ["**/node_modules/**"] };
    assert.ok(isDraftPath(c, "drafts/piece.md"));
    assert.ok(!isDraftPath(c, "sources/notes.md"));
    assert.ok(!isDraftPath(c, "x/node_modules/y.md"));
    assert.ok(isSourcePath(c, "sources/a/b.txt"));
    assert.ok(!isSourcePath(c, "drafts/a.txt"));
  });

  it("ships a draft-07 schema that knows every key and code", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, "../../schemas/groundwork.schema.json"), "utf8"));
    assert.equal(schema.$schema, "http://json-schema.org/draft-07/schema#");
    assert.deepEqual(Object.keys(schema.properties).sort(), ["$schema", "citationStyle", "drafts", "exclude", "ignore", "severity", "sources"]);
    assert.deepEqual(Object.keys(schema.properties.severity.properties).sort(), [...FINDING_CODES].sort());
    for (const code of FINDING_CODES) assert.equal(schema.properties.severity.properties[code].default, defaultConfig().severity[code]);
  });
});
