// Hovers through vscode.executeHoverProvider, as the editor asks for them.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { groundworkHoverAt, openCheckedDraft, positionOf } from "./helpers";
import { WRONG_FIGURE } from "./diagnostics.e2e";

export default function (): void {
  suite("hover", () => {
    let doc: vscode.TextDocument;
    suiteSetup(async () => {
      doc = await openCheckedDraft(WRONG_FIGURE);
    });

    test(`at the wrong figure: the verdict (VS Code's part above says the sources' value), the deciding passage by title, then "more"`, async () => {
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, WRONG_FIGURE).translate(0, 2));
      assert.ok(text, "a Groundwork hover at the wrong figure");
      const lines = text.split("\n");
      // the pointer is on the diagnostic's words: VS Code shows its message first, so it is not said again
      assert.equal(lines[0], "**Groundwork: ✗ Contradicted**");
      assert.equal(lines.filter((l) => !l.startsWith(">") && l.includes("200 million")).length, 0, `the sources' value not repeated outside the passage: ${text}`);
      const quote = lines.filter((l) => l.startsWith(">"));
      assert.ok(quote.some((l) => l.includes("**200 million**")), `the passage with the value in bold: ${quote.join("\n")}`);
      assert.match(quote.at(-1)!, /^> — \[.{8,}\]\(file:[^)]*\/sources\/[^)]*#L\d+\)/, `its source by title, linked to the passage: ${quote.at(-1)}`);
      assert.match(lines.at(-1)!, /^\[more…\]\(command:groundwork\.showClaimSources\?/);
      assert.ok(!/No source supports/.test(text));
      // a person reads titles, never unit keys (file hash and a number)
      assert.ok(!/\b[0-9a-f]{3}_[0-9a-f]{8,}-\d+\b/.test(text.replace(/\]\([^)]*\)/g, "]")), text);
    });

    test("elsewhere in that sentence (no diagnostic above): the verdict and the sources' $200 million first", async () => {
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, "planned to pay Scale").translate(0, 2));
      const lines = text.split("\n");
      assert.match(lines[0]!, /^\*\*Groundwork: ✗ Contradicted\*\* · “about \$300 million”: sources say \$200 million \([2-9] articles\)$/, lines[0]);
      assert.equal(lines.filter((l) => !l.startsWith(">") && l.includes("200 million")).length, 1, `the sources' value said once outside the passage: ${text}`);
    });

    test("a passage from the sample's PDF report is shown with its page, linked to that page", async () => {
      // the claim's deciding passage is in the PDF report (004_52ebd679e22b028b.pdf), p. 1
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, "valued at $14 billion").translate(0, 12));
      assert.match(text, /\[[^\]]*, p\. 1\]\(file:[^)]*004_52ebd679e22b028b\.pdf#page=1\)/, text);
    });

    test("at a true claim: supported, with its sources and the passage", async () => {
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, "$14.3 billion into Scale AI").translate(0, 3));
      assert.match(text, /^\*\*Groundwork: ✓ Supported\*\* · \d+ articles?/);
      assert.match(text, /14\.3 billion/);
    });

    test("at the unsupported claim: the verdict, once", async () => {
      const text = await groundworkHoverAt(doc.uri, positionOf(doc, "a new office in London").translate(0, 3));
      assert.match(text, /^\*\*Groundwork: \? Unsupported\*\*/);
      assert.ok(!/No source supports/i.test(text), `the diagnostic's words are not repeated: ${text}`);
    });

    test("no Groundwork hover in the front matter or the code block", async () => {
      assert.equal(await groundworkHoverAt(doc.uri, positionOf(doc, "$99 billion for Scale AI")), "");
      assert.equal(await groundworkHoverAt(doc.uri, positionOf(doc, "$99 billion for 80%")), "");
    });
  });
}
