#!/usr/bin/env node
// What would it cost to meet issue 9's targets? Rebuilds the budget entries with parts of the library
// replaced by stubs and prints the gzip sizes, so the trade-off in README.md can be re-checked:
//   node test/bench/what-if.mjs                        (the current sizes)
//   node test/bench/what-if.mjs session errors         (without the session API, with terse errors)
// Stubs: session (whoami/logout/errors/token exchange out of createOryClient), errors (terse messages),
// webauthn (no script node loading, no WebAuthn/passkey triggers), restart (no 410 restart that keeps the
// flow's parameters and carries typed values over).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ENTRIES, kB } from './lib/bundle.mjs';
import { benchDir, fromBench } from './lib/paths.mjs';

const STUBS = {
  session: {
    file: /client\/session-api\.ts$/,
    code: 'export const whoami=()=>{},sessionOutcome=()=>{},exchangeSessionToken=()=>{},createLogoutFlow=()=>{},logout=()=>{},getFlowError=()=>{};',
  },
  errors: {
    file: /client\/errors\.ts$/,
    code: `import { OryClientError as E } from './outcome';
export const CLIENT_ERROR_IDS = {};
const e = (service, status, id, more) => new E(service + ' ' + status, { status, id, ...more });
export const networkError = (s, cause) => e(s, 0, 'client_network_error', { cause });
export const timeoutError = (s) => e(s, 0, 'client_timeout');
export const abortedError = (s, cause) => e(s, 0, 'client_aborted', { cause });
export const invalidResponseError = (s, status, body) => e(s, status, 'client_invalid_response', { body });
export const kratosError = (s, status, body) =>
  new E(body.error.reason || body.error.message || s, { status, id: body.error.id, reason: body.error.reason, body });`,
  },
  webauthn: {
    file: /renderer\/(use-script-node|use-node-triggers)\.ts$/,
    code: "export const useScriptNode=()=>'idle',getScriptRequest=()=>{},useNodeLoadTrigger=()=>{},useNodeClickTrigger=()=>{};",
  },
  restart: {
    file: /client\/(carry-values|restart-params)\.ts$/,
    code: 'export const carryValues=(f)=>f,restartParams=()=>({}),flowTypeOfRequestUrl=()=>{};',
  },
};

const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!STUBS[name]) throw new Error(`unknown stub "${name}"; one of ${Object.keys(STUBS).join(', ')}`);
}
const stubPlugin = {
  name: 'what-if-stubs',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /packages\/core\/src\/.*\.tsx?$/ }, (args) => {
      const stub = chosen.map((name) => STUBS[name]).find((candidate) => candidate.file.test(args.path));
      return stub ? { contents: stub.code, loader: 'ts' } : undefined;
    });
  },
};

for (const entry of ENTRIES.filter((candidate) => candidate.budget)) {
  const result = await build({
    entryPoints: [fromBench(entry.entry)],
    absWorkingDir: benchDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    outdir: 'out',
    external: entry.external,
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [stubPlugin],
  });
  const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
  console.log(
    `${entry.id.padEnd(10)} ${(gzip / 1000).toFixed(2).padStart(6)} kB gzip  (issue 9 target ${kB(entry.target)}${gzip <= entry.target ? ', met' : ''})  ${chosen.join(' + ') || 'as is'}`,
  );
}
