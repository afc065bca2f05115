// Server feature modules on in-memory drafts and a small in-memory engine (the real engine API).
import { strict as assert } from "node:assert";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Groundwork } from "../../src/core/engine";
import type { ClaimResult } from "../../src/core/types";
import { actionContextFor, CITE_ALL_KIND, codeActionsFor } from "../../src/server/codeActions";
import { codeLensesFor, paragraphLensTitle, sentenceMarks, settledClaims, TYPING_QUIET_MS, type ParagraphLensArgs } from "../../src/server/codelens";
import { citationPrefix, completionItems } from "../../src/server/completion";
import { CheckScheduler, diagnosticsFor } from "../../src/server/diagnostics";
import { escapeMarkdown, hoverFor, hoverMarkdown } from "../../src/server/hover";
import { DEFAULT_SEVERITY } from "../../src/server/protocol";

const ROOT = "/tmp/groundwork-test-sources";
const SOURCE = [
  "Meta Invests in Scale AI",
  "",
  "Meta agreed to invest $14.3 billion in Scale AI for a 49% stake in the data-labeling company.",
  "Alexandr Wang, the chief executive of Scale AI, will join Meta. [click](command:workbench.action.quit) <img src=x onerror=alert(1)> **bold**",
  "",
].join("\n");

function engine(): Groundwork {
  const e = new Groundwork(ROOT);
  e.setSource("meta.txt", SOURCE);
  return e;
}

const sourceUri = (rel: string) => `file://${ROOT}/${rel}`;
const ctx = { severity: { ...DEFAULT_SEVERITY }, sourceUri };

function draft(text: string, version = 1): TextDocument {
  return TextDocument.create("file:///tmp/groundwork-test/draft.md", "markdown", version, text);
}

