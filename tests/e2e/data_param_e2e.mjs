// Browser end-to-end tests of loading another dataset into the built page (dist/): the
// ?data=URL parameter and window.explorer.loadDataset, in headless Chromium.
//   node tests/e2e/data_param_e2e.mjs [DIST_DIR] [OUT_DIR]
// A valid file must replace the embedded dataset; a broken one (syntax or a rule), a 404 and
// a network error must keep it and say which file and where. Prints one line per check and
// ends with "N passed, N failed"; exits 1 on any failure.
import { readFileSync, mkdirSync, mkdtempSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static_server.mjs';
import { launchBrowser, openPage, imageStats, checks } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dist = resolve(process.argv[2] || join(repo, 'dist'));
const out = resolve(process.argv[3] || join(repo, 'out', 'e2e-data'));
mkdirSync(out, { recursive: true });
const embedded = JSON.parse(readFileSync(join(repo, 'assets/data/beijing-stem-cell.json'), 'utf8'));
const small = JSON.parse(readFileSync(join(repo, 'tests/data/cli/small.json'), 'utf8'));

// Bad inputs come from the loader's corpus, with the place its .expect file names
// ("LINE:COL POINTER message-part"): the page must report the same place.
function badCase(name) {
  const line = readFileSync(join(repo, 'tests/data/bad', `${name}.expect`), 'utf8')
    .split('\n').find((l) => l.trim() && !l.startsWith('#'));
  const [, where, pointer, text] = line.match(/^(\d+:\d+) (\S*) (.*)$/);
  return { name, file: join(repo, 'tests/data/bad', `${name}.json`), where, pointer, text };
}
const syntaxBad = badCase('syntax_missing_comma');
const ruleBad = badCase('date_month_13');

// The page and the test files under one origin, as a deployment would have them.
const root = mkdtempSync(join(tmpdir(), 'pe-data-e2e-'));
cpSync(dist, root, { recursive: true });
mkdirSync(join(root, 'data'));
cpSync(join(repo, 'tests/data/cli/small.json'), join(root, 'data/small.json'));
cpSync(syntaxBad.file, join(root, 'data/syntax.json'));
cpSync(ruleBad.file, join(root, 'data/rule.json'));

const { check, finish } = checks();

const server = await serveDirectory(root, '/some/sub/path/');
const browser = await launchBrowser();

// Opens the page with a query, waits until it is ready (with the requested data or its error).
async function open(query, prepare) {
  const { context, page, errors, state } = await openPage(browser, server.url + query, { prepare });
  const notice = await page.locator('#data-notice').count() ? await page.locator('#data-notice').innerText() : null;
  const overlayHidden = await page.locator('#overlay').evaluate((e) => e.classList.contains('hidden'));
  return { context, page, state, notice, overlayHidden, errors };
}

function keepsEmbedded(label, state) {
  check(`${label}: the embedded dataset stays`, state.entityCount === embedded.entities.length &&
    state.datasetId === embedded.id, `${state.datasetId} ${state.entityCount}`);
}

try {
  // 1. No ?data: the embedded dataset, and a time to first frame.
  {
    const { context, state, notice } = await open('');
    check('no ?data: ready with the embedded dataset', state.ready && state.entityCount === embedded.entities.length);
    check('no ?data: firstFrameMs measured', typeof state.firstFrameMs === 'number' && state.firstFrameMs > 0, String(state.firstFrameMs));
    check('no ?data: no dataLoad, no notice', state.dataLoad === null && notice === null);
    await context.close();
  }

  // 2. A valid file replaces the embedded dataset.
  {
    const { context, state, notice, overlayHidden, errors } = await open('?data=data/small.json');
    console.log(`?data=data/small.json: first frame at ${state.firstFrameMs?.toFixed(0)} ms, ` +
      `download ${state.dataLoad?.downloadMs?.toFixed(0)} ms, load ${state.dataLoad?.loadMs?.toFixed(1)} ms`);
    check('valid file: ready', state.ready === true, JSON.stringify(state));
    check('valid file: entityCount is the file\'s', state.entityCount === small.entities.length, `${state.entityCount} vs ${small.entities.length}`);
    check('valid file: linkCount is the file\'s', state.linkCount === small.links.length, `${state.linkCount} vs ${small.links.length}`);
    check('valid file: datasetId is the file\'s', state.datasetId === small.id, state.datasetId);
    check('valid file: no error', state.error === '', state.error);
    check('valid file: dataLoad reports success and size', state.dataLoad?.ok === true &&
      state.dataLoad.bytes === readFileSync(join(root, 'data/small.json')).length, JSON.stringify(state.dataLoad));
    check('valid file: firstFrameMs measured after the load', typeof state.firstFrameMs === 'number' &&
      state.firstFrameMs >= state.dataLoad.downloadMs, `${state.firstFrameMs} vs ${state.dataLoad.downloadMs}`);
    check('valid file: overlay hidden, no notice', overlayHidden && notice === null, String(notice));
    check('valid file: no uncaught page errors', errors.length === 0, errors.join('; '));
    await context.close();
  }

  // 3. Broken files: syntax and a rule. The embedded dataset stays; the error names file:line:col: pointer.
  for (const [label, query, bad] of [['syntax error', 'data/syntax.json', syntaxBad], ['invalid date', 'data/rule.json', ruleBad]]) {
    const { context, page, state, notice, overlayHidden } = await open(`?data=${query}`);
    check(`${label}: ready`, state.ready === true, JSON.stringify(state));
    keepsEmbedded(label, state);
    const prefix = `${query}:${bad.where}: ${bad.pointer}: `;
    check(`${label}: error names ${prefix.trim()}`, state.error.startsWith(prefix) && state.error.includes(bad.text), state.error);
    check(`${label}: dataLoad.ok is false`, state.dataLoad?.ok === false, JSON.stringify(state.dataLoad));
    check(`${label}: a readable notice names the file and the place`, overlayHidden && notice !== null &&
      notice.includes(query) && notice.includes(bad.where), String(notice));
    const shot = await page.screenshot();
    const name = `data-${label.replace(/\s+/g, '-')}.png`;
    writeFileSync(join(out, name), shot);
    const stats = await imageStats(page, shot);
    check(`${label}: screenshot is not blank`, stats.colours > 16 && stats.nonBackground > 0.02, JSON.stringify(stats));
    await context.close();
  }

  // 4. A missing file (HTTP 404) and a network failure: readable messages, embedded dataset kept.
  for (const [label, query, prepare, pattern] of [
    ['HTTP 404', 'data/missing.json', null, /HTTP 404/],
    ['network error', 'data/unreachable.json', (page) => page.route('**/data/unreachable.json', (route) => route.abort('connectionrefused')), /network error/],
  ]) {
    const { context, page, state, notice, overlayHidden } = await open(`?data=${query}`, prepare);
    check(`${label}: ready`, state.ready === true, JSON.stringify(state));
    keepsEmbedded(label, state);
    check(`${label}: error names the file and the reason`, state.error.startsWith(`${query}: could not be downloaded: `) &&
      pattern.test(state.error), state.error);
    check(`${label}: a readable notice is shown`, overlayHidden && notice !== null && notice.includes(query) &&
      pattern.test(notice) && /built-in dataset/.test(notice), String(notice));
    writeFileSync(join(out, `data-${label.replace(/\s+/g, '-').toLowerCase()}.png`), await page.screenshot());
    await context.close();
  }

  // 5. window.explorer.loadDataset: text and ArrayBuffer; a broken text keeps the current data.
  {
    const { context, page } = await open('');
    const smallText = readFileSync(join(repo, 'tests/data/cli/small.json'), 'utf8');
    const badText = readFileSync(ruleBad.file, 'utf8');
    const loaded = await page.evaluate((t) => window.explorer.loadDataset(t, 'mine.json'), smallText);
    let state = await page.evaluate(() => window.explorer.state());
    check('loadDataset(text): true and the counts follow', loaded === true && state.entityCount === small.entities.length &&
      state.error === '', JSON.stringify(state));
    const refused = await page.evaluate((t) => window.explorer.loadDataset(t, 'mine.json'), badText);
    state = await page.evaluate(() => window.explorer.state());
    check('loadDataset(bad text): false, the current dataset stays', refused === false && state.entityCount === small.entities.length);
    check('loadDataset(bad text): error names the origin and the place',
      state.error.startsWith(`mine.json:${ruleBad.where}: ${ruleBad.pointer}: `), state.error);
    const embeddedText = readFileSync(join(repo, 'assets/data/beijing-stem-cell.json'));
    const fromBuffer = await page.evaluate((bytes) => window.explorer.loadDataset(new Uint8Array(bytes).buffer, 'buffer.json'),
      [...embeddedText]);
    state = await page.evaluate(() => window.explorer.state());
    check('loadDataset(ArrayBuffer): true and the counts follow', fromBuffer === true &&
      state.entityCount === embedded.entities.length && state.error === '', JSON.stringify(state));
    const framesBefore = state.frameCount;
    await page.evaluate((t) => window.explorer.loadDataset(t, 'mine.json'), smallText);
    await page.waitForTimeout(300);
    check('loadDataset draws a frame', (await page.evaluate(() => window.explorer.state().frameCount)) > framesBefore);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
finish(out);
