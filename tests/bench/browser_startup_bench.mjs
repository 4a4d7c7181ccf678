// Start-up benchmark of the page (not a test: it prints figures, run by scripts/bench-startup.sh).
//   node tests/bench/browser_startup_bench.mjs --dist LABEL=DIR[,LABEL=DIR...] [--data DIR]
//        [--sizes builtin,10000,100000] [--loads 10] [--out FILE.json]
// Each page folder is served by its own local server (tests/e2e/static_server.mjs:
// application/wasm, a Content-Length, no caching); DIR of --data holds synthetic-N.json
// (load_bench --write-synthetic N FILE), served beside each page so ?data=data/... works. For every size,
// the pages are loaded alternately (A, B, A, B, ...) in fresh browser contexts, so a slower
// moment of this shared machine hits both alike. Per page and size it prints the median and
// p95 of state().firstFrameMs (from the page's first script to the first frame showing the
// data), then the median time of each start-up step, in ms since navigation began:
//   script    the page's first script runs (explorer.js)
//   wasm>     app.wasm requested;   wasm<  its last byte arrived (Resource Timing)
//   comp>     WebAssembly.compile(Streaming) called;   comp<  it resolved (pages that compile apart)
//   inst>     WebAssembly.instantiate(Streaming) called;   inst<  it resolved
//   main>     the runtime is up, main() starts;   main<  main() returned
//   frame     the first frame with the data was drawn
// and, when the page reports them (state().startup), the program's own marks.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/browser.mjs';
import { serveDirectory } from '../e2e/static_server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const pages = (args.dist || `ours=${join(repo, 'dist')}`).split(',').map((spec) => {
  const [label, dir] = spec.includes('=') ? spec.split('=') : [spec, spec];
  return { label, dir: resolve(dir) };
});
const dataDir = resolve(args.data || join(repo, 'build/bench-browser-data'));
const sizes = (args.sizes || 'builtin,10000,100000').split(',');
const loads = Number(args.loads || 10);
const outFile = resolve(args.out || join(repo, 'out/bench-startup/results.json'));

// Each page is served from a folder of links: its files, and data/ pointing at the datasets.
async function servePage(page) {
  const root = mkdtempSync(join(tmpdir(), `pe-startup-${page.label}-`));
  for (const name of readdirSync(page.dir)) symlinkSync(join(page.dir, name), join(root, name));
  symlinkSync(dataDir, join(root, 'data'));
  return serveDirectory(root, `/${page.label}/`);
}

// Runs in the page before its scripts: wraps WebAssembly's instantiation and the Module
// callbacks explorer.js sets, recording when each happens (ms since navigation began).
function recordStartup() {
  const marks = window.__startupMarks = {};
  const mark = (name) => { if (!(name in marks)) marks[name] = performance.now(); };
  const steps = { instantiate: 'inst', instantiateStreaming: 'inst', compile: 'comp', compileStreaming: 'comp' };
  for (const [name, step] of Object.entries(steps)) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...rest) {
      mark(step + '>');
      return original.apply(this, rest).then((result) => { mark(step + '<'); return result; });
    };
  }
  const wrap = (module, key, name, last) => {
    const original = module[key];
    if (typeof original !== 'function') return;
    module[key] = function (...rest) {
      if (last) marks[name] = performance.now(); else mark(name);
      return original.apply(this, rest);
    };
  };
  Object.defineProperty(window, 'Module', {
    configurable: true,
    set(module) {
      wrap(module, 'onRuntimeInitialized', 'main>');
      wrap(module, 'onExplorerReady', 'ready');
      wrap(module, 'onExplorerDataDrawn', 'dataDrawn', true);
      const postRun = module.postRun;
      if (typeof postRun === 'function') module.postRun = function () { mark('main<'); return postRun.apply(this, arguments); };
      Object.defineProperty(window, 'Module', { value: module, writable: true, configurable: true, enumerable: true });
    },
  });
}

