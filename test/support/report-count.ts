// Issue 8 wants certain counts in CI's output (fuzz cases run, error ids covered, locale coverage…).
// A test calls reportCount() once; scripts/test.mjs prints every count it finds under reports/counts after
// the runners finish. Node only (vitest node/jsdom workers, Playwright's test process), never in a browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// import.meta.dirname, not import.meta.url: under jsdom the module URL is not a file: URL.

const countsDir = resolve(import.meta.dirname, '../../reports/counts');

/** Records `label: value` (say "fuzz: malformed flows rendered" → 10000) for the closing summary. */
export function reportCount(name: string, label: string, value: number | string): void {
  mkdirSync(countsDir, { recursive: true });
  writeFileSync(join(countsDir, `${name}.json`), JSON.stringify({ label, value }));
  console.log(`[count] ${label}: ${value}`);
}
