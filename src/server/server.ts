// The Groundwork language server: indexes the sources, checks Markdown drafts, and serves hovers,
// lenses, code actions, completion and the custom requests of the client.
import * as path from "node:path";
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  ErrorCodes,
  ResponseError,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { citationEdits } from "./citing";
import { actionContextFor, CITE_ALL_KIND, codeActionsFor, versionedEdit } from "./codeActions";
import { codeLensesFor, sentenceMarks } from "./codelens";
import { EditTracker } from "./typing";
import { findDrafts, MARKDOWN_EXT } from "./drafts";
import { completionItems } from "./completion";
import { DIAGNOSTIC_SOURCE, diagnosticsFor, isPublished, type CheckTarget } from "./diagnostics";
import { nestingLimit } from "../core/claims/draft/limits";
import { CheckQueue } from "./checkQueue";
import { isCheckCancelled, type CancellationToken } from "../core/cancellation";
import type { LineSpan } from "../core/engine";
import type { ClaimResult, Finding } from "../core/types";
import { rankedPassages, unitPassages, citationPassage, entityGroups } from "./entities";
import { claimAt, hoverFor } from "./hover";
import { pathToUri, SourcesWorkspace, uriToPath, type SourceSet } from "./indexing";
import { exportBibliography } from "./bibliography";
import { sourceCountLabel } from "../core/sources/count";
import { loadFileConfig } from "./config";
import { readBoundedFile } from "../core/files/read";
import { fileNotes } from "../core/sources";
import { printable } from "../core/text/escape";
import {
  Notifications, Requests, type BibliographyParams, type BibliographyResult, type CheckAllResult, type CitationEditParams,
  type CitationEditResult, type ClaimSourcesParams, type ClaimSourcesResult, type EntitiesResult, type PassagesParams, type PassagesResult, type StatsResult, type VisibleRangesParams,
} from "./protocol";
import { mergeSettings, settingsChange, type EditorSettings } from "./settings";
import { traceArrivals, traced, traceProcessStart, traceStep } from "./trace";
import { afterPendingRequests, REQUESTS_FIRST } from "./pacing";
import { warmUpScheduler, warmUpWhileIdle } from "./warm-up";
import { indexingProgress } from "./progress";

/** The pause after a keystroke before checking: short, since a newer keystroke cancels the check. */
const CHECK_DELAY_MS = 100;
/** While the lines on screen are checked, their findings so far are published at most this often. */
const PROGRESS_MS = 250;
/**
 * Caches are written (a 10 MB corpus's index blocks the server for about half a second) only when
 * the writer has left the server alone this long: not right after indexing, when a draft is opened.
 */
const SAVE_QUIET_MS = 10_000;

export interface ServerOptions {
  /** The pause after a keystroke before checking (tests lengthen it). */
  checkDelayMs?: number;
  /** How long the writer must leave the server alone before it writes its caches (see SAVE_QUIET_MS). */
  saveQuietMs?: number;
  /** Whether the checker's tagger is loaded (tests pretend it is not). */
  checkerWarm?: () => boolean;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  traceStep("server", "start");
  const documents = new TextDocuments(TextDocument);

  /**
   * A handler whose failure is logged (the message, no stack) and answered with a generic error:
   * internal messages and paths never reach the client as a response.
   */
  function guarded<H extends (...args: any[]) => unknown>(name: string, handler: H): H {
    const fail = (e: unknown): never => {
      connection.console.error(`Groundwork: ${name} failed: ${printable(e instanceof Error ? e.message : String(e))}`);
      throw new ResponseError(ErrorCodes.InternalError, `Groundwork could not answer ${name}; the Groundwork output has the details.`);
    };
    return ((...args: unknown[]) => {
      active();
      try {
        const r = handler(...args);
        return r instanceof Promise ? r.catch(fail) : r;
      } catch (e) {
        return fail(e);
      }
    }) as H;
  }
  const ws = new SourcesWorkspace();
  ws.pacing = REQUESTS_FIRST;
  let hasConfigurationCapability = false;
  let hasProgressCapability = false;
  let hasWorkspaceFolderCapability = false;
  let indexing: Promise<void> = Promise.resolve();

  const sourceUriFor = (set: SourceSet | undefined) => (rel: string) => (set ? ws.sourceUri(set, rel) : rel);
  // Groundwork's own client shows the deciding passage in its hover, not as related information
  let relatedPassage = true;
  const diagnosticContext = (set: SourceSet | undefined) => ({ severity: ws.settings.severity, sourceUri: sourceUriFor(set), relatedPassage });

