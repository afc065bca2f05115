// Re-parsing only the edited paragraphs of a draft (claims/draft-edit.ts) must give exactly what
// parsing the whole edited draft gives, for every edit it takes, and leave the others to the
// full parse. Edits are generated over drafts with every kind of block around plain paragraphs.
import { strict as assert } from "node:assert";
import { extractDraftSentences } from "../../src/core/claims/markdown";
import { sentencesAfterEdit } from "../../src/core/claims/draft-edit";
import { Groundwork } from "../../src/core/engine";

const PARAS = [
  "Scale AI was founded in 2016 by Alexandr Wang. It raised $1 billion in 2024.",
  "Meta paid $14.3 billion for a 49% stake in Scale AI, the company said on Tuesday.\nGoogle, its biggest customer, planned to cut ties.",
  "Revenue grew 120% to $870 million last year. The startup employs 900 people.",
  "“We remain independent,” said the interim CEO. Analysts were not convinced.",
  "Ünïcode names like Zoë Müller and Ørsted’s 3.5 GW appear too. Dr. Smith agreed.",
  "2024 was a record year for the company, with sales up 40%.",
];
const BLOCKS = [
  "# A heading about Scale AI",
  "- a list item: Meta invested $14.3 billion\n- another item with 49%",
  "1. first numbered point of 2016\n2. second point",
  "> A quote said revenue rose 20% in 2023.",
  "```\ncode block: Scale AI was founded in 2016.\n```",
  "| Year | Revenue |\n| --- | --- |\n| 2023 | $870 million |",
  "A paragraph with a citation [@wang2024] and a footnote.[^1]",
  "[^1]: The footnote says Meta paid $14 billion.",
  "<!-- groundwork-ignore -->",
  "<div>\nHTML block with 2016.\n</div>",
  "A [link](sources/a.md) with text about 2019.",
  "Setext heading line\n---",
];

