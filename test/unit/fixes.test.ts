// Quick fixes that never add an error (issue 13): a replacement holds when the fixed sentence is
// re-checked; someone's words never move to another speaker the sources do not name; hedges stay;
// actions follow the verdict; "ignore" goes at the sentence's end and silences only it.
import { strict as assert } from "node:assert";
import { resolve } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import { extractDraftSentences } from "../../src/core/claims/markdown";
import { applyEdits } from "../../src/core/citations/insert";
import { Groundwork } from "../../src/core/engine";
import type { ClaimResult, Finding } from "../../src/core/types";
import { actionContextFor, codeActionsFor } from "../../src/server/codeActions";
import type { CodeAction, TextDocumentEdit, TextEdit } from "vscode-languageserver";

const SAMPLE = resolve(__dirname, "../../examples/scale-ai/sources");

function draft(text: string): TextDocument {
  return TextDocument.create("file:///tmp/groundwork-fixes/draft.md", "markdown", 1, text);
}

function lineRange(text: string, from: number, to: number) {
  const doc = draft(text);
  return { start: doc.positionAt(from), end: doc.positionAt(to) };
}

/** The text after applying a code action's edits. */
function applied(doc: TextDocument, action: CodeAction): string {
  const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  return applyEdits(
    doc.getText(),
    edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText })),
  );
}

