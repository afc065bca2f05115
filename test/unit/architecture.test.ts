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

/** Relative imports of a TypeScript file, resolved to files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']/gm)) {
    const base = join(file, "..", m[1]);
    const candidates = [base + ".ts", join(base, "index.ts")];
    const found = candidates.find((c) => {
      try {
        return statSync(c).isFile();
      } catch {
        return false;
      }
    });
    if (found) out.push(found);
  }
  return out;
}

describe("architecture of the claim checker", () => {
  const claimsDir = join(__dirname, "../../src/core/claims");
  const files = walk(claimsDir).filter((f) => f.endsWith(".ts"));

  it("has no import cycle inside src/core/claims", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((g) => g.startsWith(claimsDir))]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => p.slice(claimsDir.length + 1)).join(" → "));
        return;
      }
      state.set(f, "open");
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    assert.deepEqual(cycles, []);
  });

  it("checks, support and analysis never import the orchestrator", () => {
    const orchestrator = join(claimsDir, "check.ts");
    const offenders = files.filter((f) => f !== orchestrator && importsOf(f).includes(orchestrator));
    assert.deepEqual(offenders, []);
  });

  it("no check imports another check", () => {
    const checksDir = join(claimsDir, "checks");
    const checkFiles = files.filter((f) => f.startsWith(checksDir) && !f.endsWith("index.ts"));
    const offenders = checkFiles.filter((f) => importsOf(f).some((g) => g.startsWith(checksDir)));
    assert.deepEqual(offenders, []);
  });

  it("no source file is over 600 lines", () => {
    const long = walk(join(__dirname, "../../src"))
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => readFileSync(f, "utf8").split("\n").length > 600);
    assert.deepEqual(long, []);
  });
});
