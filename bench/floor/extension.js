// The floor of bench:editor (BENCH_FLOOR=1): activated by the same events as Groundwork, it does no
// work at all. Every line of a Markdown file that ends a sentence gets an error at once (at
// activation, on open, on every change), every hover is answered at once, and the status bar says
// what bench:editor waits for. The
// times measured with it are what code-server takes before any extension can show a finding.
const vscode = require("vscode");
const { appendFileSync } = require("node:fs");

const trace = (step, detail = {}) => {
  if (process.env.GROUNDWORK_TRACE) appendFileSync(process.env.GROUNDWORK_TRACE, JSON.stringify({ at: performance.timeOrigin + performance.now(), who: "client", step, ...detail }) + "\n");
};

exports.activate = (context) => {
  trace("process", { at: performance.timeOrigin });
  trace("activate");
  const collection = vscode.languages.createDiagnosticCollection("floor");
  const mark = (doc) => {
    if (doc.languageId !== "markdown") return;
    const diagnostics = [];
    for (let i = 0; i < doc.lineCount; i++) {
      const line = doc.lineAt(i);
      if (/[.!?]\s*$/.test(line.text)) diagnostics.push(new vscode.Diagnostic(line.range, "floor", vscode.DiagnosticSeverity.Error));
    }
    collection.set(doc.uri, diagnostics);
    trace("diagnostics", { count: diagnostics.length });
  };
  vscode.workspace.textDocuments.forEach(mark);
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.text = "$(book) 1 file, 1 article";
  status.show();
  const hover = vscode.languages.registerHoverProvider("markdown", { provideHover: () => (trace("hover"), new vscode.Hover("Groundwork: floor")) });
  context.subscriptions.push(hover, collection, status, vscode.workspace.onDidOpenTextDocument(mark), vscode.workspace.onDidChangeTextDocument((e) => mark(e.document)));
};