  function isDraft(doc: { uri: string; languageId?: string }): boolean {
    const p = uriToPath(doc.uri);
    if (p && ws.isSourceFile(p)) return false;
    if (p && ws.settings.isDraft && !ws.settings.isDraft(p)) return false;
    if (doc.languageId === "markdown") return true;
    return MARKDOWN_EXT.test(doc.uri);
  }

  // The lines of each draft on screen (from the client); before it says, the top of the draft.
  const visibleLines = new Map<string, LineSpan[]>();
  const TOP_OF_DRAFT: LineSpan[] = [{ start: 0, end: 20 }];
  /** The lines the running check of each draft takes first. */
  const checkedFirst = new Map<string, LineSpan[]>();

  async function checkDiagnostics(doc: CheckTarget, token: CancellationToken): Promise<Diagnostic[] | undefined> {
    const set = ws.setForUri(doc.uri);
    // nothing is known before the first indexing ends ("no findings" would wipe a reload's last findings)
    if (!set) return ws.indexedOnce ? [] : undefined;
    const text = doc.getText();
    const context = diagnosticContext(set);
    // the part on screen first, published at once (with every sentence already known) when more is left, then the rest
    const spans = visibleLines.get(doc.uri) ?? TOP_OF_DRAFT;
    checkedFirst.set(doc.uri, spans);
    traceStep("server", "check", { file: path.basename(doc.uri), version: doc.version, visible: visibleLines.has(doc.uri) });
    // while the lines on screen are checked, their findings so far are shown every PROGRESS_MS,
    // when that shows more than the draft shows now (never a re-check's first half alone)
    let shown = issues.get(doc.uri) ?? 0;
    let shownAt = -Infinity;
    const progress = (sofar: readonly ClaimResult[]) => {
      if (performance.now() - shownAt < PROGRESS_MS || token.isCancellationRequested) return;
      if (sofar.reduce((n, r) => n + r.findings.length, 0) <= shown) return;
      const partial = diagnosticsFor([...sofar], context);
      if (partial.length <= shown) return;
      publishDiagnostics(doc.uri, doc.version, partial, "partial");
      shown = partial.length;
      shownAt = performance.now();
    };
    const visible = await ws.visibleResults(doc.uri, doc.version, text, spans, token, progress);
    if (visible?.unchecked && !token.isCancellationRequested) publishDiagnostics(doc.uri, doc.version, diagnosticsFor(visible, context), "visible");
    const results = await ws.checkedResults(doc.uri, doc.version, text, token);
    const diagnostics = diagnosticsFor(results, context);
    const deep = nestingLimit(text);
    if (deep) diagnostics.push({ range: { start: { line: deep.line, character: 0 }, end: { line: deep.line, character: 0 } }, severity: DiagnosticSeverity.Warning, code: "nesting-limit", source: DIAGNOSTIC_SOURCE, message: deep.message });
    return diagnostics;
  }

  function publishDiagnostics(uri: string, version: number, diagnostics: Diagnostic[], part: "partial" | "visible" | "all" = "all"): void {
    traceStep("server", "publish", { file: path.basename(uri), version, count: diagnostics.length, part });
    issues.set(uri, diagnostics.length);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    sendStatus();
    if (part === "all") scheduleWarmUp();
  }

  const issues = new Map<string, number>();
  const scheduler = new CheckQueue(
    (doc, token) => checkDiagnostics(doc, token),
    (uri) => documents.get(uri)?.version,
    (uri, version, diagnostics) => {
      publishDiagnostics(uri, version, diagnostics);
      refreshLenses();
    },
    options.checkDelayMs ?? CHECK_DELAY_MS,
    (uri, e) => connection.console.error(`Groundwork: checking ${uri} failed: ${printable(e instanceof Error ? e.message : String(e))}`),
  );

  // the writer's last request or edit (and the end of indexing): caches are saved in the quiet after it
  let activeAt = Date.now();
  const active = () => void (activeAt = Date.now());
  ws.checking = () => documents.all().some((d) => scheduler.isBusy(d.uri)) || Date.now() - activeAt < (options.saveQuietMs ?? SAVE_QUIET_MS);

