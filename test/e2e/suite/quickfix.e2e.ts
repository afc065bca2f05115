// Quick fixes through vscode.executeCodeActionProvider, applied with workspace.applyEdit, undone with one undo.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, diagnosticsOn, draftOnDisk, openDraft, rangeOf, revertDraft, waitFor, waitForDiagnostics } from "./helpers";
import { DISPUTED_FIGURE, UNSUPPORTED, WRONG_FIGURE } from "./diagnostics.e2e";

const TRUE_CLAIM = "Founded in 2016, Scale AI prepares training data for AI models.";

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>("vscode.executeCodeActionProvider", uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return all.filter((a): a is vscode.CodeAction => "title" in a && "edit" in a && a.edit !== undefined);
}

/** Applies the action's edit, checks the text, then one undo must give back the original text. */
async function applyAndUndo(editor: vscode.TextEditor, action: vscode.CodeAction, check: (text: string) => void): Promise<void> {
  const doc = editor.document;
  const before = doc.getText();
  assert.ok(await vscode.workspace.applyEdit(action.edit!), `applyEdit("${action.title}") succeeded`);
  const after = doc.getText();
  assert.notEqual(after, before, "the edit changed the draft");
  check(after);
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  await vscode.commands.executeCommand("undo");
  await waitFor(() => doc.getText() === before, 5_000, "one undo to restore the draft's text");
}

