// The Groundwork client: starts the language server and adds views, commands and the status bar.
// It reads no workspace files itself except through the server or workspace.fs (works remote/web-served).
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { earlyServer } from "./serverProcess";
import Fuse from "fuse.js/basic";
import { EntityTreeProvider, OPEN_MENTION_COMMAND, openMention, type EntityNode } from "./entityTree";
import {
  COMMANDS,
  Notifications,
  Requests,
  type BibliographyFormat,
  type BibliographyResult,
  type CheckAllResult,
  type CitationEditResult,
  type ClaimSourcesResult,
  type EntitiesResult,
  type EntityInfo,
  type PassageInfo,
  type PassagesResult,
  type StatsResult,
  type StatusNotification,
} from "../server/protocol";
import { shorten } from "../core/text/clip";
import { sourceCountLabel } from "../core/sources/count";
import { showParagraphClaims } from "./paragraphClaims";
import { sendVisibleRanges } from "./visibleRanges";
import { LastDiagnostics } from "./lastDiagnostics";
import { traceProcessStart, traceStep } from "../server/trace";

export interface GroundworkApi {
  client: LanguageClient;
  entityTree: EntityTreeProvider;
  /** Resolves when the first indexing of the sources finished. */
  ready: Promise<void>;
  /** The findings shown after a reload until the server's arrive. */
  lastDiagnostics: LastDiagnostics;
}

let client: LanguageClient | undefined;

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** True when an installed extension views PDFs in the editor. */
function hasPdfEditor(): boolean {
  return vscode.extensions.all.some((e) =>
    ((e.packageJSON?.contributes?.customEditors ?? []) as { selector?: { filenamePattern?: string }[] }[]).some((c) => c.selector?.some((s) => /\.pdf$/i.test(s.filenamePattern ?? ""))),
  );
}

