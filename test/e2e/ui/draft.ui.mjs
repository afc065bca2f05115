// What a user sees: open the sample draft in code-server, hover a wrong figure, read the Problems
// panel and the CodeLens, apply a quick fix from the light bulb. Screenshots: test-results/ui/*.png.
// Run by scripts/e2e/run-ui.mjs, which passes { page, url, workspace, shots, log }.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const WRONG = "$300 million";
const RIGHT = "$200 million";
const CTRL = process.platform === "darwin" ? "Meta" : "Control";

/** Screen rectangle of the first occurrence of needle in the editor's rendered lines (spaces are nbsp there). */
async function textRect(page, needle) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll(".monaco-editor .view-lines .view-line")) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ n, at: text.length });
        text += n.data.replace(/\u00a0/g, " ");
      }
      const i = text.indexOf(needle);
      if (i < 0) continue;
      const locate = (off) => {
        const k = nodes.findLastIndex((x) => x.at <= off);
        return [nodes[k].n, off - nodes[k].at];
      };
      const r = document.createRange();
      r.setStart(...locate(i));
      r.setEnd(...locate(i + needle.length - 1));
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width + 8, height: b.height };
    }
    return null;
  }, needle);
}

/** The rendered editor text (visual lines joined). */
function editorText(page) {
  return page.evaluate(() => [...document.querySelectorAll(".monaco-editor .view-lines .view-line")].map((l) => l.textContent.replace(/\u00a0/g, " ")).join("\n"));
}

/** Squiggles of a kind that overlap a rectangle. */
function squigglesOver(page, cls, rect) {
  return page.evaluate(
    ({ cls, rect }) =>
      [...document.querySelectorAll(`.monaco-editor .${cls}`)]
        .map((e) => e.getBoundingClientRect())
        .filter((b) => b.right > rect.x && b.left < rect.x + rect.width && b.bottom > rect.y - 2 && b.top < rect.y + rect.height + 6).length,
    { cls, rect },
  );
}

