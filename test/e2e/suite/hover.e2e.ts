// Hovers through vscode.executeHoverProvider, as the editor asks for them.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, groundworkHoverAt, openDraft, positionOf, revertDraft, waitForDiagnostics } from "./helpers";
import { WRONG_FIGURE } from "./diagnostics.e2e";

export default function (): void {
  suite("hover", () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      await revertDraft();
      doc = (await openDraft()).document;
      await api();
      await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).includes(WRONG_FIGURE)));
    });

    test(`at the wrong figure: contradicted, the sources' $200 million, a source count, the passages`, async () => {
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, WRONG_FIGURE).translate(0, 2));
      assert.ok(text, "a Groundwork hover at the wrong figure");
      assert.match(text, /Contradicted/);
      assert.match(text, /\$200 million/);
      assert.match(text, /\b[2-9] articles\b/);
      assert.match(text, /passages/i);
      const finding = text.split("\n").find((l) => l.startsWith("- ") && l.includes("$200 million")) ?? "";
      assert.equal(finding.split("$200 million").length - 1, 1, `the sources' value is said once: ${finding}`);
    });

    test("a passage from the sample's PDF report is shown with its page, linked to that page", async () => {
      // the $300 million claim's passages include the PDF report (004_52ebd679e22b028b.pdf), p. 1
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, WRONG_FIGURE).translate(0, 2));
      assert.match(text, /\[[^\]]*, p\. 1\]\(file:[^)]*004_52ebd679e22b028b\.pdf#page=1\)/, text);
    });

    test("at a true claim: supported, with its sources", async () => {
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, "$14.3 billion into Scale AI").translate(0, 3));
      assert.match(text, /Supported/);
      assert.match(text, /\b\d+ articles?\b/);
      assert.match(text, /14\.3 billion/);
    });

    test("no Groundwork hover in the front matter or the code block", async () => {
      assert.equal(await groundworkHoverAt(doc.uri, positionOf(doc, "$99 billion for Scale AI")), "");
      assert.equal(await groundworkHoverAt(doc.uri, positionOf(doc, "$99 billion for 80%")), "");
    });
  });
}
