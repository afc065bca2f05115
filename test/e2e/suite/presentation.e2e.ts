// The editor's presentation (issue 13): one lens per paragraph and its quick pick, sentence marks,
// no lens for a sentence being typed, one-line diagnostics that quote their words, the walkthrough's
// sample, entity mentions revealed at the sentence's start.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, groundworkDiagnostics, openCheckedDraft, openDraft, positionOf, revertDraft, waitFor, waitForDiagnostics, workspaceFolder } from "./helpers";
import { WRONG_FIGURE } from "./diagnostics.e2e";

interface ParagraphArgs {
  uri: string;
  version: number;
  claims: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; verdict: string; text: string; summary: string }[];
}

async function paragraphLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri, 100)) ?? [];
  return lenses.filter((l) => l.command?.command === "groundwork.showParagraphClaims");
}

const argsOf = (l: vscode.CodeLens) => l.command!.arguments![0] as ParagraphArgs;

export default function (): void {
  suite("presentation", () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await openCheckedDraft(WRONG_FIGURE);
    });
    suiteTeardown(async () => {
      await vscode.workspace.getConfiguration("groundwork").update("sentenceMarks", undefined, vscode.ConfigurationTarget.Workspace);
      await revertDraft();
    });

    test("one lens per paragraph, at its first line, summarising its verdicts in a few characters", async () => {
      const lenses = await waitFor(async () => {
        const ls = await paragraphLenses(doc.uri);
        return ls.length >= 8 ? ls : undefined;
      }, 30_000, "the paragraph lenses");
      const lines = lenses.map((l) => l.range.start.line);
      assert.equal(new Set(lines).size, lines.length, "never two lenses on one line");
      for (const l of lenses) {
        assert.match(l.command!.title, /^[✓✗⚖?] \d+( · [✓✗⚖?] \d+)*$/, l.command!.title);
        assert.ok(l.command!.title.length <= 24, `short: ${l.command!.title}`);
        assert.ok(l.range.start.line === 0 || doc.lineAt(l.range.start.line - 1).isEmptyOrWhitespace, `at a paragraph's first line: ${l.range.start.line + 1}`);
      }
      const wrong = lenses.find((l) => argsOf(l).claims.some((c) => c.text.includes(WRONG_FIGURE)))!;
      assert.equal(wrong.range.start.line, positionOf(doc, "Alphabet's Google, Scale AI's largest client").line);
      assert.equal(wrong.command!.title, "✓ 2 · ✗ 1");
      const claim = argsOf(wrong).claims.find((c) => c.text.includes(WRONG_FIGURE))!;
      assert.equal(claim.verdict, "contradicted");
      assert.match(claim.summary, /^“about \$300 million”: sources say \$200 million/);
    });

    test("clicking the lens lists the paragraph's sentences; picking one selects it", async () => {
      const lens = (await paragraphLenses(doc.uri)).find((l) => argsOf(l).claims.some((c) => c.text.includes(WRONG_FIGURE)))!;
      const args = argsOf(lens);
      const first = args.claims[0]!;
      const picked = vscode.commands.executeCommand<{ text: string } | undefined>(lens.command!.command, ...lens.command!.arguments!);
      // accept the quick pick's first item (the paragraph's first sentence) once it is open
      const isSelected = () => {
        const e = vscode.window.activeTextEditor;
        return !!e && e.selection.start.line === first.range.start.line && e.document.getText(e.selection) === first.text;
      };
      await waitFor(async () => isSelected() || (await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem"), false), 10_000, "the picked sentence selected in the editor");
      // then its actions are offered (once its quick fixes are known): close them
      let settled = false;
      void Promise.resolve(picked).then(() => (settled = true), () => (settled = true));
      await waitFor(async () => settled || (await vscode.commands.executeCommand("workbench.action.closeQuickOpen"), false), 10_000, "the actions closed");
      assert.equal((await picked)?.text, first.text);
    });

    test("sentence marks (groundwork.sentenceMarks): an inlay hint after each checked sentence", async () => {
      const range = new vscode.Range(0, 0, doc.lineCount, 0);
      const hints = () => vscode.commands.executeCommand<vscode.InlayHint[]>("vscode.executeInlayHintProvider", doc.uri, range).then((hs) => (hs ?? []).filter((h) => /^[✓✗⚖?]$/.test(String(h.label))));
      assert.equal((await hints()).length, 0, "off by default");
      await vscode.workspace.getConfiguration("groundwork").update("sentenceMarks", true, vscode.ConfigurationTarget.Workspace);
      const marks = await waitFor(async () => {
        const hs = await hints();
        return hs.length >= 20 ? hs : undefined;
      }, 20_000, "sentence marks");
      const end = positionOf(doc, WRONG_FIGURE);
      const wrong = marks.find((h) => h.position.line === end.line && h.label === "✗");
      assert.ok(wrong, `a ✗ mark on the wrong figure's line: ${marks.map((h) => `${h.position.line + 1}:${h.label}`).join(" ")}`);
      assert.equal(doc.getText(new vscode.Range(wrong.position.translate(0, -1), wrong.position)), ".", "after the sentence's final period");
    });

    test("no lens for a sentence being typed; it comes once the writer pauses on a finished sentence", async () => {
      const editor = await openDraft();
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const typed = "Google had planned to pay Scale about $500 million this year";
      await editor.edit((e) => e.insert(end, `\n\n${typed}`));
      const line = doc.lineCount - 1;
      await waitForDiagnostics((ds) => ds.some((d) => d.range.start.line === line), 30_000, "the typed sentence checked");
      assert.deepEqual((await paragraphLenses(doc.uri)).filter((l) => l.range.start.line === line).map((l) => l.command!.title), [], "no lens for the unfinished sentence");
      await editor.edit((e) => e.insert(doc.lineAt(line).range.end, "."));
      // finished: after the writer's pause (the lenses are asked for again then), the paragraph's lens
      const lens = await waitFor(async () => (await paragraphLenses(doc.uri)).find((l) => l.range.start.line === line), 15_000, "the lens after the pause");
      assert.equal(lens.command!.title, "✗ 1");
      await revertDraft();
    });

    test("diagnostics: one line each, no related passage (the hover has it), the words they are about quoted", async () => {
      const ds = await waitForDiagnostics((all) => all.length >= 5);
      for (const d of ds) {
        assert.equal(d.relatedInformation, undefined, d.message);
        assert.ok(!d.message.includes("\n"), d.message);
      }
      const wrong = ds.find((d) => doc.getText(d.range).includes(WRONG_FIGURE))!;
      assert.match(wrong.message, /^“about \$300 million”: sources say \$200 million \(\d+ articles\)/);
      const disputed = ds.find((d) => d.code === "disputed" || (typeof d.code === "object" && d.code.value === "disputed"))!;
      assert.match(disputed.message, /^“\$14\.1 billion”: sources disagree/);
      // no unit key (file hash plus a number) in any message a person reads
      for (const d of groundworkDiagnostics()) assert.ok(!/\b[0-9a-f]{3}_[0-9a-f]{8,}/.test(d.message + (d.relatedInformation?.[0]?.message ?? "")), d.message);
    });

    /**
     * `show` puts the draft's stored findings beside the server's: both sets are shown, and the
     * server's next publication for the draft replaces them.
     */
    async function storedFindingsShownThenReplaced(show: (gw: Awaited<ReturnType<typeof api>>) => void): Promise<void> {
      const gw = await api();
      await revertDraft();
      const server = await waitForDiagnostics((ds) => ds.length >= 5);
      const both = await waitFor(() => {
        show(gw);
        const all = groundworkDiagnostics();
        return all.length === 2 * server.length ? all : undefined;
      }, 15_000, "the stored findings shown");
      assert.deepEqual(both.map((d) => d.message).sort(), [...server, ...server].map((d) => d.message).sort());
      const editor = await openDraft();
      await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), "\n"));
      await waitFor(() => groundworkDiagnostics().length === server.length, 20_000, "the stored findings gone");
      await revertDraft();
    }

    test("after a reload, an unchanged draft shows its last findings until the server's arrive", async () => {
      // what activation does after a reload: the stored findings of the unchanged draft
      await storedFindingsShownThenReplaced((gw) => gw.lastDiagnostics.showForOpenDrafts());
    });

    test("a draft the editor hands over after activation (a reload's restored editor) shows its last findings too", async () => {
      // what opening the draft does (onDidOpenTextDocument) once its findings are stored
      await storedFindingsShownThenReplaced((gw) => gw.lastDiagnostics.showFor(doc));
    });

    test("the walkthrough's Open the Sample Draft opens the sample's draft, not another draft", async () => {
      const folder = workspaceFolder();
      const mine = ["a-chapter.md", "b-notes.md", "c-outline.md", "notes/d-draft.md"].map((p) => vscode.Uri.joinPath(folder, p));
      for (const uri of mine) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode("# My own draft\n\nSomething I am writing.\n"));
      try {
        await vscode.commands.executeCommand("workbench.action.closeAllEditors");
        await vscode.commands.executeCommand("groundwork.openWalkthroughSample");
        const active = await waitFor(() => vscode.window.activeTextEditor?.document, 10_000, "an editor");
        assert.equal(active.uri.toString(), vscode.Uri.joinPath(folder, "draft.md").toString());
      } finally {
        for (const uri of mine) await vscode.workspace.fs.delete(uri);
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, "notes"), { recursive: true });
      }
    });

    test("opening an entity mention puts the cursor at the sentence's start, in the middle of the screen", async () => {
      const gw = await api();
      await gw.entityTree.refresh();
      // a mention far from its line's start: the sentence's start must be where the editor scrolls to
      type Node = { type: string; mention?: { range: vscode.Range; excerpt: string; uri: string } };
      const mentions = gw.entityTree
        .getChildren()
        .flatMap((g) => gw.entityTree.getChildren(g))
        .flatMap((e) => gw.entityTree.getChildren(e) as Node[])
        .filter((n) => n.type === "mention" && n.mention!.range.start.character > 0);
      const node = mentions.sort((a, b) => b.mention!.range.start.character - a.mention!.range.start.character)[0];
      assert.ok(node, "a mention that does not start its line");
      const item = gw.entityTree.getTreeItem(node);
      assert.equal(item.command?.command, "groundwork.openMention");
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.includes("/sources/") ? vscode.window.activeTextEditor : undefined), 10_000, "the source open");
      const start = node.mention!.range.start;
      assert.equal(editor.selection.active.line, start.line);
      assert.equal(editor.selection.active.character, start.character, "the cursor (what the editor keeps in view) at the sentence's start");
      assert.ok(!editor.selection.isEmpty, "the sentence selected");
      assert.ok(editor.visibleRanges.some((r) => r.contains(new vscode.Position(start.line, 0))), "the sentence's line on screen");
    });
  });
}
