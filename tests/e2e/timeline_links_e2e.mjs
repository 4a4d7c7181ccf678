// Browser end-to-end test of the timeline's linked items, in headless Chromium: selecting an
// undated park (explorer.select) draws the strip of its undated linked items as chips (found
// through the item probe); a click on a chip selects that entity, a Shift+click on another
// connects it (state().connectId); screenshots of the park selected in Chinese + light and
// English + dark, and of a focus with a chain, each checked to be drawn, not blank.
//   node tests/e2e/timeline_links_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { join } from 'node:path';
import { runPageTest, imageStats, itemRect, centreOf } from './browser.mjs';

const park = 'park-zgc-life-science';
const chipOf = (id) => `##linked.${id}`;


await runPageTest(import.meta.url, async ({ page, first, out, check, waitState }) => {

  // The park in Chinese on the light theme.
  const selected = await page.evaluate((id) => window.explorer.setLanguage('zh') && window.explorer.setTheme('light') &&
    window.explorer.setView('timeline') && window.explorer.select(id), park);
  let state = await waitState((s) => s.selectedId === park && s.language === 'zh' && s.theme === 'light');
  check('the park is selected', selected && state.selectedId === park, JSON.stringify(state.selectedId));
  const company = await itemRect(page, chipOf('company-boyalife-stem-cell'));
  const edigene = await itemRect(page, chipOf('company-edigene'));
  check('its undated companies are chips under the timeline', company !== null && edigene !== null,
    JSON.stringify([company, edigene]));
  await page.mouse.move(5, 795);
  await page.waitForTimeout(300);
  const zhPng = await page.screenshot({ path: join(out, 'timeline-park-zh-light.png') });
  const zhStats = await imageStats(page, zhPng.toString('base64'));
  check('zh light: screenshot is drawn', zhStats.colours > 50 && zhStats.nonBackground > 0.1, JSON.stringify(zhStats));

  // A click on a chip selects its entity; a Shift+click on another connects it.
  if (company !== null && edigene !== null) {
    await page.mouse.click(centreOf(company).x, centreOf(company).y);
    state = await waitState((s) => s.selectedId === 'company-boyalife-stem-cell');
    check('a click on a chip selects it', state.selectedId === 'company-boyalife-stem-cell', JSON.stringify(state.selectedId));
    await page.evaluate((id) => window.explorer.select(id), park);
    state = await waitState((s) => s.selectedId === park);
    const again = await itemRect(page, chipOf('company-edigene'));
    await page.keyboard.down('Shift');
    await page.mouse.click(centreOf(again).x, centreOf(again).y);
    await page.keyboard.up('Shift');
    state = await waitState((s) => s.connectId === 'company-edigene');
    check('a Shift+click on a chip connects it', state.selectedId === park && state.connectId === 'company-edigene',
      JSON.stringify([state.selectedId, state.connectId]));
    await page.evaluate(() => window.explorer.connect(''));
  }

  // The same in English on the dark theme.
  await page.evaluate((id) => window.explorer.setLanguage('en') && window.explorer.setTheme('dark') &&
    window.explorer.select(id), park);
  state = await waitState((s) => s.language === 'en' && s.theme === 'dark' && s.selectedId === park);
  check('the selection survives the language switch', state.selectedId === park, JSON.stringify(state.selectedId));
  await page.mouse.move(5, 795);
  await page.waitForTimeout(300);
  const enPng = await page.screenshot({ path: join(out, 'timeline-park-en-dark.png') });
  const enStats = await imageStats(page, enPng.toString('base64'));
  check('en dark: screenshot is drawn', enStats.colours > 50 && enStats.nonBackground > 0.1, JSON.stringify(enStats));

  // A focus of one link and a chain between two dated milestones: the rest faded, the chain
  // in the accent colour with its arcs.
  const from = 'milestone-2024-amimestrocel-phase3';
  const to = 'milestone-2025-06-first-prescription';
  await page.evaluate(([a, b]) => window.explorer.select(a) && window.explorer.setFocus(1) && window.explorer.connect(b),
    [from, to]);
  state = await waitState((s) => s.selectedId === from && s.connectId === to && s.focus === 1);
  check('the chain is found', Array.isArray(state.chains) && state.chains.length > 0, JSON.stringify(state.chains));
  await page.mouse.move(5, 795);
  await page.waitForTimeout(300);
  const chainPng = await page.screenshot({ path: join(out, 'timeline-chain-en-dark.png') });
  const chainStats = await imageStats(page, chainPng.toString('base64'));
  check('chain: screenshot is drawn', chainStats.colours > 50, JSON.stringify(chainStats));
  await page.evaluate(() => window.explorer.setFocus(0) && window.explorer.connect(''));
});
