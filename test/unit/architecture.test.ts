import { strict as assert } from "node:assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe("architecture", () => {
  it("src/core never imports vscode or the language server", () => {
    const offenders = walk(join(__dirname, "../../src/core"))
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /from\s+["'](vscode|vscode-languageserver[^"']*|vscode-languageclient[^"']*)["']|require\(\s*["']vscode["']\s*\)/.test(readFileSync(f, "utf8")));
    assert.deepEqual(offenders, []);
  });
});
