// Browser end-to-end test of the pathway view, in headless Chromium: setView('pathway') in
// Chinese with the light theme and in English with the dark theme, each screenshot checked to
// be drawn (out/e2e-explore/pathway-zh-light.png, pathway-en-dark.png); a click on the
// approval step (found by its item label, "##pathway:<id>") selects it; the view and the
// selection survive a language switch; hovering a step shows its quote (a screenshot); a
// Shift+click on the hospital beside the first prescription connects it (state().connectId,
// a chain through the journey).
//   node tests/e2e/pathway_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { join } from 'node:path';
import { runPageTest, imageStats, itemRect, centreOf } from './browser.mjs';

const approval = 'milestone-2025-amimestrocel-approval';
const hospital = 'hospital-pkuph';


await runPageTest(import.meta.url, async ({ page, first, out, check, waitState }) => {
  const screenshot = async (name) => {
    await page.mouse.move(640, 20);
    await page.waitForTimeout(300);
    const png = await page.screenshot({ path: join(out, name) });
    return imageStats(page, png.toString('base64'));
  };

  // Chinese, light theme.
  const switched = await page.evaluate(() =>
    window.explorer.setLanguage('zh') && window.explorer.setTheme('light') && window.explorer.setView('pathway'));
  let state = await waitState((s) => s.view === 'pathway' && s.language === 'zh' && s.theme === 'light');
  check('setView shows the pathway in zh + light', switched && state.view === 'pathway', JSON.stringify(state.view));
  const stepRect = await itemRect(page, `##pathway:${approval}`);
  check('the approval step is drawn and findable', stepRect !== null && stepRect.x1 - stepRect.x0 > 40,
    JSON.stringify(stepRect));
  check('the tracks are drawn', (await itemRect(page, '##pathway:track-iit')) !== null &&
    (await itemRect(page, '##pathway:track-ind')) !== null);
  const zhStats = await screenshot('pathway-zh-light.png');
  check('zh light: the pathway is drawn', zhStats.colours > 50 && zhStats.nonBackground > 0.1, JSON.stringify(zhStats));

  // A click on the approval step selects it.
  if (stepRect) {
    await page.mouse.click(centreOf(stepRect).x, centreOf(stepRect).y);
    state = await waitState((s) => s.selectedId === approval);
    check('a click on the approval step selects it', state.selectedId === approval, `${state.selectedId}`);
  }

  // English, dark theme: the view and the selection stay.
  await page.evaluate(() => window.explorer.setLanguage('en') && window.explorer.setTheme('dark'));
  state = await waitState((s) => s.language === 'en' && s.theme === 'dark');
  check('the view and the selection survive a language switch',
    state.view === 'pathway' && state.selectedId === approval, JSON.stringify([state.view, state.selectedId]));
  const enStats = await screenshot('pathway-en-dark.png');
  check('en dark: the pathway is drawn', enStats.colours > 50 && enStats.nonBackground > 0.1, JSON.stringify(enStats));

  // Hover: the step's quote in a tooltip.
  const prescription = await itemRect(page, '##pathway:milestone-2025-06-first-prescription');
  check('the first prescription is drawn', prescription !== null);
  if (prescription) {
    await page.mouse.move(centreOf(prescription).x, centreOf(prescription).y);
    await page.waitForTimeout(150);
    await page.mouse.move(centreOf(prescription).x + 1, centreOf(prescription).y);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, 'pathway-en-dark-hover.png') });
  }

  // Shift+click on the hospital beside the first prescription: the second entity.
  const place = await itemRect(page, `##pathway:${hospital}`);
  check('the hospital beside the first prescription is drawn', place !== null);
  if (place) {
    await page.keyboard.down('Shift');
    await page.mouse.click(centreOf(place).x, centreOf(place).y);
    await page.keyboard.up('Shift');
    state = await waitState((s) => s.connectId === hospital);
    check('Shift+click connects the hospital', state.connectId === hospital && state.selectedId === approval,
      JSON.stringify([state.selectedId, state.connectId]));
    check('a chain runs from the approval to the hospital',
      Array.isArray(state.chains) && state.chains.length > 0 && state.chains[0][0] === approval &&
      state.chains[0][state.chains[0].length - 1] === hospital, JSON.stringify(state.chains));
    await screenshot('pathway-en-dark-chain.png');
  }
});
