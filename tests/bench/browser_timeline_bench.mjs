// Browser benchmark of the timeline (not a test: it prints figures, run by scripts/bench-browser.sh).
//   node tests/bench/browser_timeline_bench.mjs --data DIR [--dist DIR] [--sizes 1000,10000,100000,1000000]
//        [--seconds 4] [--budget 60] [--out FILE.json]
// DIR holds synthetic-N.json (load_bench --write-synthetic N). In one headless Chromium, for each
// size: our page opens ?data=..., then the same file in vis-timeline (vis_timeline_page.html);
// each is panned and zoomed the same way (wheel and drag at a steady 60 events per second).
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
// Ours also reports its own CPU time per drawn frame (state().frameMs / frameMsP95, last 240 frames).
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
const seconds = Number(args.seconds || 4);
const budgetMs = Number(args.budget || 60) * 1000;  // to load one size in one page
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
// 15 wheel notches in at the cursor, 15 out, then a drag 280 px left and back. Events go
// straight through CDP on a clock and are not awaited one by one (an awaited event waits for
// the page's next frame, so a slow page would slow the input down and look faster); the
// browser coalesces what a busy page cannot take, as it does for a real mouse.
async function drive(cdp, point, ms) {
  const period = 1000 / 60;
  const start = Date.now();
  const pending = [];
  const send = (params) => pending.push(cdp.send('Input.dispatchMouseEvent', { y: point.y, modifiers: 0, ...params }).catch(() => {}));
  send({ type: 'mouseMoved', x: point.x });
  const count = Math.max(1, Math.round(ms / 1000)) * 60;  // whole cycles: the drag always ends
  let i = 0;
  for (; i < count; i++) {
    const step = i % 60;
    const dragX = step < 45 ? point.x - 20 * (step - 30) : point.x - 20 * (59 - step);
    if (step < 30) send({ type: 'mouseWheel', x: point.x, deltaX: 0, deltaY: step < 15 ? -100 : 100 });
    else if (step === 30) send({ type: 'mousePressed', x: point.x, button: 'left', buttons: 1, clickCount: 1 });
    else if (step < 59) send({ type: 'mouseMoved', x: dragX, button: 'left', buttons: 1 });
    else send({ type: 'mouseReleased', x: point.x, button: 'left', buttons: 0, clickCount: 1 });
    await sleep(start + (i + 1) * period - Date.now());
  }
  const sentMs = Date.now() - start;
  // Wait (bounded) until the page has taken them all: its backlog counts against it.
  const drained = await withTimeout(Promise.all(pending), ms * 3, 'input backlog').then(() => true, () => false);
  return { sent: i, ms: sentMs, drainedMs: Date.now() - start, drained };
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

async function runOurs(browser, server, file) {
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
    await sleep(500);  // let the first frames settle before the clock starts
    const framesBefore = state.frameCount;
    const point = await oursPoint(page);
    const interaction = await withTimeout(measureInteraction(page, cdp, point), seconds * 4000 + 30000, 'interaction');
    const after = await page.evaluate(() => window.explorer.state());
    // WebAssembly memory never shrinks: its size now is the peak of the load and the frames.
    const memory = await page.evaluate(() => ({ wasmBytes: window.Module.HEAPU8.length,
      jsHeapBytes: performance.memory ? performance.memory.usedJSHeapSize : null }));
    return { ...interaction, point, firstFrameMs: state.firstFrameMs, dataLoad: state.dataLoad, entityCount: state.entityCount,
      frameMs: after.frameMs, frameMsP95: after.frameMsP95, framesDrawn: after.frameCount - framesBefore, ...memory };
  } catch (error) {
    return { error: error.message };
  } finally {
    await context.close().catch(() => {});
  }
}

async function runVis(browser, server, file) {
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
    const interaction = await withTimeout(measureInteraction(page, cdp, { x: 700, y: 300 }), seconds * 4000 + 30000, 'interaction');
    return { ...interaction, firstRenderMs: bench.firstRenderMs, items: bench.items };
  } catch (error) {
    return { error: error.message };
  } finally {
    await context.close().catch(() => {});
  }
}

