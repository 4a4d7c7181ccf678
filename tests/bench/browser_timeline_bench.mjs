// Browser benchmark of the timeline over data shapes (not a test: it prints figures, run by
// scripts/bench-browser.sh).
//   node tests/bench/browser_timeline_bench.mjs --data DIR [--dist DIR] [--shapes base,mixed,...]
//        [--sizes 1000,10000,100000,1000000] [--vis-sizes 1000,10000] [--seconds 4] [--budget 60]
//        [--million-shapes base,mixed] [--budget-1m 300] [--out FILE.json] [--shots DIR] [--skip-vis]
// DIR holds synthetic-SHAPE-N.json (load_bench --write-synthetic N FILE --shape SHAPE); a missing
// file is skipped. In one headless Chromium, for each size and shape: our page opens ?data=...,
// then, at the vis sizes, the same file in vis-timeline (vis_timeline_page.html); each is zoomed
// and panned the same way (Ctrl+wheel and drag at a steady 60 events per second: vis-timeline
// has zoomKey 'ctrlKey', so both zoom on Ctrl+wheel).
//
// What is measured, the same way for both pages:
// - first frame: ms from the page's first script to the first frame drawn with the data
//   (ours: state().firstFrameMs; vis: its first 'changed' event plus two animation frames).
// - rAF interval: requestAnimationFrame deltas while the interaction runs (median, p95): what
//   a person sees. It cannot go below the display's 16.7 ms, so it only separates slow pages.
// - main-thread ms per frame: Chrome's TaskDuration (CDP Performance.getMetrics: every task on
//   the page's main thread: script and WebAssembly, style, layout, paint, GC) over the
//   interaction, divided by the animation frames in it. This is the fair CPU cost per frame of
//   each page and the basis of the ratio; it does not saturate at the display rate.
// Ours also reports its own CPU time per drawn frame (state().frameMs / frameMsP95, last 240
// frames) and its WebAssembly memory (Module.HEAPU8.length: the memory's byte length) after
// loading and after the interaction.
// After the measurement each page is checked (and photographed in --shots) before, after 8
// Ctrl+wheel notches in, and after a drag: the pictures must differ. Ours is also zoomed out
// and in again with 8 plain notches each: the pictures must be the same as with Ctrl.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, itemRect } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const dataDir = resolve(args.data || join(repo, 'build/bench-browser-data'));
const dist = resolve(args.dist || join(repo, 'dist'));
const sizes = (args.sizes || '1000,10000,100000,1000000').split(',').map(Number);
const shapes = (args.shapes || 'base').split(',');
const millionShapes = new Set((args['million-shapes'] || 'base,mixed').split(','));  // the shapes run at 1M and above
const visSizes = new Set((args['vis-sizes'] || '1000,10000').split(',').map(Number));
const seconds = Number(args.seconds || 4);
const budgetFor = (size) => Number((size >= 1000000 && args['budget-1m']) || args.budget || 60) * 1000;  // to load one page
const shotDir = resolve(args.shots || join(repo, 'out/bench-browser/shots'));
const outFile = resolve(args.out || join(repo, 'out/bench-browser/results.json'));
const visDir = join(repo, 'node_modules/vis-timeline/standalone/umd');
const viewport = { width: 1280, height: 800 };

