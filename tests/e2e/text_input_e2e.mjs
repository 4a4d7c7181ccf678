// Browser end-to-end test of typing into the page's filter box (an ImGui text field on the
// canvas), in headless Chromium: typed ASCII arrives exactly once, Chinese arrives through an
// input-method composition (CDP Input.imeSetComposition + Input.insertText) and through
// insertText, Backspace/arrows/Enter still edit, the list narrows, and clicking elsewhere gives
// the focus back to the canvas. See web/text_input.js for how the text gets in.
//   node tests/e2e/text_input_e2e.mjs [DIST_DIR] [OUT_DIR]
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './static_server.mjs';
import { launchBrowser, openPage, pollUntil, checks, itemRect as itemRectOf } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dist = resolve(process.argv[2] || join(repo, 'dist'));
const out = resolve(process.argv[3] || join(repo, 'out', 'e2e-text-input'));
mkdirSync(out, { recursive: true });
const dataset = JSON.parse(readFileSync(join(repo, 'assets/data/beijing-stem-cell.json'), 'utf8'));
const byZh = (name) => dataset.entities.find((e) => e.name.zh === name);
// The page's search field: the filter bar's search box, or the entity list's filter box before it.
const FIELD_LABELS = ['##search', '##filter'];

const { check, finish } = checks();