// When the page had taken the last of the interaction's events (sent over `seconds`); ">"
// when it still had not, 3 times that long after the last one was sent.
const handled = (r) => (r ? `${r.events.drained ? '' : '>'}${fmt(r.events.drainedMs / 1000)}` : '-');
const fmt = (v, digits = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '-');
const pad = (s, n) => String(s).padStart(n);

const server = await serve([['/data/', dataDir], ['/vis/', visDir], ['/bench/', here], ['/', dist]]);
const browser = await launchBrowser();
const results = [];
const started = Date.now();
try {
  for (const size of sizes) {
    const file = `synthetic-${size}.json`;
    if (!existsSync(join(dataDir, file))) { console.error(`missing ${join(dataDir, file)}; skipped`); continue; }
    const mb = statSync(join(dataDir, file)).size / 1e6;
    console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${size} entities (${mb.toFixed(1)} MB): ours...`);
    const ours = await runOurs(browser, server, file);
    console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${size} entities: vis-timeline...`);
    const vis = 'skip-vis' in args ? { error: 'not run (--skip-vis)' } : await runVis(browser, server, file);
    results.push({ size, mb, ours, vis });
    console.error(JSON.stringify({ size, ours, vis }));
  }
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), seconds, viewport, results }, null, 2));

console.log(`\nPolicy Explorer (WASM), ${seconds} s of wheel zoom and drag pan at 60 events/s, ${viewport.width}x${viewport.height}`);
console.log('    size      MB  first frame ms  frameMs median  frameMs p95  frames drawn  events taken/s  wasm memory MB');
for (const { size, mb, ours } of results) {
  if (ours.error) { console.log(`${pad(size, 8)} ${pad(fmt(mb), 7)}  did not load: ${ours.error}`); continue; }
  console.log(`${pad(size, 8)} ${pad(fmt(mb), 7)} ${pad(fmt(ours.firstFrameMs, 0), 15)} ${pad(fmt(ours.frameMs, 2), 15)} ` +
    `${pad(fmt(ours.frameMsP95, 2), 12)} ${pad(ours.framesDrawn, 13)} ${pad(fmt(ours.events.sent / (ours.events.drainedMs / 1000), 0), 15)}` +
    ` ${pad(fmt(ours.wasmBytes / 1e6, 0), 15)}`);
}
console.log('\nSide by side (same file, same interaction); ratio = vis-timeline / ours');
console.log('            first frame ms             rAF interval ms median/p95          main-thread ms per frame    last input handled at s');
console.log('    size      ours       vis  ratio       ours            vis             ours      vis    ratio      ours     vis');
for (const { size, ours, vis } of results) {
  const o = ours.error ? null : ours;
  const v = vis.error ? null : vis;
  const visFirst = v ? fmt(v.firstRenderMs, 0) : 'did not load';
  const ratio = (a, b) => (a != null && b != null && b > 0 ? `${(a / b).toFixed(1)}x` : '-');
  console.log(`${pad(size, 8)} ${pad(o ? fmt(o.firstFrameMs, 0) : 'did not load', 9)} ${pad(visFirst, 12)} ` +
    `${pad(ratio(v?.firstRenderMs, o?.firstFrameMs), 6)}   ` +
    `${pad(o ? `${fmt(o.rafMedian)}/${fmt(o.rafP95)}` : '-', 12)}   ${pad(v ? `${fmt(v.rafMedian)}/${fmt(v.rafP95)}` : '-', 14)}   ` +
    `${pad(o ? fmt(o.mainMsPerFrame, 2) : '-', 9)} ${pad(v ? fmt(v.mainMsPerFrame, 2) : '-', 8)} ${pad(ratio(v?.mainMsPerFrame, o?.mainMsPerFrame), 8)}` +
    `   ${pad(handled(o), 7)} ${pad(handled(v), 7)}`);
}
for (const { size, ours, vis } of results) {
  if (ours.error) console.log(`ours ${size}: ${ours.error}`);
  if (vis.error) console.log(`vis-timeline ${size}: ${vis.error}`);
}
console.log(`(interaction: ${seconds} s of events; the rAF interval cannot go below 16.7 ms and, for ours in headless Chromium, is set by SwiftShader drawing the WebGL canvas in the GPU process)`);
console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s; raw figures in ${outFile}`);