  let hasLensRefresh = false;
  let hasInlayRefresh = false;
  /** Ask the editor for lenses (and sentence marks) again: results changed without a text change. */
  function refreshLenses(): void {
    if (hasLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (hasInlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  function sendStatus(): void {
    void connection.sendNotification(Notifications.status, { ...ws.stats(), issues: Object.fromEntries(issues) });
  }

  const scheduleWarmUp = warmUpScheduler(() => [...ws.sets.values()][0]?.engine, options.checkerWarm);

  function recheckOpenDrafts(delay = 0): void {
    for (const doc of documents.all()) if (isDraft(doc)) scheduler.schedule(doc, delay);
  }

  /** The editor's settings as the client gave them at start (no round trip before indexing), then asked for. */
  let initialEditorSettings: EditorSettings | undefined;
  async function loadSettings(given?: EditorSettings): Promise<void> {
    let editor = given;
    if (!editor && hasConfigurationCapability) {
      try {
        editor = (await connection.workspace.getConfiguration("groundwork")) as EditorSettings | undefined;
      } catch {
        editor = undefined;
      }
    }
    const file = await loadFileConfig(ws.folders, ws.within());
    ws.settings = mergeSettings(editor, file.config, file.path, file.problems);
    ws.settings.isDraft = file.isDraft;
  }

  async function reindex(): Promise<void> {
    const run = async () => {
      // the editor's progress bar, once it answers: indexing does not wait for it
      const reporter = hasProgressCapability ? indexingProgress(connection) : undefined;
      ws.state = "indexing";
      sendStatus();
      traceStep("server", "index");
      await ws.indexAll({ report: (message, pct) => reporter?.report(pct ?? 0, message) });
      traceStep("server", "indexed", { units: ws.stats().units, cache: ws.lastCacheStatus.join(",") || "none" });
      active();
      reporter?.done();
      if (ws.error) connection.console.error(`Groundwork: indexing failed: ${printable(ws.error)}`);
      else {
        const stats = ws.stats();
        connection.console.log(`Groundwork: indexed ${sourceCountLabel(stats.files, stats.units)} in ${ws.sets.size} sources folder(s)`);
        // every unusable file by name, in the Groundwork output channel
        for (const s of stats.skipped) connection.console.warn(`Groundwork: skipped ${printable(s.path)}: ${printable(s.reason)}`);
        if (stats.skipped.length) connection.console.warn(`Groundwork: ${stats.skipped.length} file(s) skipped; everything else is indexed`);
        for (const set of ws.sets.values()) for (const n of fileNotes(set.engine.units)) connection.console.warn(`Groundwork: note ${printable(n.path)}: ${printable(n.note)}`);
      }
      for (const p of ws.settings.configProblems) connection.console.warn(`Groundwork: ${printable(p)}`);
      sendStatus();
      // the first checks load the tagger and lexicons and run unoptimised: with no draft open, warm up
      for (const set of [...ws.sets.values()].slice(0, 1)) void warmUpWhileIdle(set.engine, () => ws.state === "indexing" || documents.all().some((d) => isDraft(d)));
      recheckOpenDrafts(0);
      refreshLenses();
    };
    indexing = indexing.then(run, run);
    return indexing;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    traceStep("server", "initialize");
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    hasProgressCapability = !!caps.window?.workDoneProgress;
    hasLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    hasInlayRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    hasWorkspaceFolderCapability = !!caps.workspace?.workspaceFolders;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
    if (folders.length === 0 && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) folders.push(p);
    }
    ws.folders = folders;
    const init = params.initializationOptions as { trusted?: boolean; storagePath?: string; settings?: unknown; relatedPassage?: boolean } | undefined;
    if (init?.relatedPassage === false) relatedPassage = false;
    if (init?.settings && typeof init.settings === "object") initialEditorSettings = init.settings as EditorSettings;
    if (init && init.trusted === false) ws.trusted = false;
    if (typeof init?.storagePath === "string" && path.isAbsolute(init.storagePath)) ws.cacheDir = path.join(init.storagePath, "index-cache");
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CITE_ALL_KIND], resolveProvider: false },
        completionProvider: { triggerCharacters: ["@", "^"], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "groundwork" },
    };
  });

  connection.onInitialized(async () => {
    traceStep("server", "initialized");
    if (hasConfigurationCapability) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "groundwork" });
    }
    if (hasWorkspaceFolderCapability) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        ws.folders = ws.folders.filter((f) => !removed.has(f)).concat(e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
        await loadSettings();
        await reindex();
      });
    }
    await loadSettings(initialEditorSettings);
    await reindex();
  });

  connection.onDidChangeConfiguration(async () => {
    const before = ws.settings;
    await loadSettings();
    const change = settingsChange(before, ws.settings);
    if (change === "none") return;
    if (change === "reindex") await reindex();
    else {
      ws.forgetAll();
      recheckOpenDrafts(0);
    }
    refreshLenses();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let configChanged = false;
    let sourcesChanged = false;
    const reindexed: string[] = [];
    await indexing;
    for (const change of changes) {
      const p = uriToPath(change.uri);
      if (!p) continue;
      if (path.basename(p) === "groundwork.json") {
        configChanged = true;
        continue;
      }
      const kind = change.type === FileChangeType.Created ? "created" : change.type === FileChangeType.Deleted ? "deleted" : "changed";
      try {
        if (await ws.applyChange(p, kind)) {
          sourcesChanged = true;
          reindexed.push(path.basename(p));
        }
      } catch (e) {
        connection.console.warn(`Groundwork: could not re-index ${printable(p)}: ${printable(e instanceof Error ? e.message : String(e))}`);
      }
      // A new sources folder (or a deleted one) changes the set of folders: index again.
      if (path.basename(p) === "sources" && !ws.setContaining(p)) configChanged = true;
    }
    if (configChanged) {
      await loadSettings();
      await reindex();
    } else if (sourcesChanged) {
      const { files, units } = ws.stats();
      const names = reindexed.length > 5 ? `${reindexed.slice(0, 5).join(", ")} and ${reindexed.length - 5} more` : reindexed.join(", ");
      connection.console.log(`Groundwork: re-indexed after file changes (${names}): ${sourceCountLabel(files, units)}`);
      sendStatus();
      recheckOpenDrafts(0);
      refreshLenses();
    }
  });

  // where each draft was last edited: the sentence being typed gets no lens until the writer pauses
  const edits = new EditTracker(() => refreshLenses());

  // TextDocuments fires a content change right after each open: not an edit, and it must not
  // put off the open's immediate check by the typing delay
  const justOpened = new Set<string>();
  // a document opened without text (a malformed client) is not checked, and not an error
  const hasText = (doc: TextDocument) => typeof doc.getText() === "string";
  documents.onDidOpen((e) => {
    if (!hasText(e.document)) return;
    traceStep("server", "opened", { file: path.basename(e.document.uri) });
    active();
    edits.opened(e.document);
    justOpened.add(e.document.uri);
    if (isDraft(e.document)) scheduler.schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri) || !hasText(e.document)) return;
    traceStep("server", "edit", { file: path.basename(e.document.uri), version: e.document.version });
    active();
    const finishedSentence = edits.edited(e.document);
    // a sentence just finished is checked at once (the writer waits for its verdict), else after a pause
    if (ws.settings.checkOn === "type" && isDraft(e.document)) scheduler.schedule(e.document, finishedSentence ? 0 : undefined);
  });
  documents.onDidSave((e) => {
    if (isDraft(e.document)) scheduler.schedule(e.document, 0);
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    edits.closed(e.document.uri);
    visibleLines.delete(e.document.uri);
    checkedFirst.delete(e.document.uri);
    ws.forget(e.document.uri);
    // a closed draft's findings go with it (Check All publishes again for drafts it checks)
    issues.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /**
   * Results for the current version of an open draft (never another version's). While a check of
   * the draft is pending or running, requests are answered at once from the sentences checked
   * so far (placed in the current text) instead of waiting for it; the sentence at `at` (the
   * request's position or range), if not checked yet, is checked now.
   */
  function currentResults(uri: string, at?: Range | Position) {
    const doc = documents.get(uri);
    if (!doc || !isDraft(doc)) return { doc, results: [] };
    const range = at && ("line" in at ? { start: at, end: at } : at);
    if (scheduler.isBusy(uri)) return { doc, results: ws.knownResults(uri, doc.version, doc.getText(), range) };
    return { doc, results: ws.results(uri, doc.version, doc.getText()) };
  }

  connection.onHover(guarded("hover", (params) => {
    traceStep("server", "hover");
    const { doc, results } = currentResults(params.textDocument.uri, params.position);
    if (!doc) return null;
    const set = ws.setForUri(doc.uri);
    const published = (f: Finding) => isPublished(f, ws.settings.severity);
    const hover = hoverFor(results, params.position, { sourceUri: sourceUriFor(set), unit: (key) => set?.engine.unit(key), uri: doc.uri }, published);
    traceStep("server", "hovered", { found: !!hover });
    return hover;
  }));

  connection.onCodeLens(guarded("code lenses", (params) => {
    if (!ws.settings.codeLensEnabled) return [];
    const { doc, results } = currentResults(params.textDocument.uri);
    if (!doc) return [];
    return codeLensesFor(results, doc.getText(), doc.uri, doc.version, edits.lastEdit(doc.uri));
  }));

  connection.languages.inlayHint.on(guarded("sentence marks", (params) => {
    if (!ws.settings.sentenceMarks) return [];
    const { doc, results } = currentResults(params.textDocument.uri);
    if (!doc) return [];
    return sentenceMarks(results, doc.getText(), params.range, edits.lastEdit(doc.uri));
  }));

  // code actions may re-check a fixed sentence (~100 ms on a large corpus): a hover read with them goes first
  connection.onCodeAction(guarded("code actions", async (params) => {
    await afterPendingRequests();
    traceStep("server", "codeAction");
    const { doc, results } = currentResults(params.textDocument.uri, params.range);
    if (!doc) return [];
    const set = ws.setForUri(doc.uri);
    if (!set) return [];
    return traced("codeActioned", codeActionsFor(
      doc,
      results,
      params.range,
      actionContextFor(set.engine, { style: ws.settings.citationStyle, diagnostics: params.context.diagnostics, only: params.context.only, ignoreWords: ws.settings.ignoreWords }),
    ));
  }));

  connection.onCompletion(guarded("completion", (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isDraft(doc)) return [];
    const set = ws.setForUri(doc.uri);
    if (!set) return [];
    const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } }).replace(/\r?\n$/, "");
    return completionItems(set.engine.units, line, params.position, (u) => set.engine.citationKey(u));
  }));

  connection.onNotification(Notifications.visibleRanges, (params: VisibleRangesParams) => {
    const spans = params.ranges.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end)).slice(0, 8);
    if (!spans.length) return;
    visibleLines.set(params.uri, spans);
    // a check under way that took other lines first (the draft's top before the client said, or
    // the writer scrolled): start it again from the lines on screen; what it checked stays cached
    const first = checkedFirst.get(params.uri);
    const doc = documents.get(params.uri);
    const covered = first && spans.every((s) => first.some((f) => f.start <= s.start && s.end <= f.end));
    if (doc && isDraft(doc) && scheduler.isBusy(params.uri) && !covered) scheduler.schedule(doc, 0);
  });

  // Custom requests.
  connection.onRequest(Requests.stats, guarded("stats", (): StatsResult => ws.stats()));

  connection.onRequest(Requests.reindex, guarded("reindex", async (params?: { trusted?: boolean }): Promise<StatsResult> => {
    if (typeof params?.trusted === "boolean") ws.trusted = params.trusted;
    await loadSettings();
    await reindex();
    return ws.stats();
  }));

  connection.onRequest(Requests.entities, guarded("entities", async (params?: { uri?: string }): Promise<EntitiesResult> => {
    await indexing;
    const set = params?.uri ? ws.setForUri(params.uri) : undefined;
    const sets = set ? [set] : [...ws.sets.values()];
    return entityGroups(sets, (s, f) => ws.sourceUri(s, f));
  }));

  connection.onRequest(Requests.passages, guarded("passages", async (params: PassagesParams = {}): Promise<PassagesResult> => {
    await indexing;
    const set = ws.setForUri(params.uri);
    if (!set) return { passages: [] };
    const limit = params.limit ?? 2000;
    if (params.uri && params.position) {
      // the passages that speak to the sentence under the cursor, best first, and no others
      const { results } = currentResults(params.uri, params.position);
      const claim = claimAt(results, params.position);
      const text = claim?.text ?? documents.get(params.uri)?.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } }) ?? "";
      const passages = rankedPassages(set, claim?.citations ?? [], text, (s, f) => ws.sourceUri(s, f));
      if (passages.length) return { passages };
    }
    return { passages: unitPassages(set, (s, f) => ws.sourceUri(s, f), limit) };
  }));

  connection.onRequest(Requests.claimSources, guarded("claimSources", async (params: ClaimSourcesParams): Promise<ClaimSourcesResult> => {
    await indexing;
    const { results } = currentResults(params.uri, params.position);
    const claim = claimAt(results, params.position);
    const set = ws.setForUri(params.uri);
    if (!claim || !set) return { passages: [] };
    return {
      claim: { text: claim.text, range: claim.range, verdict: claim.verdict, messages: claim.findings.map((f) => f.message) },
      passages: claim.citations.map((c) => citationPassage(c, ws.sourceUri(set, c.source))),
    };
  }));

  connection.onRequest(Requests.citationEdit, guarded("citationEdit", (params: CitationEditParams): CitationEditResult => {
    const doc = documents.get(params.uri);
    if (!doc) return { edit: null, error: "The draft is not open." };
    if (doc.version !== params.version) return { edit: null, error: "The draft changed; try again." };
    const set = ws.setForUri(doc.uri);
    const unit = set?.engine.unit(params.key);
    if (!set || !unit) return { edit: null, error: `No source with key ${params.key}.` };
    const { results } = currentResults(doc.uri, params.position);
    const claim = claimAt(results, params.position);
    if (!claim) return { edit: null, error: "No claim at the cursor." };
    const citation = claim.citations.find((c) => c.key === unit.id) ?? {
      source: unit.file,
      section: unit.section,
      title: unit.title,
      key: unit.id,
      range: unit.sentences[0]?.range ?? claim.range,
      excerpt: unit.sentences[0]?.text ?? "",
      score: 0,
    };
    const edits = citationEdits(doc, [{ claim, unit, citation, key: set.engine.citationKey(unit) }], params.style ?? ws.settings.citationStyle);
    return { edit: edits.length ? versionedEdit(doc, edits) : null };
  }));

  connection.onRequest(Requests.bibliography, guarded("bibliography", async (params: BibliographyParams): Promise<BibliographyResult> => {
    await indexing;
    const set = ws.setForUri(params.uri);
    if (!set) return { content: params.format === "bibtex" ? "" : "[]", count: 0, files: 0 };
    let units = [...set.engine.units];
    if (params.onlyCited && params.uri) {
      const { results } = currentResults(params.uri);
      const keys = new Set(results.flatMap((r) => r.citations.map((c) => c.key)));
      units = units.filter((u) => keys.has(u.id));
    }
    return exportBibliography(units, params.format, (u) => set.engine.citationKey(u));
  }));

  const CHECK_ALL_ATTEMPTS = 5; // checks of an open draft Check All starts before one runs to its end
  connection.onRequest(Requests.checkAll, guarded("checkAll", async (_params: unknown, token: CancellationToken): Promise<CheckAllResult> => {
    await indexing;
    let drafts = 0;
    let total = 0;
    const open = new Set(documents.all().map((d) => d.uri));
    for (const doc of documents.all()) {
      if (!isDraft(doc)) continue;
      drafts++;
      // (a check scheduled meanwhile, as after a re-index, cancels this one after its partial
      // findings: check again, so that the count is the whole draft's)
      for (let attempt = 0; attempt < CHECK_ALL_ATTEMPTS; attempt++) if (await scheduler.runNow(doc)) break;
      total += issues.get(doc.uri) ?? 0;
    }
    for (const file of await findDrafts(ws.folders, (p) => ws.isSourceFile(p))) {
      if (ws.settings.isDraft && !ws.settings.isDraft(file)) continue;
      const uri = pathToUri(file);
      if (open.has(uri)) continue;
      const set = ws.setForDraft(file);
      if (!set) continue;
      drafts++;
      const read = await readBoundedFile(file, { within: ws.within() });
      if ("skip" in read) continue;
      const text = read.bytes.toString("utf8");
      let results;
      try {
        results = await set.engine.checkMarkdownAsync(text, { ignoreClaims: ws.settings.ignore, ignoreWords: ws.settings.ignoreWords }, token);
      } catch (e) {
        if (isCheckCancelled(e)) break; // the client cancelled the request: report what was checked
        throw e;
      }
      const diagnostics = diagnosticsFor(results, diagnosticContext(set));
      issues.set(uri, diagnostics.length);
      total += diagnostics.length;
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    sendStatus();
    return { drafts, issues: total };
  }));

  // caches put off for a quiet moment are written now: the next start (a window reload) loads them
  connection.onShutdown(async () => {
    scheduler.dispose();
    await ws.flushSaves();
  });

  documents.listen(connection);
  connection.listen();
}

let running = false;
/** Runs this process as the server (its transport from the command line); once. dist/server.js calls it. */
export function runAsProcess(): void {
  if (running) return;
  running = true;
  traceProcessStart("server");
  traceArrivals(["textDocument/hover", "textDocument/codeAction"]);
  startServer(createConnection(ProposedFeatures.all));
}
if (require.main === module || process.argv.includes("--stdio") || process.argv.includes("--node-ipc")) runAsProcess();
