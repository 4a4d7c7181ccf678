// Browser end-to-end test of finding and following things, in headless Chromium: type a query
// into the page's search box (pinyin initials), the table narrows (state().shownCount), a click
// on the result selects it (state().selectedId) and the details panel opens on it; a link in
// the details panel selects its entity; Alt+Left goes back; then screenshots of both languages
// in both themes (setLanguage, setTheme), each checked to be drawn, not blank.
//   node tests/e2e/explore_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static_server.mjs';
import { launchBrowser, openPage, waitForState, imageStats, itemRect, centreOf, checks } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dist = resolve(process.argv[2] || join(repo, 'dist'));
const out = resolve(process.argv[3] || join(repo, 'out', 'e2e-explore'));
mkdirSync(out, { recursive: true });
const dataset = JSON.parse(readFileSync(join(repo, 'assets/data/beijing-stem-cell.json'), 'utf8'));
const product = dataset.entities.find((e) => e.name.zh === '艾米迈托赛注射液');

const { check, finish } = checks();

const server = await serveDirectory(dist, '/');
const browser = await launchBrowser();
try {
  const { context, page, errors, state: first } = await openPage(browser, server.url);
  let state = first;
  check('page reaches ready', state.ready === true, JSON.stringify(state));
  check('everything is shown at start', state.shownCount === dataset.entities.length, `${state.shownCount}`);
  const waitState = (test) => waitForState(page, test);

  // Search: the initials of 艾米迈托赛注射液.
  const search = await itemRect(page, '##search');
  check('the search box is drawn', search !== null);
  await page.mouse.click(centreOf(search).x, centreOf(search).y);
  await page.keyboard.type('ammts', { delay: 30 });
  state = await waitState((s) => s.query === 'ammts' && s.shownCount < dataset.entities.length);
  check('typing "ammts" reaches the search box', state.query === 'ammts', JSON.stringify(state.query));
  check('the table narrows', state.shownCount >= 1 && state.shownCount < dataset.entities.length, `${state.shownCount}`);
  await page.screenshot({ path: join(out, 'search-ammts.png') });

  // The first result is the product: click its row.
  const row = await itemRect(page, product.name.en);
  check('the product is listed', row !== null);
  await page.mouse.click(centreOf(row).x, centreOf(row).y);
  state = await waitState((s) => s.selectedId === product.id);
  check('clicking the result selects it', state.selectedId === product.id, `${state.selectedId}`);
  const back = await itemRect(page, '##back');
  check('the details panel is open', back !== null);
  await page.screenshot({ path: join(out, 'selected-product.png') });

  // Clear the search, then follow a link from the details panel: its developer.
  const clear = await itemRect(page, 'Clear filters');
  check('the clear button is drawn', clear !== null);
  await page.mouse.click(centreOf(clear).x, centreOf(clear).y);
  state = await waitState((s) => s.query === '' && s.shownCount === dataset.entities.length);
  check('clearing shows everything again', state.shownCount === dataset.entities.length && state.query === '', JSON.stringify(state.query));
  const linked = dataset.links.find((l) => l.from === product.id || l.to === product.id);
  const otherId = linked.from === product.id ? linked.to : linked.from;
  const other = dataset.entities.find((e) => e.id === otherId);
  let linkRect = null;
  for (let i = 0; i < 25 && !linkRect; i++) {
    const types = { company: 'Company', milestone: 'Milestone', hospital: 'Hospital', park: 'Park', product: 'Product' };
    linkRect = await itemRect(page, `${other.name.en}  ·  ${types[other.type] || ''}`, 2);
    if (!linkRect) {  // scroll the details panel down to its links
      await page.mouse.move(back.x0 + 250, back.y0 + 120);
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(80);
    }
  }
  check(`the details list the link to ${other.name.en}`, linkRect !== null);
  if (linkRect) {
    await page.mouse.click(centreOf(linkRect).x, centreOf(linkRect).y);
    state = await waitState((s) => s.selectedId === other.id);
    check('clicking a link selects the linked entity', state.selectedId === other.id, `${state.selectedId}`);
    await page.keyboard.down('Alt');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.up('Alt');
    state = await waitState((s) => s.selectedId === product.id);
    check('Alt+Left goes back to the product', state.selectedId === product.id, `${state.selectedId}`);
  }

  // Both languages in both themes.
  for (const language of ['en', 'zh']) {
    for (const theme of ['dark', 'light']) {
      const switched = await page.evaluate(([l, t]) => window.explorer.setLanguage(l) && window.explorer.setTheme(t), [language, theme]);
      state = await waitState((s) => s.language === language && s.theme === theme);
      check(`${language} ${theme}: switched`, switched && state.language === language && state.theme === theme);
      await page.waitForTimeout(200);
      const png = await page.screenshot({ path: join(out, `${language}-${theme}.png`) });
      const stats = await imageStats(page, png.toString('base64'));
      check(`${language} ${theme}: screenshot is drawn`, stats.colours > 50 && stats.nonBackground > 0.1, JSON.stringify(stats));
    }
  }
  // The figures tab, in Chinese and the light theme.
  const toFigures = await page.evaluate(() => window.explorer.setTab('figures'));
  state = await waitState((s) => s.tab === 'figures');
  check('setTab shows the figures', toFigures && state.tab === 'figures' && state.view === 'timeline',
    JSON.stringify([state.tab, state.view]));
  check('a main view is not a tab, nor a tab a view',
    !(await page.evaluate(() => window.explorer.setTab('network'))) &&
    !(await page.evaluate(() => window.explorer.setView('figures'))));
  const yearsChart = await itemRect(page, '##years_chart');
  check('the events-per-year chart is drawn', yearsChart !== null && yearsChart.x1 - yearsChart.x0 > 100);
  await page.screenshot({ path: join(out, 'figures-zh-light.png') });

  // The network view: switched from script, drawn, and kept with the selection across a
  // language switch; the key 1 goes back to the timeline.
  const toNetwork = await page.evaluate((id) => window.explorer.select(id) && window.explorer.setView('network'), product.id);
  state = await waitState((s) => s.view === 'network' && s.selectedId === product.id);
  check('setView shows the network', toNetwork && state.view === 'network', JSON.stringify(state.view));
  // The layout runs over a few frames; once done, its hash is the one the native core test
  // pins (tests/core/network/network_layout_test.cpp, BuiltinHashIsPinned): the same picture
  // in the page as natively.
  state = await waitState((s) => s.networkLayoutHash !== null, { timeoutMs: 20000 });
  check('the page lays the network out exactly as the native build does',
    state.networkLayoutHash === 'c55c009cef607453', JSON.stringify(state.networkLayoutHash));
  await page.mouse.move(640, 200);
  await page.waitForTimeout(300);
  const networkPng = await page.screenshot({ path: join(out, 'network-zh-light.png') });
  const networkStats = await imageStats(page, networkPng.toString('base64'));
  check('the network is drawn', networkStats.colours > 50, JSON.stringify(networkStats));
  await page.evaluate(() => window.explorer.setLanguage('en') && window.explorer.setTheme('dark'));
  state = await waitState((s) => s.language === 'en' && s.theme === 'dark');
  check('the view and the selection survive a language switch',
    state.view === 'network' && state.selectedId === product.id && state.tab === 'figures', JSON.stringify(state));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'network-en-dark.png') });
  // The network's legend filters every view by type: a click on "Park" shows only the parks.
  const strings = JSON.parse(readFileSync(join(repo, 'assets/strings/ui_strings.json'), 'utf8'));
  const parks = dataset.entities.filter((e) => e.type === 'park').length;
  const parkEntry = await itemRect(page, `${strings['type.park'].en}  ${parks}###legend_park`);
  check('the legend names the parks with their count', parkEntry !== null);
  if (parkEntry) {
    await page.mouse.click(centreOf(parkEntry).x, centreOf(parkEntry).y);
    state = await waitState((s) => s.shownCount === parks);
    check('a legend click filters every view by type', state.shownCount === parks, JSON.stringify(state.shownCount));
    await page.screenshot({ path: join(out, 'network-en-dark-parks.png') });
    await page.mouse.click(centreOf(parkEntry).x, centreOf(parkEntry).y);
    state = await waitState((s) => s.shownCount === dataset.entities.length);
    check('a second click shows every type again', state.shownCount === dataset.entities.length);
  }
  await page.mouse.click(1270, 30);  // the canvas has the keyboard
  await page.keyboard.press('1');
  state = await waitState((s) => s.view === 'timeline');
  check('key 1 shows the timeline', state.view === 'timeline', JSON.stringify(state.view));
  check('no page errors', errors.length === 0, errors.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
finish(out);
