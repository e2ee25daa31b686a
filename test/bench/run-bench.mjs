#!/usr/bin/env node
// `pnpm bench`: one run, one report (test/bench/RESULTS.md) with our figures beside @ory/elements-react's.
// Bundle sizes (and the budgets), requests per flow, render time, commits per keystroke, the mock under load.
// Exits non-zero when a budget fails or `./client` bundles React, after writing the report.
import { writeFileSync } from 'node:fs';
import { checkBudgets } from './budgets.mjs';
import { measureBrowser } from './lib/browser.mjs';
import { measureAll } from './lib/bundle.mjs';
import { environment } from './lib/environment.mjs';
import { measureMock } from './lib/mock-load.mjs';
import { fromBench } from './lib/paths.mjs';
import { renderReport } from './lib/report.mjs';

const started = Date.now();
const log = (line) => console.log(line);

log('[bench] bundle sizes (esbuild)…');
const bundles = await measureAll();
const checks = await checkBudgets();
const browser = await measureBrowser({ runs: 25, log });
log('[bench] the mock under load (autocannon)…');
const mock = await measureMock({ seconds: 4, connections: 8 });
const env = await environment(browser.chromium);

const report = renderReport({ env, bundles, checks, browser, mock, seconds: (Date.now() - started) / 1000 });
writeFileSync(fromBench('RESULTS.md'), report);
log(report);
log(`[bench] wrote test/bench/RESULTS.md in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const failed = checks.filter((check) => !check.passed);
for (const check of failed) console.error(`[bench] FAILED: ${check.message}`);
process.exit(failed.length > 0 ? 1 : 0);