export default function (): void {
  suite("quick fixes", () => {
    let editor: vscode.TextEditor;
    let doc: vscode.TextDocument;

    suiteSetup(async () => {
      await revertDraft();
      editor = await openDraft();
      doc = editor.document;
      await api();
      await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).includes(WRONG_FIGURE)) && ds.some((d) => doc.getText(d.range).includes("London")));
    });
    teardown(revertDraft);
    suiteTeardown(revertDraft);

    test(`replace "${WRONG_FIGURE}" with the sources' "$200 million" (preferred fix)`, async () => {
      const actions = await actionsAt(doc.uri, rangeOf(doc, WRONG_FIGURE));
      const fix = actions.find((a) => a.title.includes("Replace") && a.title.includes("$200 million"));
      assert.ok(fix, `a replace fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(fix.isPreferred, true, "the replace fix of a contradicted figure is preferred");
      // (fix.diagnostics cannot be checked here: vscode.executeCodeActionProvider does not convert them back)
      const line = doc.lineAt(rangeOf(doc, WRONG_FIGURE).start.line).text;
      await applyAndUndo(editor, fix, (text) => {
        // only the figure becomes the sources' value: the hedge "about" stays, it is not the error
        assert.ok(text.includes(line.replace(WRONG_FIGURE, "$200 million")), `only the figure was replaced: ${text.split("\n").find((l) => l.includes("Google had planned"))}`);
        assert.ok(text.includes("about $200 million"), "the hedge stays");
        assert.ok(!text.includes(WRONG_FIGURE), "the wrong figure is gone");
      });
    });

    test("actions follow the verdict: no Cite on a contradicted claim, no ignore on a supported one", async () => {
      const wrong = await actionsAt(doc.uri, rangeOf(doc, WRONG_FIGURE));
      assert.ok(!wrong.some((a) => a.title.startsWith("Cite")), `no cite on the contradicted claim; got ${JSON.stringify(wrong.map((a) => a.title))}`);
      assert.ok(wrong.some((a) => a.title === "Groundwork: ignore this claim"), "the contradicted claim can be ignored");
      const right = await actionsAt(doc.uri, rangeOf(doc, TRUE_CLAIM));
      assert.ok(right.some((a) => a.title.startsWith("Cite")), `the supported claim can be cited; got ${JSON.stringify(right.map((a) => a.title))}`);
      assert.ok(!right.some((a) => a.title === "Groundwork: ignore this claim"), "nothing to ignore on a supported claim");
    });

    test(`the disputed "${DISPUTED_FIGURE}" offers the majority's "$14.3 billion", not as the preferred fix`, async () => {
      const actions = await actionsAt(doc.uri, rangeOf(doc, DISPUTED_FIGURE));
      const fix = actions.find((a) => a.title.includes("Replace") && a.title.includes("$14.3 billion"));
      assert.ok(fix, `a replace fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.notEqual(fix.isPreferred, true, "a disputed value is not auto-fixed");
      await applyAndUndo(editor, fix, (text) => assert.ok(text.includes("Scale AI for $14.3 billion, according to one report"), "the figure became $14.3 billion"));
    });

    test("the misquote gets the source's wording, which the source gives to the same speaker", async () => {
      const quote = "Scale remains an independent company with no plans to change.";
      const actions = await actionsAt(doc.uri, rangeOf(doc, quote));
      const fix = actions.find((a) => a.title.startsWith("Replace") && a.title.includes("the source's wording"));
      assert.ok(fix, `a fix with the source's wording; got ${JSON.stringify(actions.map((a) => a.title))}`);
      await applyAndUndo(editor, fix, (text) => assert.ok(text.includes('Droege wrote that "Scale remains, unequivocally, an independent company."'), "the source's words, in the draft's quotation marks"));
    });

    test("insert a footnote citation after a supported claim, with its definition at the end", async () => {
      const actions = await actionsAt(doc.uri, rangeOf(doc, TRUE_CLAIM));
      const cite = actions.find((a) => a.title.startsWith("Cite") && a.title.includes("(footnote)"));
      assert.ok(cite, `a cite fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      await applyAndUndo(editor, cite, (text) => {
        const m = /Founded in 2016, Scale AI prepares training data for AI models\.?\s?\[\^([^\]\s]+)\]/.exec(text);
        assert.ok(m, `a [^key] after the claim: ${text.slice(text.indexOf("Founded in 2016"), text.indexOf("Founded in 2016") + 120)}`);
        // a readable key from the source's title, never the file's hash name
        assert.match(m[1]!, /^[a-z0-9]+(-[a-z0-9]+)*$/, `a readable key: ${m[1]}`);
        assert.ok(!/\d{3}_[0-9a-f]{8}/.test(m[1]!), `not the file name: ${m[1]}`);
        const def = new RegExp(`^\\[\\^${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\]: (.+)$`, "m").exec(text);
        assert.ok(def, "its footnote definition");
        // a publishable definition: the source's title, no local path or line number
        assert.ok(!/sources\/|\.txt|\bline \d/.test(def[1]!), `no local path in the definition: ${def[1]}`);
        assert.ok(/Scale AI|Meta|Google|OpenAI/.test(def[1]!), `the source's title: ${def[1]}`);
        assert.ok(text.lastIndexOf(`[^${m[1]}]:`) > text.indexOf("```text"), "the definition goes at the end of the draft");
      });
    });

    test("cite the sample's PDF report in a footnote: the definition gives the page", async () => {
      // the PDF report (004) is the first source of this claim
      const claim = "Scale generated $870 million in revenue in 2024.";
      const actions = await actionsAt(doc.uri, rangeOf(doc, claim));
      const cite = actions.find((a) => a.title.startsWith("Cite “Google to cut ties with Scale AI") && a.title.includes("(footnote)"));
      assert.ok(cite, `a fix citing the PDF report; got ${JSON.stringify(actions.map((a) => a.title))}`);
      await applyAndUndo(editor, cite, (text) => {
        // the report's readable key (from its metadata) with the page: [^techbooky-2025-p1]
        const m = /\$870 million in revenue in 2024\.?\s?\[\^([a-z0-9]+(?:-[a-z0-9]+)*-p(\d+))\]/.exec(text);
        assert.ok(m, `a [^key-pN] after the claim: ${text.slice(text.indexOf("$870 million"), text.indexOf("$870 million") + 120)}`);
        assert.ok(!/\d{3}_[0-9a-f]{8}/.test(m[1]!), `not the file name: ${m[1]}`);
        assert.match(text, new RegExp(`^\\[\\^${m[1]}\\]: Google to cut ties with Scale AI after Meta deal, .*p\\. ${m[2]}(?:, <[^>]+>)?\\.$`, "m"), "its definition gives the page");
      });
    });

    test("ignore a claim with the groundwork-ignore comment, which silences its diagnostic", async () => {
      assert.equal(diagnosticsOn(doc, UNSUPPORTED).length, 1, "the London claim has its diagnostic first");
      const actions = await actionsAt(doc.uri, rangeOf(doc, UNSUPPORTED));
      const ignore = actions.find((a) => a.title === "Groundwork: ignore this claim");
      assert.ok(ignore, `an ignore fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      const original = await draftOnDisk();
      assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
      const text = doc.getText();
      // at the sentence's end, after its full stop (never inside the sentence)
      assert.match(text, /London next year\. <!-- groundwork-ignore -->/);
      assert.equal(text.replace(" <!-- groundwork-ignore -->", ""), original, "only the marker was inserted");
      await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === "groundwork" && doc.getText(d.range).includes("London")), 20_000, "the ignored claim's diagnostic to go away");
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand("undo");
      await waitFor(() => doc.getText() === original, 5_000, "one undo to restore the draft's text");
      await waitFor(() => diagnosticsOn(doc, UNSUPPORTED).length === 1, 20_000, "the diagnostic to come back after the undo");
    });
  });
}
