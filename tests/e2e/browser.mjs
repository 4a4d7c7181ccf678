// Starts Debian's Chromium headless through playwright-core with WebGL2 on SwiftShader, the
// flags this machine needs (see ../shared/TOOLCHAIN.md), and helpers the tests share.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDirectory } from './static_server.mjs';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader'],  // playwright gives each launch a fresh temporary profile
  });
}

export async function waitForReady(page, timeoutMs = 60000) {
  await page.waitForFunction(() => window.explorer && (window.explorer.state().ready || window.explorer.failure),
    null, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => window.explorer.state());
}

// The desktop-sized English context most tests start from; `contextOptions` override it
// (a phone, HiDPI, another locale; `{}` gives Playwright's own defaults).
export const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'en-US' };

// Opens `url` in a fresh context and page, collecting uncaught page errors in `errors`.
// `prepare(page)` runs before navigating (init scripts, routes); `permissions` are granted
// to the context; with `ready` (the default) it waits for the page to be ready (or to have
// failed) and returns that first state.
export async function openPage(browser, url,
  { contextOptions = DESKTOP, permissions = null, prepare = null, ready = true } = {}) {
  const context = await browser.newContext(contextOptions);
  if (permissions) await context.grantPermissions(permissions);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (prepare) await prepare(page);
  await page.goto(url);
  const state = ready ? await waitForReady(page) : null;
  return { context, page, errors, state };
}

// Reads `read()` until `test(value)` holds or `timeoutMs` passes, calling `between()` after
// each miss (default: wait 50 ms). Returns the last value read, whether or not it passed.
export async function pollUntil(read, test, { timeoutMs = 5000, between = null } = {}) {
  const start = Date.now();
  let value = await read();
  while (!test(value) && Date.now() - start < timeoutMs) {
    if (between) await between();
    else await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

// Waits until explorer.state() satisfies `test`. The page draws only when something changes,
// so each miss moves the mouse over an empty spot (`idle`, CSS pixels) to get a frame drawn.
export async function waitForState(page, test, { timeoutMs = 5000, idle = { x: 640, y: 20 } } = {}) {
  return pollUntil(() => page.evaluate(() => window.explorer.state()), test, {
    timeoutMs,
    between: async () => {
      await page.mouse.move(idle.x + Math.random(), idle.y);
      await page.waitForTimeout(50);
    },
  });
}

// Decodes a PNG in the page itself (no image library needed) and measures how much of it
// differs from its most common colour and how many colours it has.
export async function imageStats(page, png) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + base64;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width; canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    let top = 0;
    for (const c of counts.values()) top = Math.max(top, c);
    const pixels = data.length / 4;
    return { width: image.width, height: image.height, colours: counts.size, nonBackground: 1 - top / pixels };
  }, png.toString('base64'));
}

// Where the ImGui item labelled `label` was drawn in the last frame, in CSS pixels, or null
// (pe_item_rect, app/platform/web/web_item_probe.cpp). The first ask switches the probe on;
// mouse moves over an empty spot (`idle`, CSS pixels) make the page draw frames meanwhile.
export async function itemRect(page, label, tries = 20, idle = { x: 5, y: 795 }) {
  for (let i = 0; i < tries; i++) {
    const rect = await page.evaluate((l) => {
      const json = Module.ccall('pe_item_rect', 'string', ['string'], [l]);
      if (!json) return null;
      const r = JSON.parse(json);
      const canvas = document.getElementById('canvas');
      const box = canvas.getBoundingClientRect();
      const s = box.width / canvas.width;
      return { x0: box.left + r.x0 * s, y0: box.top + r.y0 * s, x1: box.left + r.x1 * s, y1: box.top + r.y1 * s };
    }, label);
    if (rect) return rect;
    await page.mouse.move(idle.x + (i % 2), idle.y);
    await page.waitForTimeout(60);
  }
  return null;
}

export const centreOf = (r) => ({ x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 });

// The tests' checks: one line per check ("ok" / "FAIL name detail"); finish() prints the
// totals, "N passed, N failed", and exits 1 when any failed.
export function checks() {
  let passed = 0;
  let failed = 0;
  return {
    check(name, condition, detail = '') {
      if (condition) { passed++; console.log(`ok   ${name}`); }
      else { failed++; console.log(`FAIL ${name} ${detail}`); }
    },
    finish(out) {
      if (out) console.log(`screenshots in ${out}`);
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}

// What a page test of one view shares: the page folder and the screenshot folder from the
// command line (`node TEST.mjs [DIST_DIR] [OUT_DIR]`, defaults dist/ and out/e2e-explore/), the
// page served and opened until ready, then `body({ page, errors, first, out, repo, check,
// waitState })`; afterwards "no page errors" is checked, the browser and the server closed, and
// the process exits with the checks' verdict.
export async function runPageTest(testUrl, body) {
  const repo = resolve(dirname(fileURLToPath(testUrl)), '../..');
  const dist = resolve(process.argv[2] || join(repo, 'dist'));
  const out = resolve(process.argv[3] || join(repo, 'out', 'e2e-explore'));
  mkdirSync(out, { recursive: true });
  const { check, finish } = checks();
  const server = await serveDirectory(dist, '/');
  const browser = await launchBrowser();
  try {
    const { page, errors, state: first } = await openPage(browser, server.url);
    check('page reaches ready', first.ready === true, JSON.stringify(first));
    const waitState = (test) => waitForState(page, test);
    await body({ page, errors, first, out, repo, check, waitState });
    check('no page errors', errors.length === 0, errors.join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
  finish(out);
}