async function waitForValue(fn, timeoutMs, what) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function run({ page, url, workspace, shots, log }) {
  const draft = readFileSync(join(workspace, "draft.md"), "utf8");
  const wrongLine = draft.slice(0, draft.indexOf(WRONG)).split("\n").length; // 1-based
  const shot = async (name) => {
    const path = join(shots, `${name}.png`);
    await page.screenshot({ path });
    log(`screenshot ${path}`);
  };
  const failures = [];
  const step = async (name, fn) => {
    try {
      await fn();
      log(`✔ ${name}`);
    } catch (e) {
      failures.push(name);
      log(`✘ ${name}: ${e instanceof Error ? e.message : e}`);
      await shot(`failed-${name.replace(/\W+/g, "-").toLowerCase()}`).catch(() => {});
    }
  };
  const gotoLine = async (n) => {
    await page.keyboard.press(`${CTRL}+g`);
    await page.locator(".quick-input-widget input").waitFor({ state: "visible" });
    await page.keyboard.type(String(n));
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
  };

  await step("the workbench opens the sample workspace", async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await page.locator(".explorer-folders-view, .part.sidebar").first().waitFor({ timeout: 30_000 });
  });

  await step("draft.md opens from Quick Open", async () => {
    await page.locator(".monaco-workbench").click({ position: { x: 800, y: 500 } }).catch(() => {});
    await page.keyboard.press(`${CTRL}+p`);
    await page.locator(".quick-input-widget input").waitFor({ state: "visible", timeout: 20_000 });
    await page.keyboard.type("draft.md");
    await page.locator(".quick-input-widget .monaco-list-row").first().waitFor({ timeout: 20_000 });
    await page.keyboard.press("Enter");
    await waitForValue(async () => (await editorText(page)).includes("Scale AI after the Meta deal"), 20_000, "the draft in the editor");
  });
  if (failures.length) return failures.length; // nothing else can work without the draft

  await step("Groundwork marks the draft (error squiggles, status bar)", async () => {
    await waitForValue(() => page.locator(".monaco-editor .squiggly-error").count(), 60_000, "error squiggles from Groundwork");
    const status = await waitForValue(async () => (await page.locator(".statusbar-item").allInnerTexts()).find((t) => /\d+ files?, \d+ articles?/.test(t)), 20_000, "the Groundwork status bar item");
    log(`status bar: ${status.replace(/\s+/g, " ")}`);
    assert.match(status, /5 files, 18 articles/);
    await shot("01-draft");
  });

  let rect;
  const lensesBefore = {};
  await step(`hovering the wrong figure ${WRONG} shows what the sources say`, async () => {
    await gotoLine(wrongLine);
    await page.keyboard.press("Escape");
    rect = await waitForValue(() => textRect(page, WRONG), 10_000, `"${WRONG}" on screen`);
    assert.ok((await squigglesOver(page, "squiggly-error", rect)) >= 1, `an error squiggle under "${WRONG}"`);
    const hover = page.locator(".monaco-hover .hover-contents").filter({ hasText: /Groundwork: / });
    for (let attempt = 1; ; attempt++) {
      // measure again: CodeLens arriving above the line move it down
      rect = await textRect(page, WRONG);
      // come in from outside the word, then rest on it (the hover waits for the mouse to stop)
      await page.mouse.move(rect.x - 40, rect.y - 30);
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 5 });
      try {
        await hover.first().waitFor({ state: "visible", timeout: 4_000 });
        // (a lens or a line arriving while the mouse moved can leave it on the line above: the hover
        // is then another sentence's; move away and measure again)
        // (the figure is in VS Code's part, the diagnostic's message, not in Groundwork's)
        if ((await page.locator(".monaco-hover").allInnerTexts()).join("\n").includes(WRONG)) break;
        await page.mouse.move(5, 5);
        await page.keyboard.press("Escape");
        if (attempt === 4) throw new Error(`the hover was another sentence's after ${attempt} tries`);
      } catch (e) {
        if (attempt === 4) throw new Error(`no Groundwork hover on "${WRONG}" after ${attempt} tries at ${JSON.stringify(rect)}; hovers seen: ${JSON.stringify(await page.locator(".monaco-hover").allInnerTexts())}`);
      }
    }
    await hover.first().scrollIntoViewIfNeeded().catch(() => {}); // the problem's own hover part comes first
    const text = (await hover.allInnerTexts()).join("\n");
    log(`hover: ${text.slice(text.indexOf("Groundwork: ")).replace(/\s+/g, " ").slice(0, 300)}`);
    // on the figure, VS Code's part (the diagnostic's message) comes first: Groundwork's does not repeat it
    assert.match(text, /^Groundwork: ✗ Contradicted\s*$/m);
    const whole = (await page.locator(".monaco-hover").allInnerTexts()).join("\n");
    assert.equal(whole.split("sources say $200 million").length - 1, 1, `the sources' value said once: ${whole}`);
    assert.match(text, /more…/);
    // VS Code's part: the message alone, no related passage ("file(line, column): text")
    const markers = (await page.locator(".monaco-hover .marker.hover-contents").allInnerTexts()).join("\n");
    log(`diagnostic part: ${markers.replace(/\s+/g, " ").slice(0, 300)}`);
    assert.ok(markers.includes("sources say $200 million"), "the diagnostic's message");
    assert.ok(!/\(\d+, \d+\)/.test(markers), `no related passage in VS Code's part: ${markers}`);
    assert.ok(!/[0-9a-f]{3}_[0-9a-f]{8,}/.test(whole), `no file hash anywhere in the hover: ${whole}`);
    await shot("02-hover");
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
  });

  await step("the Problems panel lists Groundwork's findings", async () => {
    await page.keyboard.press(`${CTRL}+Shift+m`);
    const rows = page.locator(".markers-panel .monaco-list-row");
    await waitForValue(async () => (await rows.count()) >= 4, 20_000, "rows in the Problems panel");
    const texts = await rows.allInnerTexts();
    log(`problems: ${texts.length} rows, e.g. ${texts.slice(0, 3).map((t) => t.replace(/\s+/g, " ").slice(0, 120)).join(" | ")}`);
    assert.ok(texts.some((t) => t.includes("draft.md")), "a draft.md row");
    assert.ok(texts.some((t) => t.includes(RIGHT) && /groundwork/.test(t)), `a groundwork row saying ${RIGHT}`);
    assert.ok(texts.filter((t) => /groundwork/.test(t)).length >= 3, "several groundwork rows");
    await shot("03-problems");
    await page.keyboard.press(`${CTRL}+Shift+m`);
  });

  await step("one short lens per paragraph; clicking it lists the paragraph's sentences", async () => {
    await gotoLine(wrongLine);
    await page.keyboard.press("Escape");
    const lens = page.locator(".monaco-editor .codelens-decoration");
    await waitForValue(async () => (await lens.allInnerTexts()).some((t) => t.trim() === "✓ 2 · ✗ 1"), 30_000, 'the lens "✓ 2 · ✗ 1" above the wrong figure\'s paragraph');
    // (the lenses of paragraphs still being checked change for a while: the counts compared after
    // the fix are taken once they have stayed the same for 2 s; taken earlier, a later paragraph's
    // "✓ 2" that became "✓ 3" by itself failed the step)
    let seen = "";
    let since = Date.now();
    const texts = await waitForValue(async () => {
      const now = (await lens.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
      if (now.join(" | ") !== seen) {
        seen = now.join(" | ");
        since = Date.now();
        return undefined;
      }
      return Date.now() - since >= 2000 ? now : undefined;
    }, 30_000, "the lenses to settle");
    log(`lenses: ${texts.join(" | ")}`);
    for (const t of texts) assert.match(t, /^[✓✗⚖?] \d+( · [✓✗⚖?] \d+)*$/, `a short verdict summary: ${t}`);
    // never wider than the text: each lens ends left of the editor's text area's right edge
    const overflow = await page.evaluate(() => {
      const lines = document.querySelector(".monaco-editor .view-lines")?.getBoundingClientRect();
      return [...document.querySelectorAll(".monaco-editor .codelens-decoration")].filter((e) => e.getBoundingClientRect().right > (lines?.right ?? 0)).length;
    });
    assert.equal(overflow, 0, "no lens wider than the text");
    for (const t of texts) lensesBefore[t] = (lensesBefore[t] ?? 0) + 1;
    await shot("04-codelens");
    await lens.filter({ hasText: "✓ 2 · ✗ 1" }).locator("a").first().click();
    const rows = page.locator(".quick-input-widget .monaco-list-row");
    await waitForValue(async () => (await rows.allInnerTexts()).some((t) => t.includes("sources say $200 million")), 10_000, "the paragraph's sentences in a quick pick");
    const items = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
    log(`lens pick: ${items.join(" | ").slice(0, 400)}`);
    assert.equal(items.length, 3, "the paragraph's three sentences");
    await shot("04b-lens-sentences");
    await page.keyboard.press("Escape");
  });

  await step(`the light bulb's quick fix replaces ${WRONG} with ${RIGHT}`, async () => {
    await gotoLine(wrongLine);
    await page.keyboard.press("Escape");
    rect = await waitForValue(() => textRect(page, WRONG), 10_000, `"${WRONG}" on screen`);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    // the fix replaces the figure and keeps its hedge ("about $300 million" -> "about $200 million")
    const item = page.locator(".action-widget .monaco-list-row, .context-view .action-item").filter({ hasText: /Replace “\$300 million” with “\$200 million”/ });
    // (a menu asked for before the editor has the code actions of the cursor's place may open empty
    // and close: on a loaded machine once in a few runs; asked again, up to three times in 24 s)
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press(`${CTRL}+.`);
      try {
        await item.first().waitFor({ state: "visible", timeout: 8_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        log(`quick-fix menu not shown after attempt ${attempt}; asking again`);
        await page.keyboard.press("Escape");
      }
    }
    const menu = await page.locator(".action-widget .monaco-list-row, .context-view .action-item").allInnerTexts();
    log(`quick fixes: ${menu.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean).join(" | ").slice(0, 400)}`);
    await shot("05-quickfix-menu");
    await item.first().click();
    const text = await waitForValue(async () => {
      const t = await editorText(page);
      return t.includes(`${RIGHT} this year`) && !t.includes(WRONG) ? t : undefined;
    }, 10_000, "the figure replaced in the editor");
    assert.ok(text);
    rect = await waitForValue(() => textRect(page, `${RIGHT} this year`), 10_000, "the corrected figure on screen");
    await waitForValue(async () => (await squigglesOver(page, "squiggly-error", { ...rect, width: 60 })) === 0, 20_000, "the error squiggle under the corrected figure to go");
    await shot("06-after-fix");
  });

  await step("the lens of the corrected paragraph updates", async () => {
    const lens = page.locator(".monaco-editor .codelens-decoration");
    // the paragraph's lens says "✓ 3" now; the other "✓ 2 · ✗ 1" (the wrong role's paragraph) stays
    const count = async (title) => (await lens.allInnerTexts()).filter((t) => t.trim() === title).length;
    // (30 s: on a loaded CI machine the lens once came back after 15 s; how long it took is logged)
    // (at least one more "✓ 3": a paragraph whose last sentence was still being checked when the
    // lenses were first read, "✓ 2", may have become "✓ 3" since)
    const t0 = Date.now();
    await waitForValue(async () => (await count("✓ 2 · ✗ 1")) === lensesBefore["✓ 2 · ✗ 1"] - 1 && (await count("✓ 3")) >= lensesBefore["✓ 3"] + 1, 30_000, 'the lens "✓ 2 · ✗ 1" to become "✓ 3"');
    log(`lens updated ${Date.now() - t0} ms after the fix was on screen`);
    await shot("07-lens-after-fix");
  });

  await step("the Groundwork view lists the sources' entities", async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Groundwork"], .activitybar .action-item[aria-label^="Groundwork"]').first().click();
    const rows = page.locator('.pane-body .monaco-list-row');
    await waitForValue(async () => (await rows.allInnerTexts()).some((t) => t.startsWith("People")), 20_000, "the People group");
    const groups = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
    log(`entities view: ${groups.join(" | ")}`);
    for (const g of ["People", "Organisations", "Amounts", "Dates"]) assert.ok(groups.some((t) => t.startsWith(g)), `a ${g} group`);
    await rows.filter({ hasText: /^People/ }).first().click();
    await waitForValue(async () => (await rows.allInnerTexts()).some((t) => t.includes("Alexandr Wang")), 10_000, "Alexandr Wang among the people");
    await shot("08-entities");
  });

  log(failures.length ? `${failures.length} UI step(s) failed: ${failures.join("; ")}` : "all UI steps passed");
  return failures.length;
}