const server = await serveDirectory(dist, '/some/sub/path/');
const browser = await launchBrowser();
try {
  const { context, page, errors, state: ready } =
    await openPage(browser, server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  check('page reaches ready', ready.ready === true, JSON.stringify(ready));

  const bridge = () => page.evaluate(() => window.peTextInput.state());
  // Waits until the bridge's state satisfies `test` (a function of the state), returns the state.
  async function waitBridge(test, what, timeoutMs = 5000) {
    const state = await pollUntil(bridge, test, { timeoutMs });
    if (!test(state)) console.log(`  (timed out waiting for ${what}: ${JSON.stringify(state)})`);
    return state;
  }
  const itemRect = (label, tries = 20) => itemRectOf(page, label, tries);
  const centre = (r) => ({ x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 });
  // A list row is labelled with the entity's name in either language (the table's choice).
  async function rowRect(nameZh) {
    const entity = byZh(nameZh);
    return (await itemRect(entity.name.zh, 3)) || (await itemRect(entity.name.en, 2));
  }
  async function findField() {
    for (const label of FIELD_LABELS) {
      const rect = await itemRect(label, 12);
      if (rect) return rect;
    }
    return null;
  }
  const text = async () => (await bridge()).fieldText;

  // 1. Nothing active at start: the canvas has the focus, the input is idle.
  let state = await bridge();
  check('at start no text field is active', state.fieldActive === false && state.inputFocused === false, JSON.stringify(state));
  check('at start the canvas has the focus', state.canvasFocused === true, JSON.stringify(state));

  // Rows the unfiltered list shows on its first screen, so that their absence later means filtered.
  check('the unfiltered list shows 张磊 and 贝来生物开始MSCs产业化尝试',
    (await rowRect('张磊')) !== null && (await rowRect('贝来生物开始MSCs产业化尝试')) !== null);

  // 2. A click into the filter box focuses the hidden input at the field's caret.
  const filter = await findField();
  check('the filter box is drawn', filter !== null);
  if (!filter) throw new Error('no filter box: cannot go on');
  await page.mouse.click(filter.x0 + 20, centre(filter).y);
  state = await waitBridge((s) => s.fieldActive && s.inputFocused, 'the field to be active');
  check('clicking the filter box activates it and focuses the input', state.fieldActive && state.inputFocused, JSON.stringify(state));
  check('the input sits at the caret, inside the filter box',
    state.caret.x >= filter.x0 - 2 && state.caret.x <= filter.x1 && state.caret.y >= filter.y0 - 2 && state.caret.y + state.caret.height <= filter.y1 + 2,
    JSON.stringify({ caret: state.caret, filter }));

  // 3. Typed ASCII arrives exactly once (GLFW delivers it; the input must not add it again).
  await page.keyboard.type('aimi');
  state = await waitBridge((s) => s.fieldText === 'aimi', "'aimi'");
  check("typed 'aimi' arrives exactly once", state.fieldText === 'aimi', JSON.stringify(state.fieldText));
  await page.keyboard.press('Backspace');
  check('Backspace deletes one character', (await waitBridge((s) => s.fieldText === 'aim', "'aim'")).fieldText === 'aim');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  check('ArrowLeft moves the caret before the next character', (await waitBridge((s) => s.fieldText === 'aiXm', "'aiXm'")).fieldText === 'aiXm', await text());
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  check('Backspace and Delete empty the field', (await waitBridge((s) => s.fieldText === '', 'empty')).fieldText === '', await text());

  // The list narrows on typed pinyin (with a space, which is a character too).
  await page.keyboard.type('zhang lei');
  check("typed 'zhang lei' arrives exactly once", (await waitBridge((s) => s.fieldText === 'zhang lei', "'zhang lei'")).fieldText === 'zhang lei', await text());
  await page.waitForTimeout(150);
  check('the list shows 张磊 for "zhang lei"', (await rowRect('张磊')) !== null);
  check('the list hides 贝来生物开始MSCs产业化尝试 for "zhang lei"', (await rowRect('贝来生物开始MSCs产业化尝试')) === null);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  check('Ctrl+A, Backspace empties the field', (await waitBridge((s) => s.fieldText === '', 'empty')).fieldText === '', await text());

  // 4. Chinese composed with an input method: nothing arrives while composing, the committed text
  // arrives once.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'gan', selectionStart: 3, selectionEnd: 3 });
  state = await waitBridge((s) => s.composing, 'composition');
  check('a composition shows in the input', state.composing === true, JSON.stringify(state));
  await cdp.send('Input.imeSetComposition', { text: 'gan xi bao', selectionStart: 10, selectionEnd: 10 });
  await page.waitForTimeout(150);
  check('nothing reaches the field while composing', (await text()) === '', await text());
  writeFileSync(join(out, 'composing.png'), await page.screenshot());
  await cdp.send('Input.insertText', { text: '干细胞' });
  state = await waitBridge((s) => s.fieldText === '干细胞' && !s.composing, "'干细胞'");
  check('the composed 干细胞 arrives exactly once', state.fieldText === '干细胞', JSON.stringify(state.fieldText));
  check('the composition is over', state.composing === false);
  await page.waitForTimeout(150);
  check('the list shows 干细胞临床研究管理办法(试行) for 干细胞', (await rowRect('干细胞临床研究管理办法(试行)')) !== null);
  check('the list hides 张磊 for 干细胞', (await rowRect('张磊')) === null);
  writeFileSync(join(out, 'filter-zh.png'), await page.screenshot());
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  check('Backspace deletes composed characters', (await waitBridge((s) => s.fieldText === '', 'empty')).fieldText === '', await text());

  // 5. Text inserted without keys (emoji panel, dictation, a test's insertText) arrives once.
  await page.keyboard.insertText('干细胞');
  check("insertText('干细胞') arrives exactly once", (await waitBridge((s) => s.fieldText === '干细胞', "'干细胞'")).fieldText === '干细胞', await text());
  await page.keyboard.type('x');
  check('typing after Chinese adds one character', (await waitBridge((s) => s.fieldText === '干细胞x', "'干细胞x'")).fieldText === '干细胞x', await text());
  await page.keyboard.press('Backspace');
  await waitBridge((s) => s.fieldText === '干细胞', "'干细胞'");

  // Paste with Ctrl+V (the keys as a person presses them, with the browser's paste command):
  // the clipboard's text arrives once, although ImGui ignores characters while Ctrl is held.
  await page.evaluate(() => navigator.clipboard.writeText('细胞'));
  const key = (type, key, code, vk, modifiers, commands) =>
    cdp.send('Input.dispatchKeyEvent', { type, key, code, windowsVirtualKeyCode: vk, modifiers, ...(commands ? { commands } : {}) });
  await key('rawKeyDown', 'Control', 'ControlLeft', 17, 2);
  await key('rawKeyDown', 'v', 'KeyV', 86, 2, ['paste']);
  await key('keyUp', 'v', 'KeyV', 86, 2);
  await key('keyUp', 'Control', 'ControlLeft', 17, 0);
  check('Ctrl+V pastes the clipboard once', (await waitBridge((s) => s.fieldText === '干细胞细胞', "'干细胞细胞'")).fieldText === '干细胞细胞', await text());
  for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
  await waitBridge((s) => s.fieldText === '干细胞', "'干细胞'");

  // 6. Enter ends the edit: the field lets go, the canvas has the focus, the filter stays.
  await page.keyboard.press('Enter');
  state = await waitBridge((s) => !s.fieldActive && s.canvasFocused, 'the field to let go');
  check('Enter ends the edit and the canvas gets the focus back', !state.fieldActive && !state.inputFocused && state.canvasFocused, JSON.stringify(state));
  check('the filter stays after Enter', (await rowRect('干细胞临床研究管理办法(试行)')) !== null && (await rowRect('张磊')) === null);

  // 7. Clicking into the field again shows its text; clicking a row selects it and blurs.
  await page.mouse.click(filter.x1 - 10, centre(filter).y);
  state = await waitBridge((s) => s.fieldActive && s.inputFocused && s.fieldText === '干细胞', 'the field again');
  check('clicking the field again edits the same text', state.fieldActive && state.inputFocused && state.fieldText === '干细胞', JSON.stringify(state));
  const rowName = '干细胞临床研究管理办法(试行)';
  const row = await rowRect(rowName);
  check('the filtered row is drawn', row !== null);
  if (row) {
    await page.mouse.click(row.x0 + 30, centre(row).y);
    state = await waitBridge((s) => !s.fieldActive && s.canvasFocused, 'the field to let go');
    check('clicking elsewhere blurs the input and focuses the canvas', !state.fieldActive && !state.inputFocused && state.canvasFocused, JSON.stringify(state));
    await page.waitForTimeout(100);
    const selected = await page.evaluate(() => window.explorer.state().selectedId);
    check('the clicked row of the filtered list is selected', selected === byZh(rowName).id, String(selected));
  }

  // 8. With no field active, keys go to the canvas and no text is taken.
  await page.keyboard.type('abc');
  await page.waitForTimeout(150);
  state = await bridge();
  check('typing with no active field activates nothing', !state.fieldActive && state.canvasFocused && state.fieldText === '', JSON.stringify(state));
  check('no uncaught page errors', errors.length === 0, errors.join('; '));
  await context.close();

  // 9. HiDPI (devicePixelRatio 2, Chinese UI): the input still lands at the caret in CSS pixels.
  {
    const { context: hidpi, page: page2 } = await openPage(browser, server.url,
      { contextOptions: { viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2, locale: 'zh-CN' } });
    const rectOf = (label) => itemRectOf(page2, label, 20, { x: 5, y: 695 });
    let box = null;
    for (const label of FIELD_LABELS) if (!box) box = await rectOf(label);
    check('HiDPI: the filter box is drawn', box !== null);
    if (box) {
      await page2.mouse.click(box.x0 + 10, (box.y0 + box.y1) / 2);
      await page2.waitForFunction(() => window.peTextInput.state().inputFocused, null, { timeout: 5000 }).catch(() => {});
      await page2.keyboard.insertText('干细胞');
      // At devicePixelRatio 2 a SwiftShader frame is slow on a busy machine: wait for it.
      await page2.waitForFunction(() => window.peTextInput.state().fieldText !== '', null, { timeout: 5000 }).catch(() => {});
      await page2.waitForTimeout(200);
      const s = await page2.evaluate(() => window.peTextInput.state());
      check('HiDPI: inserted Chinese arrives once', s.fieldText === '干细胞', JSON.stringify(s.fieldText));
      check('HiDPI: the input sits at the caret, inside the filter box (CSS pixels)',
        s.caret.x > box.x0 && s.caret.x < box.x1 && s.caret.y >= box.y0 - 2 && s.caret.y + s.caret.height <= box.y1 + 2,
        JSON.stringify({ caret: s.caret, box }));
      writeFileSync(join(out, 'filter-zh-hidpi.png'), await page2.screenshot());
    }
    await hidpi.close();
  }
} finally {
  await browser.close();
  await server.close();
}
finish(out);
