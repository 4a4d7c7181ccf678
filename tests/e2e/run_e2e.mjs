// Browser end-to-end tests of the built page (dist/), in headless Chromium:
//   node tests/e2e/run_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static_server.mjs';
import { launchBrowser, openPage, imageStats, checks } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dist = resolve(process.argv[2] || join(repo, 'dist'));
const out = resolve(process.argv[3] || join(repo, 'out', 'e2e'));
mkdirSync(out, { recursive: true });
const dataset = JSON.parse(readFileSync(join(repo, 'assets/data/beijing-stem-cell.json'), 'utf8'));

const { check, finish } = checks();

const server = await serveDirectory(dist, '/some/sub/path/');
const browser = await launchBrowser();
try {
  // 1. The page starts, reports the embedded dataset and draws something readable.
  {
    const started = Date.now();
    const { context, page, errors, state } = await openPage(browser, server.url);
    console.log(`time to ready: ${Date.now() - started} ms`);
    check('page reaches ready', state.ready === true, JSON.stringify(state));
    check('entityCount matches the dataset file', state.entityCount === dataset.entities.length,
      `${state.entityCount} vs ${dataset.entities.length}`);
    check('linkCount matches the dataset file', state.linkCount === dataset.links.length,
      `${state.linkCount} vs ${dataset.links.length}`);
    check('the timeline and the entity table are shown', state.view === 'timeline' && state.tab === 'entities',
      JSON.stringify([state.view, state.tab]));
    check('language follows navigator.language (en-US)', state.language === 'en', state.language);
    check('nothing selected at start', state.selectedId === null, String(state.selectedId));
    check('frameMs is a measured median', typeof state.frameMs === 'number' && state.frameMs > 0, String(state.frameMs));
    check('no load error', state.error === '', state.error);
    check('loading overlay hidden', await page.locator('#overlay').evaluate((e) => e.classList.contains('hidden')));

    const id = dataset.entities[3].id;
    check('select(id) accepts a known id', await page.evaluate((x) => window.explorer.select(x), id));
    await page.waitForTimeout(200);
    check('state().selectedId follows select', (await page.evaluate(() => window.explorer.state().selectedId)) === id);
    check('select(unknown) is refused', !(await page.evaluate(() => window.explorer.select('no-such-entity'))));
    check('selection unchanged by a refused select', (await page.evaluate(() => window.explorer.state().selectedId)) === id);

    // Idle: after settling, 3 seconds without input must draw at most a handful of frames.
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => window.explorer.state().frameCount);
    await page.waitForTimeout(3000);
    const after = await page.evaluate(() => window.explorer.state().frameCount);
    console.log(`frames drawn in 3 idle seconds: ${after - before}`);
    check('idle page does not redraw', after - before <= 5, `${after - before} frames`);

    // Input wakes it up again.
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await page.waitForTimeout(300);
    const woken = await page.evaluate(() => window.explorer.state().frameCount);
    check('mouse input draws frames', woken > after, `${woken} vs ${after}`);

    const shot = await page.screenshot();
    writeFileSync(join(out, 'page-en.png'), shot);
    const stats = await imageStats(page, shot);
    console.log(`screenshot en: ${stats.width}x${stats.height}, ${stats.colours} colours, ${(stats.nonBackground * 100).toFixed(1)}% non-background`);
    check('screenshot is not blank', stats.colours > 16 && stats.nonBackground > 0.02, JSON.stringify(stats));
    check('no uncaught page errors', errors.length === 0, errors.join('; '));
    await context.close();
  }

  // 2. Chinese browser, HiDPI: the canvas backing store follows devicePixelRatio.
  {
    const { context, page, state } = await openPage(browser, server.url,
      { contextOptions: { viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2, locale: 'zh-CN' } });
    check('zh-CN browser starts in Chinese', state.language === 'zh', state.language);
    check('devicePixelRatio 2 reported', state.devicePixelRatio === 2, String(state.devicePixelRatio));
    const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return { w: c.width, h: c.height }; });
    check('canvas backing store is in device pixels', size.w === 2000 && size.h === 1400, JSON.stringify(size));
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForTimeout(500);
    const resized = await page.evaluate(() => { const c = document.getElementById('canvas'); return { w: c.width, h: c.height }; });
    check('canvas follows a window resize', resized.w === 1600 && resized.h === 1200, JSON.stringify(resized));
    const shot = await page.screenshot();
    writeFileSync(join(out, 'page-zh-hidpi.png'), shot);
    const stats = await imageStats(page, shot);
    check('Chinese HiDPI screenshot is not blank', stats.colours > 16 && stats.nonBackground > 0.02, JSON.stringify(stats));
    await context.close();
  }

  // 3. A browser without WebGL2 or without WebAssembly gets a readable message, not a blank page.
  for (const [name, script] of [
    ['no WebGL2', () => { const get = HTMLCanvasElement.prototype.getContext; HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : get.call(this, kind, ...rest); }; }],
    ['no WebAssembly', () => { delete window.WebAssembly; }],
  ]) {
    const { context, page } = await openPage(browser, server.url,
      { contextOptions: {}, prepare: (p) => p.addInitScript(script), ready: false });
    await page.waitForFunction(() => window.explorer && window.explorer.failure, null, { timeout: 10000 }).catch(() => {});
    const text = await page.locator('#message').innerText();
    const visible = await page.locator('#overlay').isVisible();
    check(`${name}: readable message shown`, visible && /WebGL2|WebAssembly/.test(text), text);
    writeFileSync(join(out, `page-${name.replace(/\s+/g, '-').toLowerCase()}.png`), await page.screenshot());
    await context.close();
  }

  // 4. A missing app.wasm is reported on the page.
  {
    const { context, page } = await openPage(browser, server.url, {
      contextOptions: {},
      prepare: (p) => p.route('**/app.wasm', (route) => route.fulfill({ status: 404, body: '' })),
      ready: false,
    });
    await page.waitForFunction(() => window.explorer && window.explorer.failure, null, { timeout: 15000 }).catch(() => {});
    const text = await page.locator('#message').innerText();
    check('failed download: readable message shown', /could not be downloaded|404/.test(text), text);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
finish(out);
