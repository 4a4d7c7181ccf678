// Browser benchmark of the network view (not a test: it prints figures).
//   node tests/bench/browser_network_bench.mjs --data FILE.json [--data2 FILE.json ...] [--dist DIR]
//        [--seconds 5] [--shots DIR] [--profile N]
// For each dataset, in headless Chromium: the page opens with ?data=FILE, switches to the
// network, and reads state().frameMs / frameMsP95 (the page's own CPU time per drawn frame,
// over its last 240 frames) while the layout runs; once the layout is done (the page stops
// drawing by itself), it wheel-zooms and drag-pans over the canvas at 60 events per second
// for a few seconds and reads them again. Datasets: build/tests/load_bench --write-synthetic
// 10000 FILE, build/tests/network_frame_bench --write-hubs 10000 FILE.
// --profile N: Chrome's sampling profiler (CDP Profiler) runs over the layout and over the
// zoom and pan; prints the N functions with the most self time and the inclusive time of the
// frame's parts (a page linked with --profiling-funcs names its wasm functions).
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
const profileTop = Number(option('profile', 0));
const view = option('view', 'network');  // another view to compare with (timeline)
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

// Inclusive and self milliseconds per function name over a CDP profile.
const FRAME_PARTS = ['tick', 'draw_frame', 'NewFrame', 'draw_app', 'draw_network_view', 'advance_layout',
  'step_network_layout', 'build_network_frame', 'draw_edges', 'draw_nodes', 'draw_labels', 'Render',
  'ImGui_ImplOpenGL3_RenderDrawData', 'glBufferData', 'glDrawElements', '(garbage collector)', '(idle)', '(program)'];
function summarize(profile, label) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (n) => n.callFrame.functionName.replace(/\(anonymous namespace\)::/g, '')
    .replace(/^pe::/, '').replace(/(.)\(.*$/, '$1') || '(anonymous)';
  const self = new Map(), incl = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    let n = byId.get(id);
    self.set(name(n), (self.get(name(n)) || 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = name(byId.get(cur));
      if (seen.has(nm)) continue;
      seen.add(nm);
      incl.set(nm, (incl.get(nm) || 0) + dt);
    }
  });
  console.log(`  profile ${label}: ${(total / 1000).toFixed(1)} s sampled`);
  const parts = FRAME_PARTS.map((p) => [p, [...incl].filter(([k]) => k === p || k.endsWith(`::${p}`))
    .reduce((a, [, v]) => a + v, 0)]).filter(([, v]) => v > 0);
  console.log(`    inclusive ms: ${parts.map(([p, v]) => `${p} ${v.toFixed(0)}`).join(', ')}`);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, profileTop);
  for (const [k, v] of top) console.log(`    self ${v.toFixed(0).padStart(6)} ms  ${k.slice(0, 110)}`);
}
async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async (label) => summarize((await cdp.send('Profiler.stop')).profile, label);
}

try {
  for (const file of files) {
    const name = basename(file);
    // Every animation frame callback timed (the page's tick: its frame's CPU time, GL calls
    // included), so the zoom and pan's own frames can be told from the layout's.
    const prepare = (p) => p.addInitScript(() => {
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf((t) => {
        const t0 = performance.now();
        cb(t);
        if (window.__cb) window.__cb.push(performance.now() - t0);
      });
    });
    const { context, page } = await openPage(browser, `${server.url}?data=data/${name}`, { prepare });
    let s = await state(page);
    const viewOk = await page.evaluate((v) => window.explorer.setView(v), view);
    const stopLayoutProfile = profileTop ? await startProfile(page) : null;
    const start = Date.now();
    const startFrames = s.frameCount;
    // While the layout runs the page draws every frame: read the figures once 240 frames of it
    // have passed (or when it is done), then wait until it stops drawing by itself (the layout
    // is done). The time to finish is taken at the last frame drawn.
    let during = null;
    let last = s.frameCount;
    let lastAt = Date.now();
    let still = 0;
    while (still < 3 && Date.now() - start < 600000) {
      await sleep(still ? 500 : 100);
      s = await state(page);
      if (!during && (s.frameCount - startFrames >= 260 || (still && s.frameCount === last)))
        during = { median: s.frameMs, p95: s.frameMsP95, frames: s.frameCount - startFrames };
      if (s.frameCount !== last) lastAt = Date.now();
      still = s.frameCount === last ? still + 1 : 0;
      last = s.frameCount;
    }
    const layoutSeconds = (lastAt - start) / 1000;
    const layoutFrames = s.frameCount - startFrames;
    if (stopLayoutProfile) await stopLayoutProfile('layout');
    if (shots) await page.screenshot({ path: join(shots, `${name.replace(/\.json$/, '')}-fitted.png`) });
    const box = await page.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
    const stopMoveProfile = profileTop ? await startProfile(page) : null;
    const movedFrom = s.frameCount;
    // requestAnimationFrame intervals while it moves: what a person sees (the GPU's time too).
    await page.evaluate(() => { window.__raf = []; window.__cb = []; let t0 = performance.now();
      const tick = (t) => { window.__raf.push(t - t0); t0 = t; if (window.__raf) requestAnimationFrame(tick); };
      requestAnimationFrame(tick); });
    await interact(page, { x: Math.round(box.w * 0.45), y: Math.round(box.h * 0.3) }, seconds * 1000);
    const raf = (await page.evaluate(() => { const r = window.__raf; window.__raf = null; return r; }))
      .slice(1).sort((a, b) => a - b);
    const at = (list, q) => (list.length ? list[Math.min(list.length - 1, Math.floor(q * list.length))] : null);
    const rafAt = (q) => at(raf, q);
    // Callbacks under 0.5 ms drew nothing (the frame pacing skipped them).
    const cb = (await page.evaluate(() => { const r = window.__cb; window.__cb = null; return r; }))
      .filter((ms) => ms >= 0.5).sort((a, b) => a - b);
    s = await state(page);
    const movedFrames = s.frameCount - movedFrom;
    if (stopMoveProfile) await stopMoveProfile('zoom and pan');
    if (shots) await page.screenshot({ path: join(shots, `${name.replace(/\.json$/, '')}-moved.png`) });
    console.log(`${name}: ${s.entityCount} entities, ${s.linkCount} links, view ${viewOk ? s.view : 'not switched'}`);
    console.log(`  during the layout: frameMs median ${fixed(during.median)} p95 ${fixed(during.p95)} (${during.frames} frames)`);
    console.log(`  layout done after ${layoutSeconds.toFixed(1)} s (wall, from the switch), ${layoutFrames} frames`);
    console.log(`  zoom and pan ${seconds} s: frameMs median ${fixed(s.frameMs)} p95 ${fixed(s.frameMsP95)}, ${movedFrames} frames;`
      + ` rAF interval median ${fixed(rafAt(0.5))} p95 ${fixed(rafAt(0.95))} ms`);
    console.log(`  zoom and pan's own frames (${cb.length}): CPU per frame median ${fixed(at(cb, 0.5))}`
      + ` p95 ${fixed(at(cb, 0.95))} ms (timed animation frame callbacks)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
