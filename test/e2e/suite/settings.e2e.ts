// Settings and sources changing under a running extension: severity, CodeLens switch, a new source file.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, codeOf, diagnosticsOn, openDraft, revertDraft, waitFor, waitForDiagnostics, workspaceFolder } from "./helpers";
import { UNSUPPORTED, WRONG_FIGURE } from "./diagnostics.e2e";

export default function (): void {
  suite("settings and sources", () => {
    let doc: vscode.TextDocument;
    const config = () => vscode.workspace.getConfiguration("groundwork", workspaceFolder());
    const wrongFigure = () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === "groundwork" && codeOf(d) === "contradicted" && doc.getText(d.range).endsWith(WRONG_FIGURE));

    suiteSetup(async () => {
      await revertDraft();
      doc = (await openDraft()).document;
      await api();
      await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).endsWith(WRONG_FIGURE)));
    });
    suiteTeardown(async () => {
      await config().update("severity", undefined, vscode.ConfigurationTarget.Workspace);
      await config().update("codeLens.enabled", undefined, vscode.ConfigurationTarget.Workspace);
    });

    test("groundwork.severity: contradicted as a warning, then back to an error", async () => {
      assert.equal(wrongFigure()?.severity, vscode.DiagnosticSeverity.Error);
      await config().update("severity", { contradicted: "warning" }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => wrongFigure()?.severity === vscode.DiagnosticSeverity.Warning, 20_000, "the contradicted figure to become a warning");
      await config().update("severity", { contradicted: "off" }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !wrongFigure(), 20_000, "the contradicted figure's diagnostic to be switched off");
      assert.equal(diagnosticsOn(doc, UNSUPPORTED).length, 1, "other kinds are untouched");
      await config().update("severity", undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => wrongFigure()?.severity === vscode.DiagnosticSeverity.Error, 20_000, "the default severity back");
    });

    test("groundwork.codeLens.enabled: false removes the lenses", async () => {
      const lenses = async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", doc.uri)) ?? []).filter((l) => l.command?.command === "groundwork.showParagraphClaims");
      assert.ok((await lenses()).length > 0);
      await config().update("codeLens.enabled", false, vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await lenses()).length === 0, 20_000, "no Groundwork lenses");
      await config().update("codeLens.enabled", undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await lenses()).length > 0, 20_000, "the lenses back");
    });

    test("a new source file is indexed and supports a claim; deleting it brings the finding back", async () => {
      const gw = await api();
      const file = vscode.Uri.joinPath(workspaceFolder(), "sources", "005_london.txt");
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode("Scale AI opens London office\n\nScale AI will open a new office in London next year, the company said on Tuesday.\n"));
      try {
        await waitFor(async () => (await gw.client.sendRequest<{ files: number }>("groundwork/stats", {})).files === 6, 30_000, "6 source files indexed");
        await waitFor(() => diagnosticsOn(doc, UNSUPPORTED).length === 0, 30_000, "the London claim to be supported by the new source");
      } finally {
        await vscode.workspace.fs.delete(file);
      }
      await waitFor(async () => (await gw.client.sendRequest<{ files: number }>("groundwork/stats", {})).files === 5, 30_000, "5 source files again");
      await waitFor(() => diagnosticsOn(doc, UNSUPPORTED).length === 1, 30_000, "the London claim unsupported again");
    });
  });
}
