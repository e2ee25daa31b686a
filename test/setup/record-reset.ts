// globalSetup of the recording projects: forget this project's recordings from an earlier run (only its own
// files, so core, mock and the Playwright journeys never delete each other's), and name the files its
// workers write.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { exchangesDir } from './record-paths';

export default function setup(project: TestProject): void {
  const prefix = `${project.name}-`;
  let files: string[] = [];
  try {
    files = readdirSync(exchangesDir);
  } catch {
    // Nothing recorded yet.
  }
  for (const name of files) {
    if (name.startsWith(prefix) && name.endsWith('.jsonl')) rmSync(join(exchangesDir, name), { force: true });
  }
  project.provide('recordExchangesAs', project.name);
}
