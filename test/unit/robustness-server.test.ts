// Server modules: no stale diagnostic or edit lands on newer text; hovers render source text as text.
import { strict as assert } from "node:assert";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "vscode-languageserver";
import { Groundwork } from "../../src/core/engine";
import { CheckScheduler, diagnosticsFor } from "../../src/server/diagnostics";
import { actionContextFor, codeActionsFor } from "../../src/server/codeActions";
import { hoverFor } from "../../src/server/hover";
import { DEFAULT_SEVERITY } from "../../src/server/protocol";

const EVIL = "# Meta [Invests](command:workbench.action.quit)\n\nAlexandr Wang will join Meta in 2025. [click](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` **bold** <a href=\"command:x\">x</a> [ref]: command:evil\n";

function engine(): Groundwork {
  const g = new Groundwork("/tmp/gw-server-robust");
  g.setSource("meta.md", EVIL);
  g.setSource("scale.txt", "Scale AI was founded in 2016. It raised $1 billion in 2024.\n");
  return g;
}

describe("robustness: server versions and hovers", () => {
  it("a draft edited while a check is in flight gets no stale diagnostics", () => {
    const g = engine();
    let doc = TextDocument.create("file:///d.md", "markdown", 1, "Scale AI was founded in 2019.\n");
    const published: { version: number; diagnostics: Diagnostic[] }[] = [];
    const scheduler = new CheckScheduler(
      (target) => {
        const results = g.checkMarkdown(target.getText());
        // the user types while the check runs
        if (doc.version === 1) doc = TextDocument.update(doc, [{ text: "Scale AI was founded in 2016.\n" }], 2);
        return diagnosticsFor(results, { severity: DEFAULT_SEVERITY, sourceUri: (f) => "file:///s/" + f });
      },
      () => doc.version,
      (_uri, version, diagnostics) => published.push({ version, diagnostics }),
    );
    assert.equal(scheduler.runNow({ uri: doc.uri, version: 1, getText: () => "Scale AI was founded in 2019.\n" }), false, "v1 result dropped");
    assert.equal(published.length, 0);
    assert.equal(scheduler.runNow(doc), true);
    assert.equal(published.length, 1);
    assert.equal(published[0].version, 2);
    scheduler.dispose();
  });

  it("quick fixes are single versioned edits: a client applies them only to the version they were computed for", () => {
    const g = engine();
    const v1 = TextDocument.create("file:///d.md", "markdown", 1, "Scale AI was founded in 2019.\n");
    const results = g.checkMarkdown(v1.getText());
    const actions = codeActionsFor(v1, results, results[0].range, actionContextFor(g, { style: "footnote", diagnostics: [] }));
    assert.ok(actions.length > 0);
    for (const a of actions) {
      const changes = a.edit?.documentChanges as { textDocument: { version: number } }[];
      assert.equal(changes.length, 1, `${a.title}: one document change (undoes in one step)`);
      assert.equal(changes[0].textDocument.version, 1, `${a.title}: bound to version 1`);
    }
    // After an edit, the fix for v1 names v1: LSP clients refuse it on v2 (version mismatch).
    const v2 = TextDocument.update(v1, [{ text: "X " , range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], 2);
    assert.notEqual((actions[0].edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, v2.version);
  });

  it("a hover over a claim whose source holds Markdown, HTML and command: links shows them as text", () => {
    const g = engine();
    const results = g.checkMarkdown("Alexandr Wang will join Meta in 2025.\n");
    const hover = hoverFor(results, { line: 0, character: 3 }, { sourceUri: (f) => "file:///tmp/gw-server-robust/" + f });
    assert.ok(hover, "a hover");
    const md = (hover!.contents as { value: string }).value;
    assert.ok(results[0].citations.some((c) => c.source === "meta.md"), "the evil source is cited");
    assert.ok(!/\]\(command:/i.test(md), `no command link: ${md}`);
    assert.ok(!/<(img|a|script)\b/i.test(md), `no raw HTML: ${md}`);
    for (const m of md.matchAll(/\]\(([^)]*)\)/g)) assert.match(m[1], /^file:/, "only file: link targets");
  });
});
