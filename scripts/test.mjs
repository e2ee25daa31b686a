#!/usr/bin/env node
// THE test command (`pnpm test`, and what .ci/run calls). Static checks first, stopping at the first
// failure; then every vitest project (jsdom, node, Storybook stories in Chromium), the Playwright
// journeys, and the contract suite over what the mock answered in both (reports/exchanges).
// It always ends with one plain line CI reads:  tests: N passed, N failed, N skipped
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { countBudgets, countPlaywright, countVitest } from './lib/reports.mjs';
import { bin, killAll, repoRoot, run, seconds } from './lib/run.mjs';

const coreDir = join(repoRoot, 'packages/core');
const reportsDir = join(repoRoot, 'reports');
const vitestReport = join(reportsDir, 'vitest.json');
const contractReport = join(reportsDir, 'vitest-contract.json');
const playwrightReport = join(reportsDir, 'playwright.json');
const budgetsReport = join(reportsDir, 'budgets.json');
// Per-phase ceilings keep a hung runner (say, a browser that never closes) inside the budget: the whole
// suite is meant to take well under 10 minutes on 2 cores.
const MINUTE = 60_000;

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

// Counts the suites report (test/support/report-count.ts): fuzz cases, error ids, locale coverage, axe scans.
function printCounts() {
  const dir = join(reportsDir, 'counts');
  if (!existsSync(dir)) return;
  const counts = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  if (counts.length === 0) return;
  console.log('\n[test] counts:');
  for (const { label, value } of counts) console.log(`[test]   ${label}: ${value}`);
}

function finish() {
  printCounts();
  console.log('\n[test] phase times:');
  for (const { name, ms, ok } of timings) {
    console.log(`[test]   ${name.padEnd(12)} ${seconds(ms).padStart(7)}  ${ok ? 'ok' : 'FAILED'}`);
  }
  console.log(`[test]   ${'total'.padEnd(12)} ${seconds(Date.now() - started).padStart(7)}`);
  const ranNothing = totals.passed + totals.failed === 0;
  if (ranNothing) console.log('[test] no test ran: that counts as a failure');
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || ranNothing ? 1 : 0);
}

async function phase(name, fn) {
  console.log(`\n[test] ── ${name} ──`);
  const started = Date.now();
  const ok = await fn();
  const ms = Date.now() - started;
  timings.push({ name, ms, ok });
  console.log(`[test] ${name}: ${ok ? 'ok' : 'FAILED'} in ${seconds(ms)}`);
  return ok;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Debian's Chromium serves both vitest browser mode and Playwright (no Playwright browser download).
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (isExecutable(chromium)) return true;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (process.env.CHROMIUM_PATH || !canApt) {
    console.error(
      `[test] no Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
    return false;
  }
  console.log('[test] installing Debian Chromium (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0 && isExecutable(chromium);
}

async function staticChecks() {
  const checks = [
    ['biome', () => run(bin('biome'), ['check', '.'], { timeoutMs: MINUTE })],
    ['tsc -b', () => run(bin('tsc'), ['-b'], { timeoutMs: 3 * MINUTE })],
    [
      'build core',
      () =>
        run(bin('vite', coreDir), ['build', '--logLevel', 'warn'], { cwd: coreDir, timeoutMs: 2 * MINUTE }),
    ],
    ['publint', () => run(bin('publint', coreDir), ['run', '--strict'], { cwd: coreDir, timeoutMs: MINUTE })],
  ];
  for (const [name, check] of checks) {
    const ok = await phase(name, async () => (await check()) === 0);
    if (!ok) {
      // A failed check is one failure in the closing line; the runners below are not started.
      totals.failed += 1;
      return false;
    }
  }
  return true;
}

function add({ passed, failed, skipped, note }, runner) {
  if (note) console.error(`[test] ${runner}: ${note}`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

async function vitest() {
  await phase('vitest', async () => {
    const exitCode = await run(
      bin('vitest'),
      // The contract project reads what the other runs recorded: it runs last, on its own (below).
      [
        'run',
        '--project=!contract',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${vitestReport}`,
      ],
      { timeoutMs: 4 * MINUTE },
    );
    const counts = countVitest(vitestReport, exitCode);
    add(counts, 'vitest');
    recordStoriesScanned();
    return counts.failed === 0;
  });
}

// Every story runs axe in its test (a11y test 'error' in .storybook/preview): a passed story is a page
// axe found no violation on.
function recordStoriesScanned() {
  if (!existsSync(vitestReport)) return;
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  const stories = (report.testResults ?? [])
    .filter((file) => file.name.endsWith('.stories.tsx'))
    .flatMap((file) => file.assertionResults ?? []);
  const clean = stories.filter((test) => test.status === 'passed').length;
  mkdirSync(join(reportsDir, 'counts'), { recursive: true });
  writeFileSync(
    join(reportsDir, 'counts', 'storybook-axe.json'),
    JSON.stringify({
      label: 'Storybook stories scanned by axe, zero violations',
      value: `${clean} of ${stories.length}`,
    }),
  );
}

async function playwright() {
  await phase('playwright', async () => {
    // Reporters (list + json → reports/playwright.json) are set in the config.
    const exitCode = await run(bin('playwright'), ['test', '-c', 'test/playwright.config.ts'], {
      timeoutMs: 4 * MINUTE,
    });
    const counts = countPlaywright(playwrightReport, exitCode);
    add(counts, 'playwright');
    return counts.failed === 0;
  });
}

// Bundle-size budgets (issue 9): each entry's budget and "./client has no React" count as one test each;
// a failure names the entry and its gzip size. The full side-by-side benchmark is `pnpm bench`.
async function budgets() {
  await phase('budgets', async () => {
    const exitCode = await run(process.execPath, ['test/bench/budgets.mjs', '--report', budgetsReport], {
      timeoutMs: MINUTE,
    });
    const counts = countBudgets(budgetsReport, exitCode);
    add(counts, 'budgets');
    return counts.failed === 0;
  });
}

// Every response the mock gave above (vitest workers and the Playwright journeys' mock, recorded under
// reports/exchanges) is validated against Kratos' OpenAPI spec.
async function contract() {
  await phase('contract', async () => {
    const exitCode = await run(
      bin('vitest'),
      [
        'run',
        '--project=contract',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${contractReport}`,
      ],
      { timeoutMs: 2 * MINUTE },
    );
    const counts = countVitest(contractReport, exitCode);
    add(counts, 'contract');
    return counts.failed === 0;
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll(signal);
    console.log(`\n[test] interrupted (${signal})`);
    totals.failed += 1;
    finish();
  });
}

// Stale reports must never be counted for a runner that crashed this time.
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

if (!(await phase('chromium', async () => ensureChromium()))) {
  totals.failed += 1;
  finish();
}
if (await staticChecks()) {
  await vitest();
  await playwright();
  await contract();
  await budgets();
}
finish();
