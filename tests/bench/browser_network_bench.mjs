// Browser benchmark of the network view (not a test: it prints figures).
//   node tests/bench/browser_network_bench.mjs --data FILE.json [--data2 FILE.json ...] [--dist DIR]
//        [--seconds 5] [--shots DIR]
// For each dataset, in headless Chromium: the page opens with ?data=FILE, switches to the
// network, and reads state().frameMs / frameMsP95 (the page's own CPU time per drawn frame,
// over its last 240 frames) while the layout runs; once the layout is done (the page stops
// drawing by itself), it wheel-zooms and drag-pans over the canvas at 60 events per second
// for a few seconds and reads them again. Datasets: build/tests/load_bench --write-synthetic
// 10000 FILE, build/tests/network_frame_bench --write-hubs 10000 FILE.
import { mkdtempSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from '../e2e/static_server.mjs';
import { launchBrowser, openPage } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const argv = process.argv.slice(2);
const files = argv.flatMap((a, i) => (a.startsWith('--data') ? [resolve(argv[i + 1])] : []));
const option = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const dist = resolve(option('dist', join(repo, 'dist')));
const seconds = Number(option('seconds', 5));
const shots = option('shots', null);
if (!files.length) { console.error('give --data FILE.json'); process.exit(2); }

const root = mkdtempSync(join(tmpdir(), 'pe-network-bench-'));
cpSync(dist, root, { recursive: true });
mkdirSync(join(root, 'data'));
for (const f of files) cpSync(f, join(root, 'data', basename(f)));
if (shots) mkdirSync(shots, { recursive: true });

const server = await serveDirectory(root, '/');
const browser = await launchBrowser();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const state = (page) => page.evaluate(() => window.explorer.state());
const fixed = (v) => (v == null ? 'n/a' : v.toFixed(2));

// Wheel notches in, then out, then a drag left and back, on a 60 Hz clock (events are not
// awaited one by one, so a slow page cannot slow the input down).
async function interact(page, at, ms) {
  const cdp = await page.context().newCDPSession(page);
  const send = (p) => cdp.send('Input.dispatchMouseEvent', { y: at.y, modifiers: 0, ...p }).catch(() => {});
  const start = Date.now();
  const pending = [];
  for (let i = 0; Date.now() - start < ms; i++) {
    const step = i % 60;
    const x = step < 45 ? at.x - 12 * (step - 30) : at.x - 12 * (59 - step);
    if (step < 30) pending.push(send({ type: 'mouseWheel', x: at.x, deltaX: 0, deltaY: step < 15 ? -100 : 100 }));
    else if (step === 30) pending.push(send({ type: 'mousePressed', x: at.x, button: 'left', buttons: 1, clickCount: 1 }));
    else if (step < 59) pending.push(send({ type: 'mouseMoved', x, button: 'left', buttons: 1 }));
    else pending.push(send({ type: 'mouseReleased', x: at.x, button: 'left', buttons: 0, clickCount: 1 }));
    await sleep(start + (i + 1) * (1000 / 60) - Date.now());
  }
  await Promise.all(pending);
}

try {
  for (const file of files) {
    const name = basename(file);
    const { context, page } = await openPage(browser, `${server.url}?data=data/${name}`);
    let s = await state(page);
    const viewOk = await page.evaluate(() => window.explorer.setView('network'));
    const start = Date.now();
    const startFrames = s.frameCount;
    // While the layout runs the page draws every frame: read the figures once 240 frames of it
    // have passed, then wait until it stops drawing by itself (the layout is done).
    s = await state(page);
    while (s.frameCount - startFrames < 260 && Date.now() - start < 120000) { await sleep(200); s = await state(page); }
    const during = { median: s.frameMs, p95: s.frameMsP95, frames: s.frameCount - startFrames };
    let last = s.frameCount;
    let still = 0;
    while (still < 3 && Date.now() - start < 600000) {
      await sleep(500);
      s = await state(page);
      still = s.frameCount === last ? still + 1 : 0;
      last = s.frameCount;
    }
    const layoutSeconds = (Date.now() - start) / 1000;
    if (shots) await page.screenshot({ path: join(shots, `${name.replace(/\.json$/, '')}-fitted.png`) });
    const box = await page.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
    await interact(page, { x: Math.round(box.w * 0.45), y: Math.round(box.h * 0.3) }, seconds * 1000);
    s = await state(page);
    if (shots) await page.screenshot({ path: join(shots, `${name.replace(/\.json$/, '')}-moved.png`) });
    console.log(`${name}: ${s.entityCount} entities, ${s.linkCount} links, view ${viewOk ? s.view : 'not switched'}`);
    console.log(`  during the layout: frameMs median ${fixed(during.median)} p95 ${fixed(during.p95)} (${during.frames} frames)`);
    console.log(`  layout done after ${layoutSeconds.toFixed(1)} s (wall, from the switch)`);
    console.log(`  zoom and pan ${seconds} s: frameMs median ${fixed(s.frameMs)} p95 ${fixed(s.frameMsP95)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