// A static server that streams files (the 1M dataset is ~1.2 GB): the page at /, datasets at
// /data/, vis-timeline at /vis/, the vis page at /bench/. One origin, so ?data is relative.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json' };
function serve(mounts) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const [mount, dir] = mounts.find(([m]) => path.startsWith(m)) || [];
    const file = dir && join(dir, normalize(path.slice(mount.length) || 'index.html').replace(/^(\.\.[/\\])+/, ''));
    if (!file || !existsSync(file) || !statSync(file).isFile()) { response.writeHead(404).end(); return; }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Length': statSync(file).size, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () =>
    done({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: over ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(timer));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// The interaction, the same for both pages: cycles of one second at 60 events per second:
// Control pressed, 15 Ctrl+wheel notches in at the cursor, Control released, a drag 280 px
// left and back (zoomed in, so that both pages really pan: ours keeps the window within the
// data's span, and at the first, fitted view it cannot move), Control pressed, 15 notches out,
// Control released. Events go
// straight through CDP on a clock and are not awaited one by one (an awaited event waits for
// the page's next frame, so a slow page would slow the input down and look faster); the
// browser coalesces what a busy page cannot take, as it does for a real mouse.
async function drive(cdp, point, ms) {
  const period = 1000 / 60;
  const start = Date.now();
  const pending = [];
  const send = (params) => pending.push(cdp.send('Input.dispatchMouseEvent', { y: point.y, modifiers: 0, ...params }).catch(() => {}));
  const control = (down) => pending.push(cdp.send('Input.dispatchKeyEvent', controlKey(down)).catch(() => {}));
  send({ type: 'mouseMoved', x: point.x });
  const count = Math.max(1, Math.round(ms / 1000)) * 60;  // whole cycles: the drag always ends
  let i = 0;
  for (; i < count; i++) {
    const step = i % 60;
    const dragX = step < 30 ? point.x - 20 * (step - 15) : point.x - 20 * (44 - step);
    if (step === 0 || step === 45) control(true);
    if (step < 15 || step >= 45) send({ type: 'mouseWheel', x: point.x, deltaX: 0, deltaY: step < 15 ? -100 : 100, modifiers: CTRL });
    else if (step === 15) {
      control(false);
      send({ type: 'mousePressed', x: point.x, button: 'left', buttons: 1, clickCount: 1 });
    } else if (step < 44) send({ type: 'mouseMoved', x: dragX, button: 'left', buttons: 1 });
    else send({ type: 'mouseReleased', x: point.x, button: 'left', buttons: 0, clickCount: 1 });
    if (step === 59) control(false);
    await sleep(start + (i + 1) * period - Date.now());
  }
  const sentMs = Date.now() - start;
  // Wait (bounded) until the page has taken them all: its backlog counts against it.
  const drained = await withTimeout(Promise.all(pending), ms * 3, 'input backlog').then(() => true, () => false);
  return { sent: i, ms: sentMs, drainedMs: Date.now() - start, drained };
}

const CTRL = 2;  // CDP's modifier bit for Control
const controlKey = (down) => ({ type: down ? 'rawKeyDown' : 'keyUp', key: 'Control', code: 'ControlLeft',
  windowsVirtualKeyCode: 17, nativeVirtualKeyCode: 17, modifiers: down ? CTRL : 0 });

// The check after the measurement: pictures before, after 8 Ctrl+wheel notches in and after
// a 300 px drag (for ours, between the two, 8 plain notches out and 8 in: the first picture and
// the zoomed one again when a plain wheel zooms as Ctrl+wheel does). `windowOf` reads the shown time window when the page
// can tell it (vis-timeline), else null; `settle` waits until the page has drawn all it was sent.
async function checkZoomAndPan(page, cdp, point, name, { plainWheel, settle, windowOf = async () => null }) {
  const shot = async (what) => page.screenshot({ path: join(shotDir, `${name}-${what}.png`) });
  const wheel = async (deltaY, modifiers) => {
    for (let i = 0; i < 8; i++) {
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: point.x, y: point.y, deltaX: 0, deltaY, modifiers });
      await sleep(30);
    }
  };
  mkdirSync(shotDir, { recursive: true });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y, modifiers: 0 });
  await settle();
  const before = await shot('before');
  const windowBefore = await windowOf();
  await cdp.send('Input.dispatchKeyEvent', controlKey(true));
  await wheel(-100, CTRL);
  await cdp.send('Input.dispatchKeyEvent', controlKey(false));
  await settle();
  const zoomed = await shot('zoomed');
  const windowZoomed = await windowOf();
  // Ours: 8 plain notches out must give back the first picture, 8 plain notches in the zoomed one.
  let plainAsCtrl = null;
  if (plainWheel) {
    await wheel(100, 0);
    await settle();
    const back = await shot('plain-wheel-out');
    await wheel(-100, 0);
    await settle();
    plainAsCtrl = before.equals(back) && zoomed.equals(await shot('plain-wheel-in'));
  }
  const drag = { type: 'mouseMoved', y: point.y, button: 'left', buttons: 1 };
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: point.x, y: point.y, button: 'left', buttons: 1, clickCount: 1 });
  for (let i = 1; i <= 15; i++) { await cdp.send('Input.dispatchMouseEvent', { ...drag, x: point.x - 20 * i }); await sleep(20); }
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: point.x - 300, y: point.y, button: 'left', buttons: 0, clickCount: 1 });
  await settle();
  const panned = await shot('panned');
  const windowPanned = await windowOf();
  return { zoomChanged: !before.equals(zoomed), panChanged: !panned.equals(zoomed), plainAsCtrl,
    windows: windowBefore && { before: windowBefore, zoomed: windowZoomed, panned: windowPanned } };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

