// Spawning helpers shared by scripts/test.mjs and scripts/dev.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A binary from a workspace package's node_modules/.bin (the root's by default), without pnpm in between. */
export function bin(name, packageDir = repoRoot) {
  const local = join(packageDir, 'node_modules/.bin', name);
  return existsSync(local) ? local : join(repoRoot, 'node_modules/.bin', name);
}

const running = new Set();

function killGroup(child, signal) {
  try {
    // Negative pid: the whole process group (runners spawn browsers and servers of their own).
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every child started through run(); used on Ctrl-C / SIGTERM. */
export function killAll(signal = 'SIGTERM') {
  for (const child of running) killGroup(child, signal);
}

/**
 * Runs a command in its own process group with inherited stdio and resolves with its exit code
 * (never rejects: a runner that cannot start counts as a failed phase, not a crash of this script).
 * After `timeoutMs` the group gets SIGTERM, then SIGKILL 5 s later.
 */
export function run(command, args, { cwd = repoRoot, env = {}, timeoutMs = 0 } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    running.add(child);
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            console.error(`\n[test] ${command} still running after ${timeoutMs / 1000}s: stopping it`);
            killGroup(child, 'SIGTERM');
            setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
          }, timeoutMs)
        : undefined;
    const finish = (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolvePromise(timedOut ? 124 : code);
    };
    child.on('error', (error) => {
      console.error(`[test] could not start ${command}: ${error.message}`);
      finish(127);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}
