// Runs an extension's test suite INSIDE code-server's real (remote, Node) extension host, with the
// contract of @vscode/test-electron runTests. Adapted from the offline "vscode-e2e" kit: it opens the
// workbench with a smoke-test payload and waits for window.codeAutomationExit(code).
// usage: node run-ext-tests.js <baseUrl> <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder> [timeoutSec]
const { chromium } = require('playwright-core');
const path = require('path');
const util = require('util');
const [baseUrl, devPath, testsPath, folder, timeoutSec = '300'] = process.argv.slice(2);
const t0 = Date.now();
const ts = (m) => console.log(`[driver ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
(async () => {
  const host = new URL(baseUrl).host; // remote authority == page host for code-server
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ]);
  const url = `${baseUrl}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(payload)}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  let done;
  const finished = new Promise((r) => (done = r));
  const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|connection token|Creating a socket|open-vsx|authentication provider|grace time|Service Worker|builtin extensions cache/;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const s = util.format(...(args || []));
    if (process.env.VERBOSE || !NOISE.test(s)) console.log(`[exthost ${type}] ${s}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => { ts(`codeAutomationExit(${code})`); done(code); });
  if (process.env.VERBOSE) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text().slice(0, 400)}`));
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  ts('goto ' + url);
  await page.goto(url);
  const timer = setTimeout(() => { ts('TIMEOUT'); done(124); }, Number(timeoutSec) * 1000);
  const code = await finished;
  clearTimeout(timer);
  await browser.close();
  ts(`exit ${code}`);
  process.exit(typeof code === 'number' ? code : 1);
})().catch((e) => { console.error('driver error', e); process.exit(2); });
