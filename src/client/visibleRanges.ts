// Tells the server which lines of each Markdown editor are on screen, so that it checks them first.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Notifications, type VisibleRangesParams } from "../server/protocol";

export function sendVisibleRanges(client: LanguageClient): vscode.Disposable {
  const send = (editor: vscode.TextEditor) => {
    if (editor.document.languageId !== "markdown" || !client.isRunning()) return;
    const params: VisibleRangesParams = {
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      ranges: editor.visibleRanges.map((r) => ({ start: r.start.line, end: r.end.line })),
    };
    void client.sendNotification(Notifications.visibleRanges, params).catch(() => undefined);
  };
  const timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  const later = (editor: vscode.TextEditor) => {
    clearTimeout(timers.get(editor));
    timers.set(editor, setTimeout(() => (timers.delete(editor), send(editor)), 50));
  };
  vscode.window.visibleTextEditors.forEach(send);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => later(e.textEditor)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(send)),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
