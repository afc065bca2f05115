// The server's sources workspace: finding sources/ folders, indexing, incremental changes.
import { strict as assert } from "node:assert";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSourcesFolders, pathToUri, SourcesWorkspace } from "../../src/server/indexing";
import { mergeSettings } from "../../src/server/settings";

describe("server: indexing", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "gw-index-"));
    mkdirSync(join(dir, "project", "sources"), { recursive: true });
    writeFileSync(join(dir, "project", "sources", "a.txt"), "Scale AI Report\n\nMeta invested $14.3 billion in Scale AI.\n");
    writeFileSync(join(dir, "project", "draft.md"), "Meta invested $14.3 billion in Scale AI.\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("finds sources/ folders next to drafts with no configuration", () => {
    assert.deepEqual(findSourcesFolders(dir), [join(dir, "project", "sources")]);
  });

  it("indexes, never treats sources as drafts, and re-indexes only what changed", async () => {
    const ws = new SourcesWorkspace([dir]);
    await ws.indexAll();
    assert.equal(ws.state, "ready");
    assert.equal(ws.stats().files, 1);
    assert.ok(ws.isSourceFile(join(dir, "project", "sources", "a.txt")));
    assert.equal(ws.setForDraft(join(dir, "project", "sources", "x.md")), undefined);
    const set = ws.setForDraft(join(dir, "project", "draft.md"));
    assert.ok(set);
    const v0 = set.engine.version;

    writeFileSync(join(dir, "project", "sources", "b.txt"), "Another Report\n\nGoogle planned to pay Scale $200 million this year.\n");
    assert.ok(await ws.applyChange(join(dir, "project", "sources", "b.txt"), "created"));
    assert.equal(ws.stats().files, 2);
    assert.notEqual(set.engine.version, v0);

    unlinkSync(join(dir, "project", "sources", "a.txt"));
    await ws.applyChange(join(dir, "project", "sources", "a.txt"), "deleted");
    assert.deepEqual([...new Set(set.engine.units.map((u) => u.file))], ["b.txt"]);

    // A change outside the sources is not a source change.
    assert.equal(await ws.applyChange(join(dir, "project", "draft.md"), "changed"), undefined);
  });

  it("caches results per document version", async () => {
    const ws = new SourcesWorkspace([dir]);
    await ws.indexAll();
    const uri = pathToUri(join(dir, "project", "draft.md"));
    const r1 = ws.results(uri, 1, "Meta invested $14.3 billion in Scale AI.\n");
    assert.equal(ws.results(uri, 1, "ignored: same version"), r1);
    assert.equal(ws.cachedResults(uri, 2), undefined);
  });

  it("the config file wins over the editor settings", () => {
    const s = mergeSettings({ citationStyle: "link", severity: { unsupported: "off" } }, { citationStyle: "pandoc" });
    assert.equal(s.citationStyle, "pandoc");
    assert.equal(s.severity.unsupported, "off");
  });
});
