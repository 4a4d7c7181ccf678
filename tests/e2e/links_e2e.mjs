// Browser end-to-end test of the focus and "connect two things", in headless Chromium: select
// 艾米迈托赛注射液, connect it to the dual-track system (explorer.connect), check the chains in
// state() (each from the product to the policy, the first the one native core gives), type into
// the details' "Connect to…" box and click a result, set the focus (setFocus and the F key),
// then switch to the network and to Chinese and the light theme: the selection, the connection
// and the chains survive. Screenshots of the details panel listing the chains in both.
//   node tests/e2e/links_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { join } from 'node:path';
import { runPageTest, imageStats, itemRect, centreOf } from './browser.mjs';


const product = 'product-amimestrocel';
const policy = 'policy-dual-track-system';
// The first chain native core gives for these two (printed by the core test
// ChainExplanation.BuiltInProductToTheDualTrackSystem): shortest first, then by ids.
const firstChain = [product, 'company-platinum-life', 'regulator-cde', 'guideline-cde-stem-cell-technical-guidelines', 'track-ind', policy];

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

await runPageTest(import.meta.url, async ({ page, first, out, check, waitState }) => {
  let state = first;
  await page.evaluate(() => window.explorer.setLanguage('en') && window.explorer.setTheme('dark'));

  // Connect from script.
  const selected = await page.evaluate((id) => window.explorer.select(id), product);
  const connected = await page.evaluate((id) => window.explorer.connect(id), policy);
  state = await waitState((s) => s.selectedId === product && s.connectId === policy && s.chains.length > 0);
  check('select and connect are taken', selected && connected && state.connectId === policy, JSON.stringify(state.connectId));
  check('one to three chains', state.chains.length >= 1 && state.chains.length <= 3, JSON.stringify(state.chains));
  check('each chain runs from the product to the policy',
    state.chains.every((c) => c[0] === product && c[c.length - 1] === policy), JSON.stringify(state.chains));
  check('shortest first', state.chains.every((c, i) => i === 0 || c.length >= state.chains[i - 1].length));
  check('the first chain is the one native core gives', same(state.chains[0], firstChain), JSON.stringify(state.chains[0]));
  check('an unknown id is refused', !(await page.evaluate(() => window.explorer.connect('no-such-entity'))));

  // The details panel lists them.
  const swap = await itemRect(page, 'Swap');
  check('the details show the connection with its Swap button', swap !== null);
  const endButton = await itemRect(page, 'End connection');
  check('the details show End connection', endButton !== null);

  // Focus: from script, then the F key (the canvas has the keyboard after a click on the header).
  check('setFocus(2) is taken', await page.evaluate(() => window.explorer.setFocus(2)));
  state = await waitState((s) => s.focus === 2);
  check('state().focus is 2', state.focus === 2, `${state.focus}`);
  check('setFocus(4) is refused', !(await page.evaluate(() => window.explorer.setFocus(4))));
  const focusTwo = await itemRect(page, '2##focus2');
  check('the focus control is drawn', focusTwo !== null);
  await page.mouse.click(1270, 30);
  await page.keyboard.press('f');
  state = await waitState((s) => s.focus === 3);
  check('F moves the focus to 3', state.focus === 3, `${state.focus}`);
  await page.keyboard.press('f');
  state = await waitState((s) => s.focus === 0);
  check('F again turns it off', state.focus === 0, `${state.focus}`);
  if (focusTwo) await page.mouse.click(centreOf(focusTwo).x, centreOf(focusTwo).y);
  state = await waitState((s) => s.focus === 2);
  check('a click on the control\'s "2" sets 2 hops', state.focus === 2, `${state.focus}`);

  // The "Connect to…" box: end the connection, type, click the result.
  await page.evaluate(() => window.explorer.connect(''));
  state = await waitState((s) => s.connectId === null && s.chains.length === 0);
  check('connect(\'\') ends the connection', state.connectId === null && state.chains.length === 0, JSON.stringify(state.connectId));
  const box = await itemRect(page, '##connect');
  check('the Connect to… box is drawn', box !== null);
  if (box) {
    await page.mouse.click(centreOf(box).x, centreOf(box).y);
    await page.keyboard.type('dual-track', { delay: 30 });
    // The page draws only on events and takes the typed characters over several frames: draw
    // frames until the result stays put (state() does not report this box's text).
    const label = 'Dual-track system  ·  Policy##connect_result';
    let result = null;
    for (let i = 0, previous = null; i < 40; i++) {
      await page.mouse.move(5 + (i % 2), 795);
      await page.waitForTimeout(50);
      result = await itemRect(page, label, 1);
      if (i >= 10 && result && previous && same(result, previous)) break;
      previous = result;
    }
    check('the box lists the policy', result !== null);
    check('typing "f" into the box leaves the focus', (await page.evaluate(() => window.explorer.state().focus)) === 2);
    if (result) await page.mouse.click(centreOf(result).x, centreOf(result).y);
    state = await waitState((s) => s.connectId === policy && s.chains.length > 0);
    check('a click on the result connects', state.connectId === policy && same(state.chains[0], firstChain),
      JSON.stringify([state.connectId, state.chains[0]]));
  }
  // The details panel scrolled so that its chain list fills it.
  const showChains = async () => {
    const back = await itemRect(page, '##back');
    if (!back) return;
    await page.mouse.move(back.x0 + 250, back.y0 + 120);
    await page.mouse.wheel(0, -2000);
    await page.waitForTimeout(150);
    await page.mouse.wheel(0, 170);
    await page.waitForTimeout(300);
  };
  await showChains();
  let png = await page.screenshot({ path: join(out, 'connect-en-dark.png') });
  let stats = await imageStats(page, png);
  check('en dark: screenshot is drawn', stats.colours > 50 && stats.nonBackground > 0.1, JSON.stringify(stats));

  // A view switch and a language switch keep the selection, the connection and the focus.
  const chainsBefore = state.chains;
  await page.evaluate(() => window.explorer.setView('network'));
  await page.evaluate(() => window.explorer.setLanguage('zh') && window.explorer.setTheme('light'));
  state = await waitState((s) => s.view === 'network' && s.language === 'zh' && s.theme === 'light');
  check('the network in Chinese, light', state.view === 'network' && state.language === 'zh', JSON.stringify([state.view, state.language]));
  check('the selection, the connection and the focus survive',
    state.selectedId === product && state.connectId === policy && state.focus === 2 && same(state.chains, chainsBefore),
    JSON.stringify([state.selectedId, state.connectId, state.focus, state.chains]));
  const swapZh = await itemRect(page, '互换');
  check('the details show the Chinese Swap button', swapZh !== null);
  await page.waitForTimeout(1500);  // the network's layout runs over a few frames
  await showChains();
  png = await page.screenshot({ path: join(out, 'connect-zh-light.png') });
  stats = await imageStats(page, png);
  check('zh light: screenshot is drawn', stats.colours > 50 && stats.nonBackground > 0.1, JSON.stringify(stats));
});
