// Reads the runners' JSON reports into { passed, failed, skipped }. A missing or unreadable report
// (the runner crashed before writing it) or a non-zero exit with no failed test counts as one failure,
// so the closing line never says "0 failed" for a run that failed.
import { readFileSync } from 'node:fs';

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** vitest --reporter=json (Jest-compatible shape). */
export function countVitest(path, exitCode) {
  const report = readJson(path);
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: `no readable report at ${path}` };
  // A file that fails to load (import error, top-level throw) fails without failing a test: one failure each.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles)
    console.error(`[test] vitest: ${file.name} failed to run: ${(file.message ?? '').split('\n')[0]}`);
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  if (counts.failed === 0 && (exitCode !== 0 || report.success === false)) {
    return { ...counts, failed: 1, note: `vitest exited ${exitCode} with no failed test (unhandled error?)` };
  }
  return counts;
}

/** Playwright's json reporter. */
export function countPlaywright(path, exitCode) {
  const report = readJson(path);
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0, note: `no readable report at ${path}` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Global errors (a web server that did not start, a broken config) fail the run without failing a test.
  const globalErrors = report.errors?.length ?? 0;
  const counts = { passed: expected, failed: unexpected + flaky + globalErrors, skipped };
  if (counts.failed === 0 && exitCode !== 0) {
    return { ...counts, failed: 1, note: `playwright exited ${exitCode} with no failed test` };
  }
  return counts;
}

/** test/bench/budgets.mjs --report: { passed, failed, skipped, checks }. */
export function countBudgets(path, exitCode) {
  const report = readJson(path);
  if (typeof report?.passed !== 'number') {
    return { passed: 0, failed: 1, skipped: 0, note: `no readable report at ${path}` };
  }
  const counts = { passed: report.passed, failed: report.failed ?? 0, skipped: report.skipped ?? 0 };
  if (counts.failed === 0 && exitCode !== 0) {
    return { ...counts, failed: 1, note: `budgets exited ${exitCode} with no failed check` };
  }
  return counts;
}