// Runs the interaction with the rAF recorder and the CDP counters around it.
async function measureInteraction(page, cdp, point) {
  await page.evaluate(() => {
    const rec = window.__raf = { deltas: [], last: 0, run: true };
    const loop = (t) => { if (rec.last) rec.deltas.push(t - rec.last); rec.last = t; if (rec.run) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  });
  const before = await taskSeconds(cdp);
  const events = await drive(cdp, point, seconds * 1000);
  const after = await taskSeconds(cdp);
  const deltas = await page.evaluate(() => { window.__raf.run = false; return window.__raf.deltas; });
  const frames = Math.max(1, deltas.length);
  return {
    events,
    rafFrames: deltas.length,
    rafMedian: quantile(deltas, 0.5),
    rafP95: quantile(deltas, 0.95),
    mainMsPerFrame: ((after.TaskDuration - before.TaskDuration) * 1000) / frames,
    scriptLayoutStyleMsPerFrame: ((after.ScriptDuration - before.ScriptDuration + after.LayoutDuration - before.LayoutDuration +
      after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000) / frames,
  };
}

// Where to wheel and drag: the middle of the timeline's canvas, as the page drew it (the
// item probe, pe_item_rect, in CSS pixels); a point inside the lanes if it cannot say.
async function oursPoint(page) {
  const rect = await itemRect(page, '##timeline_canvas', 20, { x: 5, y: viewport.height - 5 });
  if (!rect) return { x: 700, y: 300 };
  return { x: Math.round((rect.x0 + rect.x1) / 2), y: Math.round((rect.y0 + rect.y1) / 2) };
}

async function runOurs(browser, server, file, name, budgetMs) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/?data=data/${file}`);
    await withTimeout(page.waitForFunction(() => window.explorer && (window.explorer.state().ready || window.explorer.failure),
      null, { timeout: 0, polling: 250 }), budgetMs, 'load');
    const state = await page.evaluate(() => window.explorer.state());
    if (state.failure) return { error: state.failure };
    if (state.error) return { error: state.error, firstFrameMs: state.firstFrameMs, dataLoad: state.dataLoad };
    // The page's WebAssembly memory (Module.HEAPU8 views all of it; it never shrinks).
    const memory = () => page.evaluate(() => ({ wasmBytes: window.Module.HEAPU8.length,
      jsHeapBytes: performance.memory ? performance.memory.usedJSHeapSize : null }));
    const loaded = await memory();
    await sleep(500);  // let the first frames settle before the clock starts
    const point = await oursPoint(page);
    const framesBefore = (await page.evaluate(() => window.explorer.state())).frameCount;
    const interaction = await withTimeout(measureInteraction(page, cdp, point), seconds * 4000 + 30000, 'interaction');
    const after = await page.evaluate(() => window.explorer.state());
    const peak = await memory();
    // Settled: no frame drawn for 1 s (an idle page draws nothing). On a loaded machine the
    // browser coalesces wheel events and frames lag, so the pictures may still differ by a notch.
    const settle = async () => {
      for (let last = -1, same = 0, start = Date.now(); same < 5 && Date.now() - start < 30000; await sleep(200)) {
        const count = await page.evaluate(() => window.explorer.state().frameCount);
        same = count === last ? same + 1 : 0;
        last = count;
      }
    };
    const check = await withTimeout(checkZoomAndPan(page, cdp, point, `${name}-ours`, { plainWheel: true, settle }), 120000, 'zoom check')
      .catch((error) => ({ error: error.message }));
    return { ...interaction, point, firstFrameMs: state.firstFrameMs, dataLoad: state.dataLoad, entityCount: state.entityCount,
      frameMs: after.frameMs, frameMsP95: after.frameMsP95, framesDrawn: after.frameCount - framesBefore,
      wasmBytes: loaded.wasmBytes, wasmBytesAfterInteraction: peak.wasmBytes, jsHeapBytes: peak.jsHeapBytes, check };
  } catch (error) {
    return { error: error.message };
  } finally {
    await context.close().catch(() => {});
  }
}

async function runVis(browser, server, file, name, budgetMs) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/bench/vis_timeline_page.html?data=../data/${file}`);
    try {
      await withTimeout(page.waitForFunction(() => window.visBench && (window.visBench.ready || window.visBench.error),
        null, { timeout: 0, polling: 250 }), budgetMs, 'load');
    } catch (error) {
      // The page may be stuck in a long synchronous step: ask where, briefly.
      const phase = await withTimeout(page.evaluate(() => window.visBench.phase), 2000, 'phase').catch(() => 'unknown (page busy)');
      return { error: `did not load within ${budgetMs / 1000} s (at: ${phase})` };
    }
    const bench = await page.evaluate(() => window.visBench);
    if (bench.error) return { error: `did not load (${bench.error})` };
    await sleep(500);
    const point = { x: 700, y: 300 };
    const interaction = await withTimeout(measureInteraction(page, cdp, point), seconds * 4000 + 30000, 'interaction');
    const windowOf = () => page.evaluate(() => {
      const w = window.visTimeline.getWindow();
      return { start: w.start.toISOString(), end: w.end.toISOString(), days: (w.end - w.start) / 864e5 };
    });
    const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))).then(() => sleep(400));
    const check = await withTimeout(checkZoomAndPan(page, cdp, point, `${name}-vis`, { plainWheel: false, settle, windowOf }), 120000, 'zoom check')
      .catch((error) => ({ error: error.message }));
    return { ...interaction, firstRenderMs: bench.firstRenderMs, items: bench.items, check };
  } catch (error) {
    return { error: error.message };
  } finally {
    await context.close().catch(() => {});
  }
}

