// The mock under a bounded local load: flows created per second and latency percentiles. The mock runs
// in its own process (the CLI, as `pnpm mock` starts it) so the load generator does not share its event loop.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { repoRoot } from './paths.mjs';

function startMock() {
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['packages/mock/src/cli.ts', '--port', '0', '--host', '127.0.0.1'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the mock did not start within 20 s:\n${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        child.stdout.resume();
        resolve({ url, stop: () => child.kill('SIGTERM') });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the mock exited (${code}) before listening:\n${output}`));
    });
  });
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** `connections` concurrent clients for `seconds` against `GET /self-service/login/browser` (JSON). */
export async function measureMock({ seconds = 4, connections = 8 } = {}) {
  const mock = await startMock();
  try {
    const target = {
      url: `${mock.url}/self-service/login/browser`,
      headers: { accept: 'application/json' },
      connections,
    };
    await run({ ...target, duration: 1 }); // warm-up: JIT, the first flows
    const result = await run({ ...target, duration: seconds });
    return {
      endpoint: 'GET /self-service/login/browser (Accept: application/json)',
      seconds,
      connections,
      requests: result.requests.total,
      ok: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      perSecond: result['2xx'] / result.duration,
      latency: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
    };
  } finally {
    mock.stop();
  }
}
