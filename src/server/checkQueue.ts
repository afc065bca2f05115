// Debounced, cancellable, per-document checks. A check runs asynchronously on the text of one
// version (the engine yields between sentences, so hovers and edits are handled meanwhile); it is
// cancelled as soon as its document has a newer version or a newer check is scheduled, and its
// result is published only if the document is still at that version.
import type { Diagnostic } from "vscode-languageserver";
import { CancellationSource, isCheckCancelled, type CancellationToken } from "../core/cancellation";
import type { CheckTarget } from "./diagnostics";

export type CheckRun = (doc: CheckTarget, token: CancellationToken) => Promise<Diagnostic[] | undefined>;

export class CheckQueue {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The newest scheduled or running check of each document. */
  private sources = new Map<string, CancellationSource>();

  constructor(
    private readonly run: CheckRun,
    private readonly currentVersion: (uri: string) => number | undefined,
    private readonly publish: (uri: string, version: number, diagnostics: Diagnostic[]) => void,
    public delayMs = 200,
    private readonly onError?: (uri: string, error: unknown) => void,
  ) {}

  /** Schedule a check of this version, cancelling any pending or running check of the document. */
  schedule(doc: CheckTarget, delay = this.delayMs): void {
    const source = this.replace(doc.uri);
    const version = doc.version;
    const timer = setTimeout(() => {
      this.timers.delete(doc.uri);
      void this.start({ uri: doc.uri, version, getText: () => doc.getText() }, source);
    }, delay);
    this.timers.set(doc.uri, timer);
  }

  /** Check now (cancelling a pending or running check of the document); true if the result was published. */
  runNow(doc: CheckTarget): Promise<boolean> {
    return this.start(doc, this.replace(doc.uri));
  }

  /** True while a check of the document is scheduled or running. */
  isBusy(uri: string): boolean {
    return this.sources.has(uri);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.sources.get(uri)?.cancel();
    this.sources.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.sources.keys()]) this.cancel(uri);
  }

  private replace(uri: string): CancellationSource {
    this.cancel(uri);
    const source = new CancellationSource();
    this.sources.set(uri, source);
    return source;
  }

  private async start(doc: CheckTarget, source: CancellationSource): Promise<boolean> {
    // cancelled by its owner, or its version is stale: a new edit arrived (whatever checkOn says)
    const token: CancellationToken = { get isCancellationRequested() { return source.isCancellationRequested || stale(); } };
    const stale = () => this.currentVersion(doc.uri) !== doc.version;
    try {
      if (token.isCancellationRequested) return false;
      const diagnostics = await this.run(doc, token);
      if (!diagnostics || token.isCancellationRequested) return false;
      this.publish(doc.uri, doc.version, diagnostics);
      return true;
    } catch (e) {
      if (!isCheckCancelled(e)) this.onError?.(doc.uri, e);
      return false;
    } finally {
      if (this.sources.get(doc.uri) === source) this.sources.delete(doc.uri);
    }
  }
}
