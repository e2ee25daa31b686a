// Browser measurements in Debian's Chromium (Playwright, no browser download): requests per flow under
// StrictMode, render time (median of ≥ 20 fresh mounts) and commits per keystroke (React Profiler), ours
// and @ory/elements-react side by side. The pages are bundled here with esbuild and served from localhost.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { benchDir, fromBench } from './paths.mjs';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One page bundle: production React, or React's profiling build so <Profiler> reports commits. */
async function bundlePage(entry, { profiling }) {
  const result = await build({
    entryPoints: [fromBench(entry)],
    absWorkingDir: benchDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    alias: profiling ? { 'react-dom/client': 'react-dom/profiling' } : {},
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const PAGES = {
  'ours.js': ['page/ours-page.tsx', false],
  'ours-profiling.js': ['page/ours-page.tsx', true],
  'elements.js': ['page/elements-page.tsx', false],
  'elements-profiling.js': ['page/elements-page.tsx', true],
};

async function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
    const html = /^(\w[\w-]*)\.html$/.exec(path);
    const body = html
      ? `<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src="/${html[1]}.js"></script>`
      : files[path];
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': html ? 'text/html' : 'text/javascript' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function openPage(browser, origin, name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Everything is in-process: nothing may leave the page's own origin (elements-react may try its SDK).
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  await page.goto(`${origin}/${name}.html`);
  await page
    .waitForFunction(() => 'bench' in window, undefined, { timeout: 15_000 })
    .catch(() => {
      throw new Error(`${name}.html did not start: ${errors.join('; ') || 'no error reported'}`);
    });
  return page;
}

const KEYS = 'ada@example.com';

async function keystrokes(page, selector, flow) {
  await page.evaluate((f) => window.bench.mountForTyping(f), flow);
  await page.click(selector);
  await page.keyboard.type(KEYS, { delay: 5 });
  await page.waitForTimeout(100);
  const commits = await page.evaluate(() => window.bench.commitsSinceReady());
  return { keys: KEYS.length, commits, perKey: commits / KEYS.length };
}

export async function measureBrowser({ runs = 25, log = console.log } = {}) {
  const files = {};
  for (const [name, [entry, profiling]] of Object.entries(PAGES)) {
    files[name] = await bundlePage(entry, { profiling });
  }
  const { server, origin } = await serve(files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const version = browser.version();
    const ours = await openPage(browser, origin, 'ours');
    log('[bench] requests per flow (ours, StrictMode)…');
    const requests = await ours.evaluate(() => window.bench.requests());
    const loginFlow = await ours.evaluate(() => window.bench.loginFlowJson());
    const settingsFlow = await ours.evaluate(() => window.bench.largeSettingsFlowJson(200));

    const elements = await openPage(browser, origin, 'elements');
    const render = {};
    for (const which of ['login', 'settings']) {
      const flow = which === 'login' ? loginFlow : settingsFlow;
      log(`[bench] render time: ${which} (${flow.ui.nodes.length} nodes), ${runs} runs each…`);
      // Alternate sides so neither profits from a warmer machine.
      render[which] = {
        nodes: flow.ui.nodes.length,
        ours: await ours.evaluate(([w, f, n]) => window.bench.renderTimes(w, f, n), [which, flow, runs]),
        elements: await elements.evaluate(
          ([w, f, n]) => window.bench.renderTimes(w, f, n),
          [which, flow, runs],
        ),
      };
    }
    await ours.close();
    await elements.close();

    log('[bench] commits per keystroke (React Profiler)…');
    const oursProfiling = await openPage(browser, origin, 'ours-profiling');
    const typingOurs = await keystrokes(oursProfiling, 'input[name="identifier"]');
    const elementsProfiling = await openPage(browser, origin, 'elements-profiling');
    const typingElements = await keystrokes(elementsProfiling, 'input[name="identifier"]', loginFlow);
    return {
      chromium: version,
      requests,
      render,
      typing: { ours: typingOurs, elements: typingElements },
    };
  } finally {
    await browser.close();
    server.close();
  }
}
