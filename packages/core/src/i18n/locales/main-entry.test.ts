import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = resolve(import.meta.dirname, '../..');
const importPattern = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g;

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base].find(
    (path) => existsSync(path) && !path.endsWith('/'),
  );
}

/** Every source file the entry reaches through relative imports (static, dynamic and type-only alike). */
function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

// Bundle size (issue 9): an app pays only for the language it loads, so the entries never reach a locale.
describe('locale modules', () => {
  it.each(['index.ts', 'client/index.ts'])('should not be reachable from the %s entry', (entry) => {
    const reached = [...reachableFrom(resolve(srcDir, entry))].map((path) => path.slice(srcDir.length + 1));
    expect(reached.length).toBeGreaterThan(entry === 'index.ts' ? 50 : 5);
    expect(reached.filter((path) => path.startsWith('i18n/locale'))).toEqual([]);
  });
});
