// CodeLens through vscode.executeCodeLensProvider: one short lens per paragraph with its verdicts.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { openCheckedDraft, positionOf, waitFor } from "./helpers";
import { MISQUOTE, UNSUPPORTED, WRONG_FIGURE } from "./diagnostics.e2e";

async function groundworkLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri, 100)) ?? [];
  return lenses.filter((l) => l.command?.command === "groundwork.showParagraphClaims");
}

export default function (): void {
  suite("CodeLens", () => {
    let doc: vscode.TextDocument;
    let lenses: vscode.CodeLens[];
    /** The lens of the paragraph holding needle (the lens is on the paragraph's first line). */
    const lensOf = (needle: string) => {
      let line = positionOf(doc, needle).line;
      while (line > 0 && !doc.lineAt(line - 1).isEmptyOrWhitespace) line--;
      return lenses.filter((l) => l.range.start.line === line).map((l) => l.command!.title);
    };

    suiteSetup(async () => {
      doc = await openCheckedDraft(WRONG_FIGURE);
      lenses = await waitFor(async () => {
        const ls = await groundworkLenses(doc.uri);
        return ls.length >= 13 ? ls : undefined;
      }, 30_000, "a lens on each of the 13 checked paragraphs");
    });

    test(`the wrong figure's paragraph: "✓ 2 · ✗ 1"`, () => {
      assert.deepEqual(lensOf(WRONG_FIGURE), ["✓ 2 · ✗ 1"]);
    });

    test('the unsupported claim\'s paragraph counts it as "?"', () => {
      assert.deepEqual(lensOf(UNSUPPORTED), ["✓ 1 · ? 1"]);
    });

    test("the misquote's paragraph counts it as ✗; the deal paragraph has ✓, ✗ and ⚖", () => {
      assert.deepEqual(lensOf(MISQUOTE), ["✓ 1 · ✗ 1"]);
      assert.deepEqual(lensOf("The deal was announced on June 12."), ["✓ 1 · ✗ 1 · ⚖ 1"]);
    });

    test("a paragraph of true claims: ✓ and their number", () => {
      assert.deepEqual(lensOf("Meta Platforms agreed to put $14.3 billion"), ["✓ 3"]);
    });

    test("no lens in the front matter, the code block, on the ignored claim or the opinions", () => {
      const text = doc.getText();
      const fmEnd = doc.positionAt(text.indexOf("\n---", 3)).line;
      const skipped = ["Meta paid $99 billion for 80%", "Scale AI will be worth $100 billion", "Trust has become the most valuable asset"].map((n) => positionOf(doc, n).line);
      const bad = lenses.filter((l) => l.range.start.line <= fmEnd || skipped.some((s) => Math.abs(s - l.range.start.line) <= 1));
      assert.deepEqual(bad.map((l) => `${l.range.start.line + 1}: ${l.command!.title}`), []);
    });

    test("each lens carries its paragraph's sentences, with verdicts and summaries", () => {
      for (const l of lenses) {
        const [args] = (l.command!.arguments ?? []) as [{ uri: string; version: number; claims: { text: string; verdict: string; summary: string }[] }];
        assert.ok(args, `arguments on "${l.command!.title}"`);
        assert.equal(vscode.Uri.parse(args.uri).toString(), doc.uri.toString());
        assert.equal(args.version, doc.version);
        const counted = l.command!.title.split(" · ").reduce((n, part) => n + Number(part.split(" ")[1]), 0);
        assert.equal(args.claims.length, counted, l.command!.title);
        for (const c of args.claims) assert.ok(c.summary.length > 0 && doc.getText().includes(c.text), JSON.stringify(c));
      }
    });
  });
}