describe("quick fixes never add an error", function () {
  this.timeout(60000);
  let engine: Groundwork;
  before(async () => {
    engine = (await Groundwork.fromFolder(SAMPLE)).engine;
  });
  const actionsFor = (text: string, results: ClaimResult[]) => codeActionsFor(draft(text), results, results[0]!.range, actionContextFor(engine, { style: "footnote", diagnostics: [] }));

  it("does not pin the CFO's words on the CEO: 'chief executive Sarah Friar' is not fixed to Sam Altman", () => {
    const text = "OpenAI chief executive Sarah Friar had signaled that the company intended to keep working with Scale.\n";
    const results = engine.checkMarkdown(text);
    const person = results[0]!.findings.find((f) => f.kind === "person");
    assert.equal(person?.expected, "Sam Altman", `the engine's finding is the premise of this test: ${JSON.stringify(results[0]!.findings)}`);
    const titles = actionsFor(text, results).map((a) => a.title);
    assert.ok(!titles.some((t) => t.includes("Sam Altman")), titles.join("; "));
    assert.ok(titles.includes("Groundwork: ignore this claim"), titles.join("; "));
  });

  it("still moves a statement to the right speaker when the sources attribute it to them", () => {
    // the sources say Altman said it; the draft gives it to Friar
    assert.equal(engine.attributesTo("Sam Altman", "Sarah Friar said Meta had tried to poach OpenAI employees with signing bonuses."), true);
    assert.equal(engine.attributesTo("Sam Altman", "Sarah Friar had signaled that the company intended to keep working with Scale."), false);
  });

  it("gives a misquote the source's wording only when the source has the draft's speaker say it", () => {
    const right = 'Droege wrote that "Scale remains an independent company with no plans to change."\n';
    const fix = actionsFor(right, engine.checkMarkdown(right)).find((a) => a.title.startsWith("Replace"));
    assert.ok(fix, "a fix with the source's wording");
    assert.match(fix.title, /the source's wording/);
    const out = applied(draft(right), fix);
    assert.equal(out, 'Droege wrote that "Scale remains, unequivocally, an independent company."\n');
    assert.equal(engine.checkMarkdown(out)[0]!.verdict, "supported");
    // the source gives these words to Droege, not to Wang: no wording is put in Wang's mouth
    const wrong = 'Wang wrote that "Scale remains an independent company with no plans to change."\n';
    const wrongResults = engine.checkMarkdown(wrong);
    assert.equal(wrongResults[0]!.findings[0]?.kind, "misquote");
    assert.ok(!actionsFor(wrong, wrongResults).some((a) => a.title.startsWith("Replace")));
  });

  it("does not offer a figure the sentence already gives for something else: disputed $14 billion is not replaced by $29 billion", () => {
    const text = "The deal valued Scale AI at $29 billion, roughly double its earlier valuation of $14 billion.\n";
    const at = text.indexOf("$14 billion");
    // the finding as the issue reports it (the engine took the new valuation for the old one)
    const finding: Finding = {
      kind: "disputed",
      claimed: "$14 billion",
      expected: "$29 billion",
      message: "Sources disagree: $29 billion (5 articles), $14 billion (1 article).",
      range: lineRange(text, at, at + "$14 billion".length),
      split: [
        { value: "$29 billion", support: 5, keys: [] },
        { value: "$14 billion", support: 1, keys: [] },
      ],
    };
    const results: ClaimResult[] = [{ range: lineRange(text, 0, text.length - 1), text: text.trimEnd(), verdict: "disputed", citations: [], findings: [finding] }];
    const titles = actionsFor(text, results).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith("Replace")), titles.join("; "));
  });

  it("offers a replacement only when the fixed sentence, re-checked, is not contradicted", () => {
    const text = "Meta invested $15.3 billion in Scale AI.\n";
    const at = text.indexOf("$15.3 billion");
    const finding: Finding = { kind: "number", claimed: "$15.3 billion", expected: "$99 billion", message: "Sources say $99 billion, not $15.3 billion.", range: lineRange(text, at, at + 13) };
    const results: ClaimResult[] = [{ range: lineRange(text, 0, text.length - 1), text: text.trimEnd(), verdict: "contradicted", citations: [], findings: [finding] }];
    assert.equal(engine.checkMarkdown("Meta invested $99 billion in Scale AI.")[0]!.verdict, "contradicted");
    assert.ok(!actionsFor(text, results).some((a) => a.title.startsWith("Replace")));
    // the engine's own finding gives $14.3 billion, which holds
    const real = engine.checkMarkdown(text);
    const replace = actionsFor(text, real).find((a) => a.title.startsWith("Replace"));
    assert.ok(replace, JSON.stringify(real[0]!.findings));
    assert.equal(engine.checkMarkdown(applied(draft(text), replace))[0]!.verdict, "supported");
  });

  it("keeps a hedge unless the hedge is the error", () => {
    const text = "Google had planned to pay Scale about $300 million this year for human-labeled training data.\n";
    const results = engine.checkMarkdown(text);
    assert.equal(results[0]!.verdict, "contradicted");
    const replace = actionsFor(text, results).find((a) => a.title.startsWith("Replace"));
    assert.ok(replace, actionsFor(text, results).map((a) => a.title).join("; "));
    assert.ok(applied(draft(text), replace).includes("pay Scale about $200 million this year"), applied(draft(text), replace));
  });

  it("offers actions by verdict: no Cite on a contradicted claim, no Ignore on a supported one", () => {
    const wrong = "Google had planned to pay Scale about $300 million this year for human-labeled training data.\n";
    const wrongTitles = actionsFor(wrong, engine.checkMarkdown(wrong)).map((a) => a.title);
    assert.ok(!wrongTitles.some((t) => t.startsWith("Cite")), wrongTitles.join("; "));
    assert.ok(wrongTitles.includes("Groundwork: ignore this claim"));
    const right = "Google had planned to pay Scale $200 million this year for human-labeled training data.\n";
    const rightResults = engine.checkMarkdown(right);
    assert.equal(rightResults[0]!.verdict, "supported");
    const rightTitles = actionsFor(right, rightResults).map((a) => a.title);
    assert.ok(rightTitles.some((t) => t.startsWith("Cite")), rightTitles.join("; "));
    assert.ok(!rightTitles.includes("Groundwork: ignore this claim"), rightTitles.join("; "));
  });

  it("puts the ignore comment at the sentence's end, where it silences that sentence only", () => {
    for (const text of [
      "Scale AI will open a new office in London next year. Google had planned to pay Scale $200 million this year.\n",
      "Google had planned to pay Scale $200 million this year. Scale AI will open a new office in London next year.\n",
    ]) {
      const results = engine.checkMarkdown(text);
      const london = results.find((r) => r.text.includes("London"))!;
      assert.equal(london.verdict, "unsupported");
      const doc = draft(text);
      const ignore = codeActionsFor(doc, results, london.range, actionContextFor(engine, { style: "footnote", diagnostics: [] })).find((a) => a.title === "Groundwork: ignore this claim")!;
      const out = applied(doc, ignore);
      assert.ok(out.includes("London next year. <!-- groundwork-ignore -->"), out);
      const sentences = extractDraftSentences(out);
      assert.deepEqual(sentences.filter((s) => s.ignored).map((s) => s.plain), ["Scale AI will open a new office in London next year."], out);
    }
  });
});
