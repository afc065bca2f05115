// The diagnostics on the sample draft: codes, severities, ranges on the right words, messages.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { FINDING_CODES } from "../../../src/core/claims/registry";
import { api, codeOf, listDiagnostics, diagnosticsOn, openDraft, revertDraft, waitForDiagnostics } from "./helpers";

/** The sample's findings that must be there (the lead's examples/scale-ai/draft.md). */
export const WRONG_FIGURE = "$300 million"; // sources: $200 million (4 articles)
export const DISPUTED_FIGURE = "$14.1 billion"; // sources: $14.3 billion (most), $14.1 billion (one)
export const UNSUPPORTED = "Scale AI will open a new office in London next year.";
export const WRONG_ROLE_SENTENCE = "Handshake CFO Garrett Lord said his company saw demand triple overnight.";
/** A figure's diagnostic covers the figure, and at most a hedge word before it ("about $300 million"). */
export const FIGURE_RANGE = (figure: string): RegExp => new RegExp(`^(?:(?:about|around|roughly|some|nearly|almost|over|more than) )?${figure.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
export const MISQUOTE = "Scale remains an independent company with no plans to change.";
/** Another agent: the sources say Meta took the stake. */
export const WRONG_AGENT = "Microsoft";
export const WRONG_AGENT_SENTENCE = "Microsoft took a 49% stake in Scale AI.";

export default function (): void {
  suite("diagnostics on the sample draft", () => {
    let doc: vscode.TextDocument;
    let all: vscode.Diagnostic[];

    suiteSetup(async () => {
      await revertDraft();
      doc = (await openDraft()).document;
      await api();
      // the draft is checked once the sources are indexed: wait for the wrong figure's diagnostic
      all = await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).includes(WRONG_FIGURE)), 60_000, `a diagnostic on "${WRONG_FIGURE}"`);
      // …and give the rest of the check a moment to land in the same publish (a publish replaces all)
      all = await waitForDiagnostics((ds) => ds.length >= 5, 20_000, "at least 5 diagnostics on the sample");
      console.log(`    groundwork diagnostics on draft.md:\n      ${listDiagnostics(doc, all).replace(/\n {2}/g, "\n      ")}`);
    });

    test('every diagnostic has source "groundwork", a known code, and a non-empty range', () => {
      const codes = new Set<string>(FINDING_CODES);
      for (const d of all) {
        assert.equal(d.source, "groundwork");
        assert.ok(codes.has(codeOf(d)), `known code: ${codeOf(d)}`);
        assert.ok(!d.range.isEmpty, `non-empty range: ${listDiagnostics(doc, [d])}`);
        assert.ok(d.message.trim().length > 0);
      }
    });

    test(`another agent: "${WRONG_AGENT_SENTENCE}" is a wrong-agent error on the name, naming Meta and quoting the source`, () => {
      const ds = diagnosticsOn(doc, WRONG_AGENT, "Microsoft took", all);
      const d = ds.find((x) => codeOf(x) === "wrong-agent");
      assert.ok(d, `a wrong-agent diagnostic on ${WRONG_AGENT}; got:\n  ${listDiagnostics(doc, all)}`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(doc.getText(d.range), WRONG_AGENT, "the range is the name");
      assert.match(d.message, /Sources say Meta, not Microsoft/);
    });

    test(`the wrong figure "${WRONG_FIGURE}" is contradicted: an error on the figure, "sources say $200 million (N articles)"`, () => {
      const ds = diagnosticsOn(doc, WRONG_FIGURE, undefined, all);
      const d = ds.find((x) => codeOf(x) === "contradicted");
      assert.ok(d, `a contradicted diagnostic on ${WRONG_FIGURE}; got:\n  ${listDiagnostics(doc, all)}`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.match(doc.getText(d.range), FIGURE_RANGE(WRONG_FIGURE), "the range is the figure (with its hedge word, if any)");
      assert.match(d.message, /\$200 million/);
      assert.match(d.message, /\b[2-9] articles\b/, "the message counts the articles");
    });

    test(`the disputed deal figure "${DISPUTED_FIGURE}" is a warning naming the majority's "$14.3 billion" and the split`, () => {
      const ds = diagnosticsOn(doc, DISPUTED_FIGURE, undefined, all);
      const d = ds.find((x) => codeOf(x) === "disputed");
      assert.ok(d, `a disputed diagnostic on ${DISPUTED_FIGURE}; got:\n  ${listDiagnostics(doc, all)}`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(doc.getText(d.range), FIGURE_RANGE(DISPUTED_FIGURE), "the range is the figure");
      assert.match(d.message, /\$14\.3 billion \([2-9] articles\)/, "the majority value with its source count");
      assert.match(d.message, /\$14\.1 billion \(1 article\)/, "the claimed value with its single article");
    });

    test("the misquote is an error on the quoted words", () => {
      const ds = diagnosticsOn(doc, MISQUOTE, undefined, all).filter((x) => codeOf(x) === "misquote");
      assert.equal(ds.length, 1, `one misquote on "${MISQUOTE}"; got:\n  ${listDiagnostics(doc, all)}`);
      assert.equal(ds[0]!.severity, vscode.DiagnosticSeverity.Error);
      assert.match(doc.getText(ds[0]!.range), /independent company/);
    });

    test("the wrong role (Handshake CFO Garrett Lord; the sources say CEO) is an error", () => {
      const ds = diagnosticsOn(doc, WRONG_ROLE_SENTENCE, undefined, all).filter((x) => ["wrong-role", "wrong-person"].includes(codeOf(x)));
      assert.ok(ds.length >= 1, `a wrong-role diagnostic; got:\n  ${listDiagnostics(doc, all)}`);
      const d = ds[0]!;
      assert.equal(codeOf(d), "wrong-role");
      assert.match(doc.getText(d.range), /CFO|Garrett Lord/);
      assert.match(d.message, /CEO|chief executive/i);
    });

    test("the unsupported claim (the London office) is information on its sentence", () => {
      const ds = diagnosticsOn(doc, UNSUPPORTED, undefined, all).filter((x) => codeOf(x) === "unsupported");
      assert.equal(ds.length, 1, `one unsupported diagnostic; got:\n  ${listDiagnostics(doc, all)}`);
      assert.equal(ds[0]!.severity, vscode.DiagnosticSeverity.Information);
      assert.match(doc.getText(ds[0]!.range), /London/);
    });

    test("true claims, the opinion, the front matter, the code block and the ignored claim have no diagnostics", () => {
      const text = doc.getText();
      const quiet: Array<[string, string | undefined]> = [
        ["Meta Platforms agreed to put $14.3 billion into Scale AI in exchange for a 49% stake.", undefined],
        ["The agreement valued the data-labeling startup at $29 billion.", undefined],
        ["Scale generated $870 million in revenue in 2024.", undefined],
        ["Founded in 2016", undefined],
        ["Trust has become the most valuable asset in this business.", undefined],
        ["Meta paid $99 billion for Scale AI in 1999", undefined], // front matter
        ["Meta paid $99 billion for 80% of Scale AI in 1999.", "```text"], // code block
        ["Scale AI will be worth $100 billion by 2030.", "<!-- groundwork-ignore -->"], // ignored
      ];
      const noisy = quiet
        .filter(([needle, after]) => text.indexOf(needle, after ? text.indexOf(after) : 0) >= 0)
        .flatMap(([needle, after]) => diagnosticsOn(doc, needle, after, all));
      assert.deepEqual(noisy.map((d) => listDiagnostics(doc, [d])), []);
      const frontMatterEnd = text.indexOf("\n---", 3);
      assert.ok(all.every((d) => doc.offsetAt(d.range.start) > frontMatterEnd), "nothing in the front matter");
    });

    test("no related information: the hover gives the passage by title, so VS Code's part is the message alone", () => {
      const d = diagnosticsOn(doc, WRONG_FIGURE, undefined, all).find((x) => codeOf(x) === "contradicted");
      assert.ok(d, "the contradicted figure");
      for (const x of all) assert.equal(x.relatedInformation, undefined, x.message);
    });
  });
}
