// The paragraph lens's command: a quick pick of the paragraph's sentences with their verdicts;
// picking one selects it in the editor and offers its actions (its quick fixes, its sources, a citation).
import * as vscode from "vscode";
import { shorten } from "../core/text/clip";
import type { ParagraphClaim, ParagraphLensArgs } from "../server/codelens";
import { COMMANDS } from "../server/protocol";

const ICON: Record<string, string> = { supported: "$(pass)", contradicted: "$(error)", disputed: "$(warning)", unsupported: "$(question)" };

interface ClaimItem extends vscode.QuickPickItem {
  claim: ParagraphClaim;
}

interface ActionItem extends vscode.QuickPickItem {
  run: () => Thenable<unknown>;
}

function toRange(r: ParagraphClaim["range"]): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The items of the sentences' quick pick, in the paragraph's order. */
export function paragraphItems(args: ParagraphLensArgs): ClaimItem[] {
  // the verdict on its own line under the sentence: a long sentence never hides it
  return args.claims.map((claim) => ({ label: `${ICON[claim.verdict] ?? ""} ${shorten(claim.text, 90)}`, detail: claim.summary, claim }));
}

async function actionsFor(uri: vscode.Uri, args: ParagraphLensArgs, claim: ParagraphClaim): Promise<ActionItem[]> {
  const range = toRange(claim.range);
  const fixes = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const items: ActionItem[] = fixes
    .filter((a) => a.edit || a.command)
    .map((a) => ({
      label: `$(lightbulb) ${a.title}`,
      run: async () => {
        if (a.edit) await vscode.workspace.applyEdit(a.edit);
        if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
      },
    }));
  if (claim.verdict !== "unsupported") items.push({ label: "$(book) Show the sources of this sentence…", run: () => vscode.commands.executeCommand(COMMANDS.showClaimSources, { uri: args.uri, position: claim.range.start }) });
  if (claim.verdict === "supported" || claim.verdict === "unsupported") items.push({ label: "$(quote) Insert a citation…", run: () => vscode.commands.executeCommand(COMMANDS.insertCitation, { uri: args.uri, version: args.version, position: claim.range.end, keys: [] }) });
  return items;
}

/** Shows the paragraph's sentences; returns the picked sentence (undefined if none was picked). */
export async function showParagraphClaims(args: ParagraphLensArgs | undefined): Promise<ParagraphClaim | undefined> {
  if (!args?.claims?.length) return undefined;
  const uri = vscode.Uri.parse(args.uri);
  const picked = await vscode.window.showQuickPick(paragraphItems(args), { title: "Groundwork: the paragraph's sentences", placeHolder: "Pick a sentence to go to it and see its actions", matchOnDetail: true });
  if (!picked) return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const range = toRange(picked.claim.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const actions = await actionsFor(uri, args, picked.claim);
  if (actions.length) {
    const action = await vscode.window.showQuickPick(actions, { title: shorten(picked.claim.text, 80), placeHolder: picked.claim.summary });
    await action?.run();
  }
  return picked.claim;
}