async function loadOnce(browser, page, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(recordStartup);
    const query = size === 'builtin' ? '' : `?data=data/synthetic-${size}.json`;
    await tab.goto(`${page.server.url}${query}`);
    await tab.waitForFunction(() => window.explorer && (window.explorer.state().ready || window.explorer.failure),
      null, { timeout: 120000, polling: 20 });
    return await tab.evaluate((withData) => {
      const state = window.explorer.state();
      if (!state.ready) return { error: state.failure };
      if (withData && !(state.dataLoad && state.dataLoad.ok)) return { error: state.error || 'data not loaded' };
      const marks = window.__startupMarks;
      const frame = withData ? marks.dataDrawn : marks.ready;
      const resource = (name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/' + name));
      const wasm = resource('app.wasm');
      const steps = { script: frame - state.firstFrameMs, 'wasm>': wasm && wasm.startTime, 'wasm<': wasm && wasm.responseEnd,
        'comp>': marks['comp>'], 'comp<': marks['comp<'], 'inst>': marks['inst>'], 'inst<': marks['inst<'], 'main>': marks['main>'], 'main<': marks['main<'], frame };
      const startup = state.startup;  // the program's own marks, ms since the first script
      if (startup && startup.at) {
        for (const [name, ms] of Object.entries(startup.at)) steps['@' + name] = steps.script + ms;
        for (const [name, ms] of Object.entries(startup.took || {})) steps['took ' + name] = ms;
      }
      const wasmRequests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/app.wasm')).length;
      return { firstFrameMs: state.firstFrameMs, entityCount: state.entityCount, wasmRequests, steps };
    }, size !== 'builtin');
  } catch (error) {
    return { error: error.message };
  } finally {
    await context.close().catch(() => {});
  }
}

const quantile = (values, q) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const fmt = (v) => (v === null || v === undefined ? '-' : v.toFixed(0));

for (const page of pages) {
  if (!existsSync(join(page.dir, 'index.html'))) { console.error(`no page in ${page.dir}`); process.exit(1); }
  page.server = await servePage(page);
}
const browser = await launchBrowser();
const results = {};
try {
  for (const size of sizes) {
    if (size !== 'builtin' && !existsSync(join(dataDir, `synthetic-${size}.json`))) {
      console.error(`skipping ${size}: ${join(dataDir, `synthetic-${size}.json`)} not found`);
      continue;
    }
    for (const page of pages) results[`${page.label} ${size}`] = [];
    for (let i = 0; i < loads; i++) {
      for (const page of pages) {
        const run = await loadOnce(browser, page, size);
        if (run.error) console.error(`${page.label} ${size} load ${i + 1}: ${run.error}`);
        results[`${page.label} ${size}`].push(run);
      }
    }
  }
} finally {
  await browser.close();
  for (const page of pages) await page.server.close();
}

console.log(`first frame (state().firstFrameMs) over ${loads} alternated loads, and the median time of each step in ms since navigation`);
for (const [key, runs] of Object.entries(results)) {
  const ok = runs.filter((r) => !r.error);
  const first = ok.map((r) => r.firstFrameMs);
  console.log(`\n${key}: ${ok.length}/${runs.length} loads, firstFrameMs median ${fmt(quantile(first, 0.5))} p95 ${fmt(quantile(first, 0.95))} ` +
    `(min ${fmt(quantile(first, 0))}, max ${fmt(quantile(first, 1))})`);
  const names = [...new Set(ok.flatMap((r) => Object.keys(r.steps)))];
  const medians = names.map((n) => [n, quantile(ok.map((r) => r.steps[n]), 0.5)]).filter(([, v]) => v !== null)
    .sort((a, b) => (a[0].startsWith('took') - b[0].startsWith('took')) || a[1] - b[1]);
  console.log('  ' + medians.map(([n, v]) => `${n} ${fmt(v)}`).join(' | '));
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 1));
console.log(`\nper-load figures in ${outFile}`);