/** A deterministic pseudo-random generator (tests must not vary run to run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function draft(r: () => number, n: number, frontMatter: boolean): string {
  const parts: string[] = [];
  if (frontMatter) parts.push("---\ntitle: Draft 2024\nauthor: Someone\n---");
  for (let i = 0; i < n; i++) parts.push(r() < 0.7 ? PARAS[Math.floor(r() * PARAS.length)]! + (r() < 0.5 ? " Figure " + Math.floor(r() * 100) + "." : "") : BLOCKS[Math.floor(r() * BLOCKS.length)]!);
  return parts.join("\n\n") + (r() < 0.5 ? "\n" : "");
}

const EDITS: ((md: string, r: () => number) => string)[] = [
  // one figure changed, one sentence appended (the bench's edit)
  (md, r) => {
    const paras = md.split("\n\n");
    const i = Math.floor(r() * paras.length);
    paras[i] = paras[i]!.replace(/\d+/, (d) => String(Number(d) + 1)) + " The figure was revised 3 times.";
    return paras.join("\n\n");
  },
  // a character inserted or deleted anywhere
  (md, r) => {
    const at = Math.floor(r() * md.length);
    const chars = ["x", " ", "\n", "\n\n", "[", "<", "-", "1. ", "#", "```\n", "> ", "Y", "é", "\u2019"];
    return r() < 0.5 ? md.slice(0, at) + chars[Math.floor(r() * chars.length)] + md.slice(at) : md.slice(0, at) + md.slice(at + 1 + Math.floor(r() * 5));
  },
  // a paragraph removed, or two merged
  (md, r) => {
    const paras = md.split("\n\n");
    const i = Math.floor(r() * paras.length);
    if (r() < 0.5) paras.splice(i, 1);
    else if (i + 1 < paras.length) paras.splice(i, 2, paras[i] + " " + paras[i + 1]);
    return paras.join("\n\n");
  },
  // a new paragraph or block inserted
  (md, r) => {
    const paras = md.split("\n\n");
    const i = Math.floor(r() * (paras.length + 1));
    paras.splice(i, 0, r() < 0.6 ? PARAS[Math.floor(r() * PARAS.length)]! : BLOCKS[Math.floor(r() * BLOCKS.length)]!);
    return paras.join("\n\n");
  },
];

describe("draft re-parse after an edit", function () {
  this.timeout(60000);

  it("gives exactly the whole parse's sentences for every edit it takes, over drafts with every kind of block", () => {
    const r = rng(7);
    let taken = 0;
    let tried = 0;
    for (let d = 0; d < 60; d++) {
      let md = draft(r, 3 + Math.floor(r() * 12), r() < 0.2);
      let sentences = extractDraftSentences(md);
      for (let e = 0; e < 12; e++) {
        const next = EDITS[Math.floor(r() * EDITS.length)]!(md, r);
        const fast = sentencesAfterEdit(md, sentences, next);
        const full = extractDraftSentences(next);
        tried++;
        if (fast) {
          taken++;
          assert.deepEqual(fast, full, `edit ${JSON.stringify(md)} -> ${JSON.stringify(next)}`);
        }
        md = next;
        sentences = full;
      }
    }
    // most plain-paragraph edits are taken (else the test would compare nothing)
    assert.ok(taken > tried / 5, `${taken} of ${tried} edits taken`);
  });

  it("takes an edit of a plain paragraph, and leaves ones near a fence, HTML, a list marker or a citation to the full parse", () => {
    const base = [PARAS[0], PARAS[2], "```\nfenced 2016\n```", PARAS[1], PARAS[5]].join("\n\n") + "\n";
    const s = extractDraftSentences(base);
    const edited = base.replace("120%", "121%");
    assert.deepEqual(sentencesAfterEdit(base, s, edited), extractDraftSentences(edited));
    // after the fence: the full parse decides
    assert.equal(sentencesAfterEdit(base, s, base.replace("49%", "48%")), undefined);
    assert.equal(sentencesAfterEdit(base, s, base.replace("Revenue grew", "- Revenue grew")), undefined);
    assert.equal(sentencesAfterEdit(base, s, base.replace("last year.", "last year [@x].")), undefined);
    assert.equal(sentencesAfterEdit(base, s, base.replace("last year.", "last year <b>.")), undefined);
    assert.equal(sentencesAfterEdit(base, s, base.replace("last year.", "last year.\n===")), undefined);
    assert.equal(sentencesAfterEdit(base + "<!-- groundwork-off -->\n", s, base.replace("120%", "121%") + "<!-- groundwork-off -->\n"), undefined);
    // another document than the last one: parsed whole, not twice
    const plain = [PARAS[0], PARAS[2], PARAS[5]].join("\n\n");
    assert.equal(sentencesAfterEdit(plain, extractDraftSentences(plain), [PARAS[4], PARAS[5]].join("\n\n")), undefined);
  });

  it("the engine's results after edits are the same as a fresh engine's", async () => {
    const r = rng(11);
    let md = draft(r, 40, false);
    while (md.length < 2500) md += "\n\n" + PARAS[Math.floor(r() * PARAS.length)];
    const engine = new Groundwork();
    engine.setSource("a.md", "# Scale\n\nScale AI was founded in 2016 by Alexandr Wang. Meta paid $14.3 billion for a 49% stake in Scale AI.\n");
    engine.checkMarkdown(md);
    for (let e = 0; e < 8; e++) {
      md = EDITS[e % 2 === 0 ? 0 : 2]!(md, r);
      const fresh = new Groundwork();
      fresh.setSource("a.md", "# Scale\n\nScale AI was founded in 2016 by Alexandr Wang. Meta paid $14.3 billion for a 49% stake in Scale AI.\n");
      assert.deepEqual(engine.checkMarkdown(md), fresh.checkMarkdown(md));
    }
  });
});
