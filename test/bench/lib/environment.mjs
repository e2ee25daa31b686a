// Date, machine and versions for the report header.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchDir, repoRoot } from './paths.mjs';

const require = createRequire(join(benchDir, 'package.json'));

function versionOf(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    // Some packages do not export ./package.json: find it beside the resolved entry.
    let dir = require.resolve(name);
    while (dir !== '/') {
      dir = join(dir, '..');
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (pkg.name === name) return pkg.version;
      } catch {}
    }
    return 'unknown';
  }
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages/core/src'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} + uncommitted changes in packages/core/src` : commit;
  } catch {
    return 'unknown';
  }
}

/** The 1-minute load average when the run started: on a shared machine it says how much to trust timings. */
export const loadAtStart = loadavg()[0];

export async function environment(chromiumVersion) {
  const cpu = cpus();
  return {
    load: `load average ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`,
    date: new Date().toISOString(),
    machine: `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()} ${arch()}`,
    cores: cpu.length,
    node: process.version,
    commit: gitCommit(),
    versions: {
      '@headless-ory/core': versionOf('@headless-ory/core'),
      '@ory/elements-react': versionOf('@ory/elements-react'),
      react: versionOf('react'),
      'react-dom': versionOf('react-dom'),
      '@tanstack/react-query': versionOf('@tanstack/react-query'),
      esbuild: versionOf('esbuild'),
      autocannon: versionOf('autocannon'),
      playwright: versionOf('playwright'),
      chromium: chromiumVersion,
    },
  };
}
