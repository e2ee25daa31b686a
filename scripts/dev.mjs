#!/usr/bin/env node
// `pnpm dev`: the embedded mock (http://localhost:4433) and the demo (http://localhost:5173) side by side,
// logs prefixed, both stopped on Ctrl-C or as soon as either exits. With VITE_ORY_URL set, the demo
// talks to that Ory project and no mock is started.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadEnv } from 'vite';
import { bin, repoRoot } from './lib/run.mjs';

const DEMO_URL = 'http://localhost:5173';
const demoDir = join(repoRoot, 'apps/demo');
// The same lookup Vite does for the demo: the environment first, then apps/demo/.env[.local] files.
const oryUrl = loadEnv('development', demoDir, 'VITE_').VITE_ORY_URL?.trim();
const useLiveOry = Boolean(oryUrl);

const services = [
  ...(useLiveOry
    ? []
    : [
        {
          name: 'mock',
          color: 35,
          command: bin('tsx'),
          // Every method the mock has, so the demo shows them all (social sign-in, codes, passkeys, 2FA in settings).
          args: [
            'packages/mock/src/cli.ts',
            '--port',
            '4433',
            '--ui-url',
            DEMO_URL,
            '--origin',
            DEMO_URL,
            '--methods',
            'password,code,oidc,totp,lookup_secret,passkey,webauthn',
          ],
          cwd: repoRoot,
        },
      ]),
  {
    name: 'demo',
    color: 36,
    command: bin('vite'),
    args: ['--port', '5173', '--strictPort', '--host', 'localhost'],
    cwd: demoDir,
  },
];

const children = new Map();
let stopping = false;

function prefixLines(stream, label, out) {
  createInterface({ input: stream }).on('line', (line) => out.write(`${label} ${line}\n`));
}

function stopAll(reason, exitCode) {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  if (reason) console.log(`[dev] ${reason}: stopping ${[...children.keys()].join(' and ') || 'nothing'}`);
  for (const child of children.values()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  // Give servers a moment to close their sockets, then make sure nothing outlives us.
  setTimeout(() => {
    for (const child of children.values()) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(exitCode);
  }, 3000).unref();
  if (children.size === 0) process.exit(exitCode);
}

for (const service of services) {
  const label = process.stdout.isTTY ? `\x1b[${service.color}m[${service.name}]\x1b[0m` : `[${service.name}]`;
  // Own process group, so stopping a service also stops whatever it spawned (tsx → node).
  const child = spawn(service.command, service.args, {
    cwd: service.cwd,
    // Children write to a pipe: keep their colours only when we print to a terminal.
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.set(service.name, child);
  prefixLines(child.stdout, label, process.stdout);
  prefixLines(child.stderr, label, process.stderr);
  child.on('error', (error) => {
    console.error(`${label} could not start: ${error.message}`);
    children.delete(service.name);
    stopAll(`${service.name} failed to start`, 1);
  });
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) stopAll(`${service.name} exited (${signal ?? code})`, code === 0 ? 0 : 1);
    else if (children.size === 0) process.exit(process.exitCode ?? 0);
  });
}

console.log(
  useLiveOry
    ? `[dev] demo on ${DEMO_URL} → Ory at ${oryUrl} (VITE_ORY_URL; no mock started)`
    : `[dev] demo on ${DEMO_URL} → mock on http://localhost:4433 (set VITE_ORY_URL to use a live Ory project)`,
);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(`${signal}`, 0));
