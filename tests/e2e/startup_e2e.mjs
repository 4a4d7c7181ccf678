// Browser end-to-end test of the page's start-up (dist/), in headless Chromium:
//   node tests/e2e/startup_e2e.mjs [DIST_DIR] [OUT_DIR]
// The program is downloaded once (the preload's response is the one compiled, while it
// streams), start-up reports where its time went (state().startup) and firstFrameMs, the
// font atlas baked at build time is the one used at scale 1, the first frame shows the
// dataset, and the progress bar is on screen while the download takes long. No timing is
// asserted: scripts/bench-startup.sh prints the figures. Screenshots in OUT_DIR (default
// out/e2e-startup/): first-frame.png, progress-bar.png, progress-data.png.
import { readFileSync, mkdirSync, mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static_server.mjs';
import { launchBrowser, openPage, imageStats, checks } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dist = resolve(process.argv[2] || join(repo, 'dist'));
const out = resolve(process.argv[3] || join(repo, 'out', 'e2e-startup'));
mkdirSync(out, { recursive: true });
const embedded = JSON.parse(readFileSync(join(repo, 'assets/data/beijing-stem-cell.json'), 'utf8'));
const small = JSON.parse(readFileSync(join(repo, 'tests/data/cli/small.json'), 'utf8'));

// The page and a dataset under one origin, as a deployment would have them.
const root = mkdtempSync(join(tmpdir(), 'pe-startup-e2e-'));
cpSync(dist, root, { recursive: true });
mkdirSync(join(root, 'data'));
cpSync(join(repo, 'tests/data/cli/small.json'), join(root, 'data/small.json'));

const { check, finish } = checks();
const server = await serveDirectory(root, '/start/');
const browser = await launchBrowser();
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

// Counts the requests of each file the page makes (by its last path part).
function countRequests(page) {
  const counts = {};
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    counts[name] = (counts[name] || 0) + 1;
  });
  return counts;
}

// Opens the page with `query` while the file matching `slowPattern` takes 6 s to start coming,
// and after `afterMs` reads the overlay (shown, its text, the bar's width, the moving stripe)
// and saves a screenshot as `shot`.
async function openWhileSlow(query, slowPattern, afterMs, shot) {
  const { context, page } = await openPage(browser, server.url + query, {
    ready: false,
    prepare: (p) => p.route(slowPattern, async (route) => { await delay(6000); await route.continue(); }),
  });
  await delay(afterMs);
  const overlay = await page.evaluate(() => ({
    shown: !document.getElementById('overlay').classList.contains('hidden'),
    text: document.getElementById('message').textContent,
    bar: document.getElementById('progress').getBoundingClientRect().width,
    waiting: document.getElementById('bar').classList.contains('waiting'),
  }));
  writeFileSync(join(out, shot), await page.screenshot());
  return { context, page, overlay };
}

try {
  // 1. The built-in dataset: one download of the program, the start-up marks in order, the
  //    baked atlas, and a first frame that shows the dataset.
  {
    let requests = null;
    const { context, page, errors, state } = await openPage(browser, server.url,
      { prepare: (p) => { requests = countRequests(p); } });
    const at = state.startup?.at || {};
    console.log(`firstFrameMs ${state.firstFrameMs?.toFixed(0)}; start-up marks (ms since the first script): ` +
      Object.entries(at).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ') +
      `; took ${JSON.stringify(state.startup?.took)}`);
    check('ready with the built-in dataset', state.ready === true && state.entityCount === embedded.entities.length,
      JSON.stringify([state.ready, state.entityCount]));
    check('firstFrameMs is reported', typeof state.firstFrameMs === 'number' && state.firstFrameMs > 0, String(state.firstFrameMs));
    check('app.wasm is requested once (the preload is the fetch compiled)', requests['app.wasm'] === 1, JSON.stringify(requests));
    check('app.js is requested once', requests['app.js'] === 1, JSON.stringify(requests));
    const order = ['wasm-response', 'wasm-compiled', 'wasm-instantiated', 'runtime', 'main', 'window', 'session',
      'imgui', 'first-frame-start', 'first-frame-end', 'first-frame'];
    const missing = order.filter((name) => typeof at[name] !== 'number');
    check('every start-up step is marked', missing.length === 0, `missing ${missing.join(', ')}`);
    const inOrder = order.every((name, i) => i === 0 || !(at[name] < at[order[i - 1]]));
    check('the steps come in order', inOrder, JSON.stringify(at));
    check('firstFrameMs is the first frame\'s mark', Math.abs(at['first-frame'] - state.firstFrameMs) < 1,
      `${at['first-frame']} vs ${state.firstFrameMs}`);
    check('the font atlas baked at build time is used at scale 1', at['fonts-baked'] !== undefined,
      JSON.stringify(Object.keys(at)));
    check('overlay hidden', await page.locator('#overlay').evaluate((e) => e.classList.contains('hidden')));
    const shot = await page.screenshot();
    writeFileSync(join(out, 'first-frame.png'), shot);
    const stats = await imageStats(page, shot);
    check('first frame is not blank', stats.colours > 16 && stats.nonBackground > 0.02, JSON.stringify(stats));
    check('no page errors', errors.length === 0, errors.join('; '));
    await context.close();
  }

  // 2. A 2x screen: no baked atlas at that size, the font is rasterised and the page still starts.
  {
    const { context, state } = await openPage(browser, server.url,
      { contextOptions: { viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2, locale: 'zh-CN' } });
    const at = state.startup?.at || {};
    check('scale 2: ready in Chinese', state.ready === true && state.language === 'zh', JSON.stringify([state.ready, state.language]));
    check('scale 2: the font is rasterised at its size', at['fonts-rasterised'] !== undefined && at['fonts-baked'] === undefined,
      JSON.stringify(Object.keys(at)));
    await context.close();
  }

  // 3. A slow program download: the overlay shows the progress bar, moving, until the program runs.
  {
    const { context, page, overlay } = await openWhileSlow('', '**/app.wasm', 800, 'progress-bar.png');
    check('slow download: the overlay and its bar are shown (moving while no size is known)', overlay.shown &&
      overlay.bar > 0 && overlay.waiting && /Loading/.test(overlay.text), JSON.stringify(overlay));
    const state = await page.waitForFunction(() => window.explorer.state().ready, null, { timeout: 60000, polling: 100 })
      .then(() => page.evaluate(() => window.explorer.state()));
    check('slow download: then ready, overlay hidden', state.ready === true &&
      await page.locator('#overlay').evaluate((e) => e.classList.contains('hidden')));
    await context.close();
  }

  // 4. ?data with a slow file: the bar says what is downloading; the first frame shows that file.
  {
    const { context, page, overlay } = await openWhileSlow('?data=data/small.json', '**/data/small.json', 1500,
      'progress-data.png');
    check('?data waiting: the overlay stays and names the data download', overlay.shown &&
      /Data 数据 \(data\/small\.json\)/.test(overlay.text), JSON.stringify(overlay));
    await page.waitForFunction(() => window.explorer.state().ready, null, { timeout: 60000, polling: 100 });
    const state = await page.evaluate(() => window.explorer.state());
    check('?data: the first frame shows the file', state.entityCount === small.entities.length && state.dataLoad?.ok === true,
      JSON.stringify([state.entityCount, state.dataLoad]));
    check('?data: firstFrameMs is the data frame\'s mark', typeof state.firstFrameMs === 'number' &&
      Math.abs(state.startup.at['data-frame'] - state.firstFrameMs) < 1, JSON.stringify(state.startup.at));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
finish(out);
