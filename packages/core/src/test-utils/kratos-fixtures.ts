import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { UiNode } from '../client/types';

/**
 * Kratos' own UI-node fixtures live outside the project (../shared/kratos/snapshots, never copied in).
 * Tests that read them skip with a printed reason where that directory is absent.
 */
export const kratosSnapshotsDir = resolve(import.meta.dirname, '../../../../../shared/kratos/snapshots');

export function kratosSnapshotsAvailable(): boolean {
  const available = existsSync(kratosSnapshotsDir);
  if (!available) {
    console.info(
      `[skip] Kratos fixtures not found at ${kratosSnapshotsDir}: fixture-based tests are skipped.`,
    );
  }
  return available;
}

/** Every node in a fixture file, whatever its shape (bare array, flow, container, single node). */
export function nodesOf(value: unknown): UiNode[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('attributes' in record && 'group' in record) return [record as unknown as UiNode];
  return Object.values(record).flatMap(nodesOf);
}

export function readFixtureNodes(relativePath: string): UiNode[] {
  return nodesOf(JSON.parse(readFileSync(join(kratosSnapshotsDir, relativePath), 'utf8')));
}

/** Paths (relative to the snapshots dir) of every fixture file under `subdir`. */
export function listFixtures(subdir = ''): string[] {
  const root = join(kratosSnapshotsDir, subdir);
  if (!existsSync(root)) return [];
  const files = readdirSync(root, { recursive: true, withFileTypes: true });
  return files
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name).slice(kratosSnapshotsDir.length + 1))
    .sort();
}
