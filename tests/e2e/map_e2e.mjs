// Browser end-to-end test of the map, in headless Chromium: setView('map') in Chinese with the
// light theme and in English with the dark theme, each screenshot checked to be drawn (many
// colours, much of it not background); a click on a park's marker (found through the item
// probe: the map registers each marker as "map:<entity id>") selects it (state().selectedId).
//   node tests/e2e/map_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { join } from 'node:path';
import { runPageTest, imageStats, itemRect, centreOf } from './browser.mjs';

const park = 'park-daxing-biomedicine-base';


await runPageTest(import.meta.url, async ({ page, out, check, waitState }) => {

  for (const [language, theme] of [['zh', 'light'], ['en', 'dark']]) {
    const switched = await page.evaluate(([l, t]) =>
      window.explorer.setLanguage(l) && window.explorer.setTheme(t) && window.explorer.setView('map'), [language, theme]);
    const state = await waitState((s) => s.view === 'map' && s.language === language && s.theme === theme);
    check(`${language} ${theme}: the map is shown`, switched && state.view === 'map', JSON.stringify(state.view));
    const marker = await itemRect(page, `map:${park}`);
    check(`${language} ${theme}: the park's marker is drawn`, marker !== null);
    await page.mouse.move(5, 795);
    await page.waitForTimeout(300);
    const png = await page.screenshot({ path: join(out, `map-${language}-${theme}.png`) });
    const stats = await imageStats(page, png);
    check(`${language} ${theme}: the map is drawn`, stats.colours > 50 && stats.nonBackground > 0.1, JSON.stringify(stats));
  }

  // A click on the park's marker selects it.
  const marker = await itemRect(page, `map:${park}`);
  check('the marker is found', marker !== null);
  if (marker) {
    await page.mouse.click(centreOf(marker).x, centreOf(marker).y);
    const state = await waitState((s) => s.selectedId === park);
    check('clicking the park selects it', state.selectedId === park, `${state.selectedId}`);
    await page.mouse.move(centreOf(marker).x, centreOf(marker).y + 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, 'map-en-dark-selected.png') });
  }
});