describe("server: hover", () => {
  it("escapes Markdown, links and HTML of source text", () => {
    const s = escapeMarkdown("[x](command:foo) <b>hi</b> *a* _b_ `c` # ! |");
    assert.ok(!s.includes("](command:"), s);
    assert.ok(!/<b>/.test(s), s);
    assert.ok(!/(^|[^\\])[[\]()*_`<>#!|]/.test(s), `unescaped punctuation in ${s}`);
  });

  it("never produces a command: link or raw HTML from an excerpt, and bolds matched words", () => {
    const claim: ClaimResult = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 40 } },
      text: "Wang will join Meta.",
      verdict: "supported",
      findings: [],
      citations: [
        {
          source: "meta.txt",
          title: "Meta [Invests](command:evil)",
          key: "meta",
          range: { start: { line: 3, character: 0 }, end: { line: 3, character: 80 } },
          excerpt: "Alexandr Wang will join Meta. [click](command:workbench.action.quit) <img src=x onerror=alert(1)>",
          score: 1,
          matched: ["Wang", "join", "Meta"],
        },
      ],
    };
    const md = hoverMarkdown(claim, { sourceUri, uri: "file:///d.md" });
    // the one command link is the hover's own "more" link, never one from source text
    assert.deepEqual(md.match(/\]\(command:[^?)]*/gi), ["](command:groundwork.showClaimSources"], md);
    assert.ok(!/(^|[^\\])<img/.test(md), md); // only the escaped form, never a raw tag
    assert.ok(md.includes("**Wang**") && md.includes("Meta**"), md);
    assert.ok(md.includes(`(file://${ROOT}/meta.txt#L4)`), md);
    const hover = hoverFor([claim], { line: 0, character: 3 }, { sourceUri });
    assert.equal((hover?.contents as { kind: string }).kind, "markdown");
  });

  it("escapes the real engine's excerpts", () => {
    const results = engine().checkMarkdown("Alexandr Wang, the chief executive of Scale AI, will join Meta.\n");
    const withCitations = results.find((r) => r.citations.length);
    assert.ok(withCitations, JSON.stringify(results));
    const md = hoverMarkdown(withCitations, { sourceUri });
    assert.ok(!/\]\(command:/i.test(md), md);
    assert.ok(!/(^|[^\\])<img/.test(md), md); // only the escaped form, never a raw tag
  });
});

describe("server: one hover", () => {
  const e = engine();
  e.setSource("deal-report.txt", "Scale AI Deal Report\n\nMeta agreed to invest $14.3 billion in Scale AI for a 49% stake.\n");
  const unit = (key: string) => e.unit(key);

  it("verdict and the sources' value first, the deciding passage by title, a more link; no unit key", () => {
    const [claim] = e.checkMarkdown("Meta agreed to invest $15.3 billion in Scale AI for a 49% stake.\n");
    assert.equal(claim!.verdict, "contradicted");
    const md = hoverMarkdown(claim!, { sourceUri, unit, uri: "file:///d.md" });
    const lines = md.split("\n");
    const plain = (t: string) => t.replace(/\\([!-/:-@[-`{-~])/g, "$1");
    assert.equal(plain(lines[0]!), "**Groundwork: ✗ Contradicted** · “$15.3 billion”: sources say $14.3 billion (2 articles)");
    assert.ok(lines.some((l) => l.startsWith("> ") && l.includes("**14\\.3 billion**")), `the passage quoted with matched words in bold: ${md}`);
    assert.ok(lines.some((l) => l.startsWith("> — [Meta Invests in Scale AI]") || l.startsWith("> — [Scale AI Deal Report]")), `the passage's title: ${md}`);
    assert.ok(lines.at(-1)!.startsWith("[more…](command:groundwork.showClaimSources?"), md);
    const readable = md.replace(/\]\([^)]*\)/g, "]"); // link targets are file URIs, not read
    for (const u of e.units) assert.ok(!readable.includes(u.id), `unit key ${u.id} in ${md}`);
  });

  it("on the words of a finding the editor shows, the hover does not say its message again; elsewhere in the claim it does", () => {
    const [claim] = e.checkMarkdown("Meta agreed to invest $15.3 billion in Scale AI for a 49% stake.\n");
    const finding = claim!.findings[0]!;
    assert.ok(finding.range, JSON.stringify(claim));
    const onFigure = { line: 0, character: finding.range.start.character + 1 };
    const beforeFigure = { line: 0, character: 2 };
    const published = () => true;
    const value = (h: ReturnType<typeof hoverFor>) => (h!.contents as { value: string }).value.split("\n")[0]!.replace(/\\([!-/:-@[-`{-~])/g, "$1");
    assert.equal(value(hoverFor([claim!], onFigure, { sourceUri, unit }, published)), "**Groundwork: ✗ Contradicted**");
    assert.match(value(hoverFor([claim!], beforeFigure, { sourceUri, unit }, published))!, /^\*\*Groundwork: ✗ Contradicted\*\* · “\$15\.3 billion”/);
    // a finding whose severity is off has no diagnostic above: the hover says it
    assert.match(value(hoverFor([claim!], onFigure, { sourceUri, unit }, () => false))!, /· “\$15\.3 billion”/);
  });

  it("an unsupported claim's hover does not repeat that no source supports it", () => {
    const [claim] = e.checkMarkdown("Trust has become the most valuable asset in this business.\n");
    assert.equal(claim!.verdict, "unsupported");
    const md = hoverMarkdown(claim!, { sourceUri, unit, uri: "file:///d.md" });
    assert.ok(!/No source supports/i.test(md), md);
    assert.match(md, /^\*\*Groundwork: \? Unsupported\*\*/);
  });

  it("a dispute lists each value with its sources' titles", () => {
    const d = new Groundwork(ROOT);
    d.setSource("a.txt", "Report A\n\nAcme raised $2.4 billion in 2023.\n");
    d.setSource("b.txt", "Report B\n\nAcme raised $2.4 billion in 2023.\n");
    d.setSource("c.txt", "Report C\n\nAcme raised $2.6 billion in 2023.\n");
    const [claim] = d.checkMarkdown("Acme raised $2.6 billion in 2023.\n");
    assert.equal(claim!.verdict, "disputed", JSON.stringify(claim));
    const md = hoverMarkdown(claim!, { sourceUri, unit: (k) => d.unit(k), uri: "file:///d.md" });
    assert.ok(md.includes("Report A; Report B") || md.includes("Report B; Report A"), md);
    const readable = md.replace(/\]\([^)]*\)/g, "]"); // link targets are file URIs, not read
    for (const u of d.units) assert.ok(!new RegExp(`\\b${u.id}\\b`).test(readable), `unit key ${u.id} in ${md}`);
  });
});

describe("server: diagnostics", () => {
  it("one diagnostic per finding, with a stable code, source and related passages", () => {
    const results = engine().checkMarkdown("Meta agreed to invest $15.3 billion in Scale AI for a 49% stake.\n");
    const diags = diagnosticsFor(results, ctx);
    const findings = results.flatMap((r) => r.findings);
    assert.ok(findings.length > 0, JSON.stringify(results));
    assert.equal(diags.length, findings.length);
    const d = diags.find((x) => x.code === "contradicted");
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.source, "groundwork");
    const message = typeof d.message === "string" ? d.message : d.message.value;
    assert.ok(message.includes("14.3"), message);
    assert.equal(d.relatedInformation?.length, 1, "one related passage, so that VS Code's hover part stays one line");
    assert.equal(d.relatedInformation![0]!.location.uri, `file://${ROOT}/meta.txt`);
    assert.equal(d.tags, undefined);
    // Groundwork's own client asks for none: its hover shows the passage by title
    assert.ok(diagnosticsFor(results, { ...ctx, relatedPassage: false }).every((x) => x.relatedInformation === undefined));
  });

  it("severity off drops the code", () => {
    const results = engine().checkMarkdown("Meta agreed to invest $15.3 billion in Scale AI for a 49% stake.\n");
    const diags = diagnosticsFor(results, { ...ctx, severity: { ...DEFAULT_SEVERITY, contradicted: "off" } });
    assert.ok(!diags.some((d) => d.code === "contradicted"));
  });

  it("never publishes a stale version's result", async () => {
    let version = 1;
    const published: number[] = [];
    const s = new CheckScheduler(
      () => [],
      () => version,
      (_uri, v) => published.push(v),
      10,
    );
    s.schedule({ uri: "u", version: 1, getText: () => "" });
    version = 2; // the document changed before the check ran
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(published.length, 0);
    // A check whose document changes while it runs is dropped too.
    const s2 = new CheckScheduler(
      () => {
        version = 3;
        return [];
      },
      () => version,
      (_uri, v) => published.push(v),
      0,
    );
    assert.equal(s2.runNow({ uri: "u", version: 2, getText: () => "" }), false);
    assert.equal(s2.runNow({ uri: "u", version: 3, getText: () => "" }), true);
    assert.deepEqual(published, [3]);
    // Debounce: only the last of quick edits is checked.
    const runs: number[] = [];
    const s3 = new CheckScheduler((d) => (runs.push(d.version), []), () => 5, () => undefined, 10);
    s3.schedule({ uri: "u", version: 4, getText: () => "" });
    s3.schedule({ uri: "u", version: 5, getText: () => "" });
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(runs, [5]);
  });
});

describe("server: code actions, lenses, completion", () => {
  it("replaces the wrong value, cites, ignores: each one versioned WorkspaceEdit", () => {
    const e = engine();
    const text = "Meta agreed to invest $15.3 billion in Scale AI for a 49% stake.\n";
    const doc = draft(text, 7);
    const results = e.checkMarkdown(text);
    const actions = codeActionsFor(doc, results, results[0]!.range, actionContextFor(e, { style: "footnote", diagnostics: [] }));
    const replace = actions.find((a) => a.title.startsWith("Replace"));
    assert.ok(replace, actions.map((a) => a.title).join("; "));
    const change = (replace.edit!.documentChanges![0] as { textDocument: { version: number }; edits: { newText: string }[] });
    assert.equal(change.textDocument.version, 7);
    assert.ok(change.edits[0]!.newText.includes("14.3"));
    assert.ok(actions.some((a) => a.title.includes("ignore")));
  });

  it("cites all supported claims in one edit", () => {
    const e = engine();
    const text = "Meta agreed to invest $14.3 billion in Scale AI for a 49% stake.\n";
    const doc = draft(text, 3);
    const results = e.checkMarkdown(text);
    assert.equal(results[0]?.verdict, "supported", JSON.stringify(results));
    const actions = codeActionsFor(doc, results, results[0]!.range, actionContextFor(e, { style: "pandoc", diagnostics: [], only: [CITE_ALL_KIND] }));
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, CITE_ALL_KIND);
    const edits = (actions[0]!.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits;
    assert.ok(edits.some((x) => x.newText.includes("[@")), JSON.stringify(edits));
  });

  it("one lens per paragraph summarising its verdicts, listing its sentences", () => {
    const e = engine();
    const text = [
      "Meta agreed to invest $14.3 billion in Scale AI for a 49% stake. Meta agreed to invest $15.3 billion in Scale AI.",
      "Trust has become the most valuable asset in this business.",
      "",
      "# Heading",
      "",
      "Alexandr Wang will join Meta.",
      "",
    ].join("\n");
    const results = e.checkMarkdown(text);
    const lenses = codeLensesFor(results, text, "file:///d.md", 2);
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command!.title]), [[0, "✓ 1 · ✗ 1 · ? 1"], [5, "✓ 1"]]);
    const args = lenses[0]!.command!.arguments![0] as ParagraphLensArgs;
    assert.equal(lenses[0]!.command!.command, "groundwork.showParagraphClaims");
    assert.deepEqual(args.claims.map((c) => c.verdict), ["supported", "contradicted", "unsupported"]);
    assert.match(args.claims[1]!.summary, /^“\$15\.3 billion”: sources say \$14\.3 billion/);
    assert.equal(args.claims[2]!.summary, "no source supports this");
    assert.equal(paragraphLensTitle([]), "");
  });

  it("no lens or mark for a sentence being typed: just edited, or last without final punctuation", () => {
    const e = engine();
    const text = "Meta agreed to invest $14.3 billion in Scale AI for a 49% stake.\n\nAlexandr Wang will join Meta\n";
    const results = e.checkMarkdown(text);
    assert.equal(results.length, 2);
    // the unfinished last sentence gets no lens
    assert.deepEqual(codeLensesFor(results, text, "file:///d.md", 1).map((l) => l.range.start.line), [0]);
    // a sentence edited just now gets none either; after the pause, it does
    const done = text.replace("join Meta\n", "join Meta.\n");
    const doneResults = e.checkMarkdown(done);
    const edit = { position: { line: 0, character: 30 }, at: 1_000_000 };
    assert.deepEqual(codeLensesFor(doneResults, done, "u", 1, edit, edit.at + 200).map((l) => l.range.start.line), [2]);
    assert.deepEqual(codeLensesFor(doneResults, done, "u", 1, edit, edit.at + TYPING_QUIET_MS + 1).map((l) => l.range.start.line), [0, 2]);
    assert.equal(settledClaims(doneResults, done, edit, edit.at + 200).length, 1);
    const range = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    assert.deepEqual(sentenceMarks(doneResults, done, range).map((h) => [h.position, h.label]), [
      [doneResults[0]!.range.end, "✓"],
      [doneResults[1]!.range.end, "✓"],
    ]);
    assert.equal(sentenceMarks(doneResults, done, range, edit, edit.at + 200).length, 1);
  });

  it("completes citation keys after [@ and [^", () => {
    assert.deepEqual(citationPrefix("As said [@me", 12), { marker: "@", prefix: "me", start: 10 });
    assert.equal(citationPrefix("no citation here", 5), undefined);
    const e = engine();
    const items = completionItems(e.units, "Text [^", { line: 0, character: 7 });
    assert.ok(items.length >= 1);
    assert.equal(items[0]!.label, e.units[0]!.id);
    assert.ok(String(items[0]!.detail).length > 0);
  });
});
