// The pieces of the editor benchmark that the profiler (scripts/profile-editor.mjs) uses too:
// a server with the long story, our editor and the bare StarterKit page opened in Chromium, and
// the keystroke measurement.
import { spawn } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const PER_SPOT = 5;
export const PAUSE_MS = 40;

/**
 * Chromium flags for every editor timed. Chromium's navigation predictor tracks the links of a page
 * served over http(s) from a secure origin (ours on 127.0.0.1, the bare page on bare.localhost), for a
 * random sample of page loads: in those, every frame is followed within 100 ms by one more frame of
 * its own, and a keystroke that comes just after that frame waits for the next one (up to 12 ms on
 * this machine). Which pages are sampled changes from run to run, so it is turned off for all
 * editors alike. The desktop app never has it: it loads from app://, not http.
 */
export const BENCH_CHROMIUM_ARGS = ['--disable-features=NavigationPredictor'];

export async function startServer(dir) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'copydesk.cjs'), 'serve', '--library', path.join(dir, 'library.sqlite'), '--no-open', '--port', '0'], {
    env: { ...process.env, XDG_DATA_HOME: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Copydesk is running at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`copydesk serve exited with ${code}`)));
  });
  return { child, url: new URL(url) };
}

/** Stops the server and waits for it to end: it writes its clean-close marker on the way out, into the folder the caller removes next. */
export async function stopServer(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill();
  await exited;
}

