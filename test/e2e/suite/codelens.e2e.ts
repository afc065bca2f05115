// CodeLens titles through vscode.executeCodeLensProvider.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, openDraft, positionOf, revertDraft, waitFor, waitForDiagnostics } from "./helpers";
import { MISQUOTE, UNSUPPORTED, WRONG_FIGURE } from "./diagnostics.e2e";

async function groundworkLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri, 100)) ?? [];
  return lenses.filter((l) => l.command?.command === "groundwork.insertCitation");
}

export default function (): void {
  suite("CodeLens", () => {
    let doc: vscode.TextDocument;
    let lenses: vscode.CodeLens[];
    const titlesOnLineOf = (needle: string, after?: string) => {
      const line = positionOf(doc, needle, after).line;
      return lenses.filter((l) => l.range.start.line === line).map((l) => l.command!.title);
    };

    suiteSetup(async () => {
      await revertDraft();
      doc = (await openDraft()).document;
      await api();
      await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).includes(WRONG_FIGURE)));
      lenses = await waitFor(async () => {
        const ls = await groundworkLenses(doc.uri);
        return ls.length >= 5 ? ls : undefined;
      }, 30_000, "at least 5 Groundwork lenses");
    });

    test(`the wrong figure's claim: "⚠ sources say $200 million"`, () => {
      const titles = titlesOnLineOf(WRONG_FIGURE);
      assert.ok(titles.includes("⚠ sources say $200 million"), `lenses on that line: ${JSON.stringify(titles)}`);
    });

    test('the unsupported claim: "? no source supports this"', () => {
      const titles = titlesOnLineOf(UNSUPPORTED);
      assert.ok(titles.includes("? no source supports this"), `lenses on that line: ${JSON.stringify(titles)}`);
    });

    test('the misquote\'s claim: "⚠ the sources do not have this quote"', () => {
      const titles = titlesOnLineOf(MISQUOTE);
      assert.ok(titles.includes("⚠ the sources do not have this quote"), `lenses on that line: ${JSON.stringify(titles)}`);
    });

    test("true claims: ✓ and their sources' titles", () => {
      const titles = titlesOnLineOf("Meta Platforms agreed to put $14.3 billion");
      const ok = titles.filter((t) => t.startsWith("✓"));
      assert.ok(ok.length >= 1, `a ✓ lens on the first paragraph: ${JSON.stringify(titles)}`);
      assert.ok(ok.some((t) => t.length > 2), "the lens names a source");
    });

    test("no lens in the front matter, the code block or on the ignored claim", () => {
      const text = doc.getText();
      const fmEnd = doc.positionAt(text.indexOf("\n---", 3)).line;
      const codeLine = positionOf(doc, "Meta paid $99 billion for 80%").line;
      const ignoredLine = positionOf(doc, "Scale AI will be worth $100 billion").line;
      const bad = lenses.filter((l) => l.range.start.line <= fmEnd || l.range.start.line === codeLine || l.range.start.line === ignoredLine);
      assert.deepEqual(bad.map((l) => `${l.range.start.line + 1}: ${l.command!.title}`), []);
    });

    test("each lens carries the arguments of groundwork.insertCitation for its claim", () => {
      for (const l of lenses) {
        const [args] = (l.command!.arguments ?? []) as [{ uri: string; version: number; position: unknown; keys: string[] }];
        assert.ok(args, `arguments on "${l.command!.title}"`);
        assert.equal(vscode.Uri.parse(args.uri).toString(), doc.uri.toString());
        assert.ok(Array.isArray(args.keys));
      }
    });
  });
}