const server = await serve([['/data/', dataDir], ['/vis/', visDir], ['/bench/', here], ['/', dist]]);
const browser = await launchBrowser();
const results = [];
const started = Date.now();
const clock = () => `[${((Date.now() - started) / 1000).toFixed(0)} s]`;
try {
  for (const size of sizes) {
    for (const shape of shapes) {
      if (size >= 1000000 && !millionShapes.has(shape)) continue;
      const file = `synthetic-${shape}-${size}.json`;
      if (!existsSync(join(dataDir, file))) { console.error(`missing ${join(dataDir, file)}; skipped`); continue; }
      const mb = statSync(join(dataDir, file)).size / 1e6;
      const name = `${shape}-${size}`;
      console.error(`${clock()} ${shape} ${size} entities (${mb.toFixed(1)} MB): ours...`);
      const ours = await runOurs(browser, server, file, name, budgetFor(size));
      let vis = { error: 'not run at this size' };
      if ('skip-vis' in args) vis = { error: 'not run (--skip-vis)' };
      else if (visSizes.has(size)) {
        console.error(`${clock()} ${shape} ${size} entities: vis-timeline...`);
        vis = await runVis(browser, server, file, name, budgetFor(size));
      }
      results.push({ shape, size, mb, ours, vis });
      console.error(JSON.stringify({ shape, size, ours, vis }));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), seconds, viewport, shapes, sizes, results }, null, 2));

// What the check after the measurement saw: z zoomed, p panned, = plain wheel zooms as Ctrl+wheel.
const seen = (r) => {
  if (!r || r.error) return '-';
  const c = r.check;
  if (!c || c.error) return 'check failed';
  return `${c.zoomChanged ? 'z' : 'NO-ZOOM'}${c.panChanged ? 'p' : ' NO-PAN'}${c.plainAsCtrl === false ? ' plain≠ctrl' : c.plainAsCtrl ? '=' : ''}`;
};
const cell = (v, digits = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '-');
const ratio = (a, b) => (a != null && b != null && b > 0 ? `${(a / b).toFixed(1)}x` : '-');
console.log(`\nPolicy Explorer (WASM) and vis-timeline 8.5.4 in headless Chromium (SwiftShader), ${viewport.width}x${viewport.height}, ` +
  `${seconds} s of Ctrl+wheel zoom and drag pan at 60 events/s per page. frameMs: ours, CPU per drawn frame; ` +
  'main ms/frame: CDP TaskDuration over the interaction / animation frames; wasm MB: WebAssembly memory after loading; ' +
  'ratio: vis-timeline main ms/frame / ours.\n');
console.log('| shape | entities | MB | first frame ms | frameMs median | frameMs p95 | main ms/frame | frames drawn | wasm MB | ' +
  'vis first frame ms | vis main ms/frame | ratio vis/ours | seen (ours / vis) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const { shape, size, mb, ours, vis } of results) {
  const o = ours.error ? null : ours;
  const v = vis.error ? null : vis;
  const visNote = vis.error === 'not run at this size' ? '' : vis.error ? 'did not load' : '-';
  console.log(`| ${shape} | ${size} | ${cell(mb)} | ${o ? cell(o.firstFrameMs, 0) : 'did not load'} | ${cell(o?.frameMs, 2)} | ` +
    `${cell(o?.frameMsP95, 2)} | ${cell(o?.mainMsPerFrame, 2)} | ${o ? o.framesDrawn : '-'} | ${o ? cell(o.wasmBytes / 1e6, 0) : '-'} | ` +
    `${v ? cell(v.firstRenderMs, 0) : visNote} | ${v ? cell(v.mainMsPerFrame, 2) : visNote} | ${ratio(v?.mainMsPerFrame, o?.mainMsPerFrame)} | ` +
    `${seen(o)} / ${v ? seen(v) : '-'} |`);
}
for (const { shape, size, ours, vis } of results) {
  if (ours.error) console.log(`ours ${shape} ${size}: ${ours.error}`);
  if (vis.error && vis.error !== 'not run at this size') console.log(`vis-timeline ${shape} ${size}: ${vis.error}`);
}
console.log(`\n(seen: z the picture changed on Ctrl+wheel, p on the drag, = a plain wheel zoomed exactly as Ctrl+wheel; ` +
  `pictures in ${shotDir}. The rAF interval, events handled and JS heap are in the JSON.)`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s; raw figures in ${outFile}`);
