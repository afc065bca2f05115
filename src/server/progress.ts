// The editor's progress bar while the sources are indexed. It is created without waiting for the
// editor's answer (a busy extension host takes hundreds of milliseconds at start, and indexing is
// what the writer waits for): reports made before the answer are dropped, and a bar that arrives
// after indexing ended is closed at once.
import type { Connection, WorkDoneProgressServerReporter } from "vscode-languageserver/node";

export interface IndexingProgress {
  report(pct: number, msg?: string): void;
  done(): void;
}

export function indexingProgress(connection: Pick<Connection, "window">): IndexingProgress {
  let created: WorkDoneProgressServerReporter | undefined;
  let finished = false;
  connection.window.createWorkDoneProgress().then(
    (r) => {
      if (finished) return r.done();
      created = r;
      r.begin("Groundwork", 0, "Indexing sources…", false);
    },
    () => undefined,
  );
  return {
    report: (pct, msg) => (msg === undefined ? created?.report(pct) : created?.report(pct, msg)),
    done: () => {
      finished = true;
      created?.done();
    },
  };
}
