#!/usr/bin/env node
// Size budgets (issue 9), fast enough for every test run: bundles our three entries with the bench's
// esbuild settings and fails, naming the entry and its size, when one is over budget or when the
// framework-free `./client` bundle pulls in React.
//   node test/bench/budgets.mjs [--report <file.json>]   (scripts/test.mjs passes reports/budgets.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, kB, measure } from './lib/bundle.mjs';

export async function checkBudgets() {
  const checks = [];
  for (const entry of ENTRIES.filter((candidate) => candidate.budget)) {
    const result = await measure(entry);
    const over = result.gzip > entry.budget;
    checks.push({
      name: `budget ${entry.id}: ${kB(result.gzip)} gzip ≤ ${kB(entry.budget)}`,
      passed: !over,
      message: over
        ? `${entry.id} (${entry.entry}) is ${kB(result.gzip)} gzip (${result.gzip} B), over its budget of ${kB(entry.budget)} by ${result.gzip - entry.budget} B`
        : undefined,
      entry: entry.id,
      raw: result.raw,
      gzip: result.gzip,
      budget: entry.budget,
    });
    if (entry.forbid) {
      checks.push({
        name: `${entry.id} bundle contains no React`,
        passed: result.forbidden.length === 0,
        message: result.forbidden.length
          ? `${entry.id} (${entry.entry}) bundles ${result.forbidden.map((input) => input.path).join(', ')}`
          : undefined,
        entry: entry.id,
      });
    }
  }
  return checks;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const reportIndex = process.argv.indexOf('--report');
  const reportPath = reportIndex > 0 ? resolve(process.argv[reportIndex + 1]) : undefined;
  const started = Date.now();
  let checks;
  try {
    checks = await checkBudgets();
  } catch (error) {
    checks = [{ name: 'bundle the budget entries', passed: false, message: String(error?.stack ?? error) }];
  }
  for (const check of checks) {
    console.log(`${check.passed ? '  ✓' : '  ✗'} ${check.name}`);
    if (!check.passed) console.error(`    FAILED: ${check.message}`);
  }
  const failed = checks.filter((check) => !check.passed).length;
  console.log(`budgets: ${checks.length - failed} passed, ${failed} failed in ${Date.now() - started} ms`);
  if (reportPath) {
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(
      reportPath,
      `${JSON.stringify({ passed: checks.length - failed, failed, skipped: 0, checks }, null, 2)}\n`,
    );
  }
  process.exit(failed > 0 ? 1 : 0);
}
