import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Kratos' data (spec, snapshots) lives beside the checkout in ../shared/kratos and is never copied in. Suites
 * that read it skip with a printed reason where it is absent; in CI it is there.
 */
export const kratosDir = resolve(import.meta.dirname, '../../../../shared/kratos');
export const snapshotsDir = `${kratosDir}/snapshots`;
export const openApiFile = `${kratosDir}/openapi.json`;

/** True when `path` exists; otherwise prints why `suite` is skipped. */
export function sharedAvailable(path: string, suite: string): boolean {
  if (existsSync(path)) return true;
  console.log(`[${suite}] skipped: ${path} not found (../shared/kratos is absent outside CI)`);
  return false;
}