export async function createStory(url, body) {
  const response = await fetch(new URL('/api/createStory', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}`, Origin: url.origin },
    body: JSON.stringify({ headline: 'Benchmark: a 20,000-word story', body }),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The bare StarterKit page's script (bench/editor/bareEditor.ts), bundled. */
export async function bareEditorScript() {
  const bare = await esbuild.build({ entryPoints: [path.join(root, 'bench', 'editor', 'bareEditor.ts')], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'error' });
  return bare.outputFiles[0].text;
}

/**
 * In the page: a promise of the time from the next keydown to the frame after it (the next paint),
 * and of where that time went: waiting for the keydown to run, the keydown up to the `input` event
 * (the browser's own editing and the editor's key handling), from `input` to the next animation frame
 * (the editor reading the change, other tasks), and that frame (style, layout, paint).
 */
const ARM = () => {
  window.__latency = new Promise((resolve) => {
    addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        const ran = performance.now();
        let input;
        addEventListener('input', () => (input = performance.now()), { capture: true, once: true });
        requestAnimationFrame((frameTime) => {
          const frame = performance.now();
          setTimeout(() => {
            const end = performance.now();
            input ??= ran;
            // frameBegan: from the keydown to the start of the frame that painted it (the display's refresh, with vsync).
            resolve({ total: end - start, queue: ran - start, keydownToInput: input - ran, inputToFrame: frame - input, frame: end - frame, frameBegan: frameTime - start });
          }, 0);
        });
      },
      { capture: true, once: true },
    );
  });
};

/**
 * In the page: put the caret at a random place in the body's text (seeded), scrolled into view as a
 * writer would: the editor's scroller is scrolled to put the text's block in the middle, then the
 * caret goes in. (Not `scrollIntoView` on the text: our editor does not render text far from the view
 * until it is scrolled to, and the browser does not scroll to text it does not render.)
 */
const PLACE_CARET = ([selector, seed]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent.length > 20) nodes.push(node);
  const node = nodes[Math.floor(seed * nodes.length)];
  root.focus({ preventScroll: true });
  let block = node.parentElement;
  while (block.parentElement !== root) block = block.parentElement;
  let scroller = root.parentElement;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  scroller ??= document.scrollingElement;
  const view = scroller === document.scrollingElement ? { top: 0, height: innerHeight } : { top: scroller.getBoundingClientRect().top, height: scroller.clientHeight };
  const box = block.getBoundingClientRect();
  scroller.scrollTop += box.top + box.height / 2 - (view.top + view.height / 2);
  getSelection().collapse(node, Math.floor(node.textContent.length / 2));
};

/** Types `count` letters, PER_SPOT at each random place, PAUSE_MS apart; the latency of each (and, into `phases` if given, where it went). */
export async function measure(page, selector, spots, count, phases) {
  const latencies = [];
  for (let i = 0; i < count; i += 1) {
    if (i % PER_SPOT === 0) {
      await page.evaluate(PLACE_CARET, [selector, spots()]);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    await page.evaluate(ARM);
    await page.keyboard.type('e');
    const measured = await page.evaluate(() => window.__latency);
    latencies.push(measured.total);
    phases?.push({ ...measured, firstAtPlace: i % PER_SPOT === 0 });
    await page.waitForTimeout(PAUSE_MS);
  }
  return latencies;
}

export const OURS_SELECTOR = '.story-body';
export const BARE_SELECTOR = '#editor .ProseMirror';

/** Our panes catch up once the writer has paused typing this long (renderer/hooks/typingPause.ts readers). */
const TYPING_PAUSE_MS = 400;

/**
 * Waits until our app has finished the work typing left behind (the preview's and the scroll
 * sync's catching up once typing pauses, the save answered, the facts pane's reading of the draft
 * done, then an idle moment), so that it does not run during another editor's round.
 */
export async function settleOurs(page) {
  await page.waitForTimeout(TYPING_PAUSE_MS + 100);
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-analysis]')].every((el) => el.getAttribute('data-analysis') === 'idle'), undefined, { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 1000 }))));
}

/** Our app with the story open; `panes` (JSON of renderer/hooks/usePanes.ts) shows or hides side panes. */
export async function openOurs(browser, url, panes) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  if (panes) await context.addInitScript((value) => localStorage.setItem('copydesk.panes', value), panes);
  const page = await context.newPage();
  await page.goto(url.href);
  await page.locator('.story-body[data-editor-ready="true"]').waitFor();
  const open = await page.evaluate(() => performance.getEntriesByName('copydesk:editor-editable')[0]?.startTime ?? NaN);
  return { page, open };
}

/** Our editor's column: the width of its text and the font of its paragraphs. */
export async function ourColumn(page) {
  return page.evaluate((selector) => {
    const body = document.querySelector(selector);
    const style = getComputedStyle(body);
    const width = body.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const text = getComputedStyle(body.querySelector('p'));
    return { width: Math.round(width * 100) / 100, font: `${text.fontStyle} ${text.fontWeight} ${text.fontSize}/${text.lineHeight} ${text.fontFamily}` };
  }, OURS_SELECTOR);
}

/**
 * The bare page with `bareDoc`, served from a secure origin like ours (Chromium treats some pages
 * differently by that). `options.column` ({ width, font } of our editor's text, see
 * ourColumn): laid out as ours instead of 46rem of the system font; `options.factMark`: the editor
 * has the story's fact mark.
 */
export async function openBare(browser, bareScript, bareDoc, options = {}) {
  const width = options.column ? `${options.column.width}px` : '46rem';
  const font = options.column?.font ?? '16.5px/1.65 system-ui,sans-serif';
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.route('http://bare.localhost/**', (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === '/bare.js') return route.fulfill({ contentType: 'text/javascript', body: bareScript });
    if (file === '/story.js') return route.fulfill({ contentType: 'text/javascript', body: `window.startBareEditor(${JSON.stringify(bareDoc)}, ${JSON.stringify({ factMark: Boolean(options.factMark) })});` });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"><style>body{font:${font};margin:0}#editor{max-width:${width};margin:0 auto;padding:28px 40px}.ProseMirror{outline:none}</style></head><body><div id="editor"></div><script src="/bare.js"></script><script src="/story.js"></script></body></html>`,
    });
  });
  await page.goto('http://bare.localhost/bare.html');
  await page.locator(BARE_SELECTOR).waitFor();
  const open = await page.evaluate(() => performance.getEntriesByName('bare:editor-editable')[0]?.startTime ?? NaN);
  return { page, open };
}