async function openPassage(p: { uri: string; range: PassageInfo["range"]; page?: number }): Promise<void> {
  const uri = vscode.Uri.parse(p.uri);
  // a PDF or Word file is not text: VS Code's PDF viewer when one is installed, else the system's
  if (/\.(pdf|docx)$/i.test(uri.path)) {
    if (/\.pdf$/i.test(uri.path) && hasPdfEditor()) await vscode.commands.executeCommand("vscode.open", uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    else await vscode.env.openExternal(uri);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { selection: toRange(p.range), preview: true, viewColumn: vscode.ViewColumn.Beside });
}


interface PassageItem extends vscode.QuickPickItem {
  passage: PassageInfo;
}

/** A quick pick over passages, fuzzy-filtered by title, key and text with fuse.js. */
function pickPassage(passages: PassageInfo[], placeholder: string): Promise<PassageInfo | undefined> {
  const items: PassageItem[] = passages.map((p) => ({
    label: `${p.title || p.file}${p.section ? " " + p.section : ""}${p.page ? `, p. ${p.page}` : p.heading ? `, § ${p.heading.text}` : ""}`,
    description: p.publisher ?? "",
    detail: shorten(p.text, 200), // titles only: unit keys are internal
    alwaysShow: true,
    passage: p,
  }));
  const fuse = new Fuse(items, {
    keys: [
      { name: "label", weight: 2 },
      { name: "detail", weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.4,
  });
  const qp = vscode.window.createQuickPick<PassageItem>();
  qp.placeholder = placeholder;
  qp.matchOnDetail = true;
  qp.items = items.slice(0, 300);
  return new Promise((resolve) => {
    let done = false;
    qp.onDidChangeValue((value) => {
      qp.items = value.trim() ? fuse.search(value, { limit: 200 }).map((r) => r.item) : items.slice(0, 300);
    });
    qp.onDidAccept(() => {
      done = true;
      resolve(qp.selectedItems[0]?.passage);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

// A starter groundwork.json (schemas/groundwork.schema.json is associated with it by file name).
const STARTER_CONFIG = {
  sources: ["sources"],
  drafts: ["**/*.md"],
  citationStyle: "footnote",
  severity: { unsupported: "information" },
  ignore: { words: [], claims: [] },
  exclude: [],
};

export async function activate(context: vscode.ExtensionContext): Promise<GroundworkApi> {
  traceProcessStart("client");
  traceStep("client", "activate", { drafts: vscode.workspace.textDocuments.filter((d) => d.languageId === "markdown").length });
  // the server is forked now, not after the client's start goes through the busy event loop
  const debug = process.execArgv.some((a) => /^--(inspect|debug)(-brk)?(=|$)/.test(a));
  // Node's compile cache for the server's bundle (dist/server.js turns it on): never in the workspace
  const compileCache = { GROUNDWORK_COMPILE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, "compile-cache").fsPath };
  const server = earlyServer(context.asAbsolutePath("dist/server.js"), debug ? ["--nolazy", "--inspect=6011"] : [], (text) => client?.outputChannel.append(text), compileCache);
  const serverOptions: ServerOptions = () => server.start();
  // an unchanged draft shows its last findings at once after a reload, until the server's arrive
  const lastDiagnostics = new LastDiagnostics(context.workspaceState);
  context.subscriptions.push(lastDiagnostics);
  traceStep("client", "lastFindings", { shown: lastDiagnostics.showForOpenDrafts() });
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId !== "markdown") return;
      traceStep("client", "opened", { file: d.uri.path.split("/").pop(), lastFindings: lastDiagnostics.showFor(d) });
    }),
  );
  // Sources are watched through the client: any file may be a source (the server filters by folder).
  const watcher = vscode.workspace.createFileSystemWatcher("**/*");
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
    ],
    synchronize: { fileEvents: watcher },
    diagnosticCollectionName: "groundwork",
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        traceStep("client", "diagnostics", { file: uri.path.split("/").pop(), count: diagnostics.length });
        lastDiagnostics.published(uri, diagnostics);
        next(uri, diagnostics);
      },
    },
    // hovers may run exactly one command: their "more" link listing every passage of the claim
    markdown: { isTrusted: { enabledCommands: [COMMANDS.showClaimSources] }, supportHtml: false },
    // In Restricted Mode the server ignores sources folders outside the workspace. The storage
    // folder holds the persistent index cache (so a restart does not parse the sources again). The
    // settings as the server would ask for them: it starts indexing without waiting for an answer.
    initializationOptions: {
      trusted: vscode.workspace.isTrusted,
      storagePath: (context.storageUri ?? context.globalStorageUri)?.fsPath,
      settings: vscode.workspace.getConfiguration().get("groundwork"),
      // the hover shows the deciding passage by title; as related information VS Code would show it
      // again, labelled by file name and offsets, and expand it in the Problems panel
      relatedPassage: false,
    },
  };
  client = new LanguageClient("groundwork", "Groundwork", serverOptions, clientOptions);
  const lc = client;

  let stats: StatsResult | undefined;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const entityTree = new EntityTreeProvider(async () => {
    if (!lc.isRunning()) return { groups: [] };
    return lc.sendRequest<EntitiesResult>(Requests.entities, {});
  });
  const treeView = vscode.window.createTreeView<EntityNode>("groundwork.entities", { treeDataProvider: entityTree, showCollapseAll: true });
  context.subscriptions.push(treeView);

  // Status bar: sources, indexing, issues in the current draft.
  const status = vscode.window.createStatusBarItem("groundwork.status", vscode.StatusBarAlignment.Left, 50);
  status.name = "Groundwork";
  status.command = "groundwork.showProblems";
  context.subscriptions.push(status);
  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const issues = editor && editor.document.languageId === "markdown" ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === "groundwork").length : undefined;
    if (!stats || stats.state === "indexing") {
      status.text = "$(sync~spin) Groundwork: indexing…";
    } else if (stats.state === "error") {
      status.text = "$(error) Groundwork";
    } else {
      status.text =
        `$(book) ${sourceCountLabel(stats.files, stats.units)}` +
        (stats.skipped.length ? ` ($(circle-slash) ${stats.skipped.length} skipped)` : "") +
        (issues !== undefined ? ` · $(warning) ${issues}` : "");
    }
    const tip = new vscode.MarkdownString();
    tip.appendText(
      [
        "Groundwork",
        stats ? `Sources: ${sourceCountLabel(stats.files, stats.units)}` : "Starting…",
        stats?.roots.length ? `Folders: ${stats.roots.join(", ")}` : "No sources folder found",
        stats?.skipped.length ? `Skipped: ${stats.skipped.length} file(s)` : "",
        stats?.error ? `Error: ${stats.error}` : "",
        issues !== undefined ? `Issues in this draft: ${issues}` : "",
        "Click to list Groundwork's findings in open drafts (pick one to go to it)",
      ]
        .filter(Boolean)
        .join("\n"),
    );
    status.tooltip = tip;
    status.show();
  };
  updateStatus();
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
  );

  let shownProblems = "";
  let shownIndex = "";
  let entitiesStale = false;
  context.subscriptions.push(
    treeView.onDidChangeVisibility((e) => {
      if (e.visible && entitiesStale) {
        entitiesStale = false;
        void entityTree.refresh();
      }
    }),
  );
  lc.onNotification(Notifications.status, (s: StatusNotification) => {
    stats = s;
    updateStatus();
    // a broken config file is said once per distinct problem, with a way to open it
    const problems = (s.configProblems ?? []).join("\n");
    if (problems && problems !== shownProblems) {
      shownProblems = problems;
      void vscode.window.showWarningMessage(`Groundwork: ${s.configProblems[0]}${s.configProblems.length > 1 ? ` (+${s.configProblems.length - 1} more in the output)` : ""}`, "Open Config File").then((pick) => {
        if (pick) void vscode.commands.executeCommand("groundwork.openConfig");
      });
    }
    // the entities only when the index changed: a status also comes with every check's issue count,
    // and fetching every entity of a large corpus each time kept the extension host busy for seconds
    if (s.state === "indexing") shownIndex = ""; // a re-index: fetch them once it is done
    const index = JSON.stringify([s.state, s.roots, s.files, s.units, s.indexVersion]);
    if ((s.state === "ready" || s.state === "error") && index !== shownIndex) {
      shownIndex = index;
      // the server collects a large corpus's entities in seconds, meanwhile checking nothing: only
      // for a view on screen; a hidden view fetches them when it is shown
      if (treeView.visible) void entityTree.refresh().then(resolveReady, resolveReady);
      else {
        entitiesStale = true;
        resolveReady();
      }
    }
  });

  const requireRunning = async () => {
    if (!lc.isRunning()) await ready;
  };

  const activeDraft = (): vscode.TextEditor | undefined => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.languageId === "markdown" ? e : undefined;
  };

  async function insertCitation(args?: { uri?: string; version?: number; position?: { line: number; character: number }; keys?: string[] }): Promise<boolean> {
    await requireRunning();
    let editor = activeDraft();
    if (args?.uri) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      editor = await vscode.window.showTextDocument(doc);
    }
    if (!editor) {
      void vscode.window.showInformationMessage("Groundwork: open a Markdown draft and put the cursor in a claim.");
      return false;
    }
    const doc = editor.document;
    const position = args?.position ?? editor.selection.active;
    const { passages } = await lc.sendRequest<PassagesResult>(Requests.passages, { uri: doc.uri.toString(), position, limit: 3000 });
    if (!passages.length) {
      void vscode.window.showInformationMessage("Groundwork: no sources indexed.");
      return false;
    }
    const picked = await pickPassage(passages, "Cite which source? (type to search titles and passages)");
    if (!picked) return false;
    const result = await lc.sendRequest<CitationEditResult>(Requests.citationEdit, {
      uri: doc.uri.toString(),
      version: doc.version,
      position,
      key: picked.key,
    });
    if (!result.edit) {
      void vscode.window.showWarningMessage(`Groundwork: ${result.error ?? "could not insert the citation."}`);
      return false;
    }
    const edit = await lc.protocol2CodeConverter.asWorkspaceEdit(result.edit as Parameters<typeof lc.protocol2CodeConverter.asWorkspaceEdit>[0] & object);
    return vscode.workspace.applyEdit(edit);
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.reindex, async () => {
      await requireRunning();
      const s = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "Groundwork: indexing sources…" }, () =>
        lc.sendRequest<StatsResult>(Requests.reindex, { trusted: vscode.workspace.isTrusted }),
      );
      stats = s;
      updateStatus();
      await entityTree.refresh();
      const skipped = s.skipped.length ? ` (${s.skipped.length} skipped)` : "";
      if (s.state === "error") void vscode.window.showErrorMessage(`Groundwork: indexing failed: ${s.error ?? "unknown error"}`);
      else void vscode.window.showInformationMessage(`Groundwork: indexed ${sourceCountLabel(s.files, s.units)}${skipped}.`);
      return s;
    }),
    vscode.commands.registerCommand(COMMANDS.checkAll, async () => {
      await requireRunning();
      const r = await lc.sendRequest<CheckAllResult>(Requests.checkAll);
      void vscode.window.showInformationMessage(`Groundwork: checked ${r.drafts} draft${r.drafts === 1 ? "" : "s"}, ${r.issues} issue${r.issues === 1 ? "" : "s"}.`);
      return r;
    }),
    vscode.commands.registerCommand(COMMANDS.insertCitation, insertCitation),
    vscode.commands.registerCommand(COMMANDS.exportBibliography, async (format?: BibliographyFormat, target?: vscode.Uri) => {
      await requireRunning();
      const fmt =
        format ??
        (
          await vscode.window.showQuickPick(
            [
              { label: "CSL-JSON", description: "bibliography.json (Pandoc, Zotero)", format: "csl-json" as const },
              { label: "BibTeX", description: "bibliography.bib", format: "bibtex" as const },
            ],
            { placeHolder: "Bibliography format" },
          )
        )?.format;
      if (!fmt) return undefined;
      const draft = activeDraft();
      const r = await lc.sendRequest<BibliographyResult>(Requests.bibliography, { format: fmt, uri: draft?.document.uri.toString() });
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = fmt === "bibtex" ? "bibliography.bib" : "bibliography.json";
      const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: fmt === "bibtex" ? { BibTeX: ["bib"] } : { "CSL-JSON": ["json"] } }));
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(r.content));
      void vscode.window.showInformationMessage(`Groundwork: exported ${sourceCountLabel(r.files, r.count)} to ${vscode.workspace.asRelativePath(uri)}.`);
      return uri;
    }),
    // from the palette (the claim at the cursor) or a hover's "more" link ({ uri, position })
    vscode.commands.registerCommand(COMMANDS.showClaimSources, async (at?: { uri: string; position: { line: number; character: number } }) => {
      await requireRunning();
      const editor = activeDraft();
      if (!editor && !at) {
        void vscode.window.showInformationMessage("Groundwork: put the cursor in a claim of a Markdown draft.");
        return undefined;
      }
      const r = await lc.sendRequest<ClaimSourcesResult>(Requests.claimSources, at ?? { uri: editor!.document.uri.toString(), position: editor!.selection.active });
      if (!r.claim) {
        void vscode.window.showInformationMessage("Groundwork: no checked claim at the cursor.");
        return r;
      }
      if (!r.passages.length) {
        void vscode.window.showInformationMessage(`Groundwork: no source speaks to this claim (${r.claim.verdict}).`);
        return r;
      }
      const picked = await pickPassage(r.passages, `${r.claim.verdict}: ${shorten(r.claim.text, 80)}`);
      if (picked) await openPassage(picked);
      return r;
    }),
    vscode.commands.registerCommand(COMMANDS.openConfig, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showInformationMessage("Groundwork: open a folder first.");
        return undefined;
      }
      const uri = vscode.Uri.joinPath(folder.uri, "groundwork.json");
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(STARTER_CONFIG, null, 2) + "\n"));
      }
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      return uri;
    }),
    vscode.commands.registerCommand(COMMANDS.findEntity, async (node?: EntityNode | EntityInfo) => {
      await requireRunning();
      let entity: EntityInfo | undefined = node && "type" in node ? (node.type === "group" ? undefined : node.entity) : (node as EntityInfo | undefined);
      if (!entity) {
        if (!entityTree.allEntities().length) await entityTree.refresh();
        const picked = await vscode.window.showQuickPick(
          entityTree.allEntities().map((e) => ({ label: e.name, description: `${e.kind} · ${e.mentions.length}`, detail: e.aliases.join(", ") || undefined, entity: e })),
          { placeHolder: "Find which entity in the drafts?", matchOnDescription: true, matchOnDetail: true },
        );
        entity = picked?.entity;
      }
      if (!entity) return undefined;
      const names = [entity.name, ...entity.aliases].filter((n) => n.trim().length > 1);
      const query = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
      const exclude = (stats?.roots ?? []).map((r) => vscode.workspace.asRelativePath(vscode.Uri.file(r), false) + "/**").join(", ");
      await vscode.commands.executeCommand("workbench.action.findInFiles", {
        query,
        isRegex: true,
        isCaseSensitive: false,
        triggerSearch: true,
        filesToInclude: "**/*.md",
        filesToExclude: exclude,
      });
      return query;
    }),
    vscode.commands.registerCommand("groundwork.refreshEntities", () => entityTree.refresh()),
    vscode.commands.registerCommand("groundwork.showParagraphClaims", showParagraphClaims),
    vscode.commands.registerCommand(OPEN_MENTION_COMMAND, openMention),
    // the Problems panel has no API to set its filter: list Groundwork's own findings, worst first
    vscode.commands.registerCommand("groundwork.showProblems", async () => {
      const icon = ["$(error)", "$(warning)", "$(info)", "$(lightbulb)"];
      type Item = vscode.QuickPickItem & { uri?: vscode.Uri; range?: vscode.Range };
      const items: Item[] = vscode.languages
        .getDiagnostics()
        .flatMap(([uri, ds]) => ds.filter((d) => d.source === "groundwork").map((d) => ({ uri, d })))
        .sort((x, y) => x.d.severity - y.d.severity || x.uri.toString().localeCompare(y.uri.toString()) || x.d.range.start.compareTo(y.d.range.start))
        .map(({ uri, d }) => ({
          label: `${icon[d.severity] ?? ""} ${d.message}`,
          description: typeof d.code === "object" ? String(d.code.value) : String(d.code ?? ""),
          detail: `${vscode.workspace.asRelativePath(uri)}:${d.range.start.line + 1}:${d.range.start.character + 1}`,
          uri,
          range: d.range,
        }));
      items.push({ label: "$(list-flat) Open the Problems panel", alwaysShow: true });
      const pick = await vscode.window.showQuickPick(items, { title: "Groundwork findings", placeHolder: items.length > 1 ? "Type to filter; Enter opens the claim" : "No findings in open drafts", matchOnDescription: true, matchOnDetail: true });
      if (!pick) return;
      if (!pick.uri || !pick.range) return vscode.commands.executeCommand("workbench.actions.view.problems");
      const editor = await vscode.window.showTextDocument(pick.uri);
      editor.selection = new vscode.Selection(pick.range.start, pick.range.end);
      editor.revealRange(pick.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    // The sample's draft: the copy in the workspace when there is one (found by its front matter's
    // title), else the extension's own sample folder in a new window. Never the writer's own draft.
    vscode.commands.registerCommand("groundwork.openWalkthroughSample", async () => {
      const sample = vscode.Uri.joinPath(context.extensionUri, "examples", "scale-ai");
      const sampleText = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(sample, "draft.md")));
      const title = /^title:.*$/m.exec(sampleText)?.[0];
      if (vscode.workspace.workspaceFolders?.length && title) {
        for (const uri of await vscode.workspace.findFiles("**/draft.md", "**/{node_modules,sources}/**", 50)) {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          if (text.split(/\r?\n/, 6).includes(title)) return vscode.window.showTextDocument(uri, { preview: false });
        }
      }
      return vscode.commands.executeCommand("vscode.openFolder", sample, { forceNewWindow: true });
    }),
  );

  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void vscode.commands.executeCommand(COMMANDS.reindex)));

  traceStep("client", "start");
  await client.start();
  traceStep("client", "ready");
  context.subscriptions.push(sendVisibleRanges(client));
  return { client, entityTree, ready, lastDiagnostics };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
