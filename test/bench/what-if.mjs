#!/usr/bin/env node
// What would it cost to meet issue 9's targets? Rebuilds the budget entries with parts of the library
// replaced by stubs and prints the gzip sizes, so the trade-off in README.md can be re-checked:
//   node test/bench/what-if.mjs                        (the current sizes)
//   node test/bench/what-if.mjs errors restart         (terse errors, no restart that keeps parameters and values)
// Stubs: errors (terse messages instead of the readable sentences), restart (no restart that keeps the flow's
// parameters and carries typed values over), navigation (no Kratos URL → app route mapping, no continue_with,
// no step-up return_to: every outcome goes home), webauthn (no script node loading, no WebAuthn/passkey triggers).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ENTRIES, kB } from './lib/bundle.mjs';
import { benchDir, fromBench } from './lib/paths.mjs';

const STUBS = {
  errors: {
    file: /client\/errors\.ts$/,
    code: `import { OryClientError as E } from './outcome';
export const CLIENT_ERROR_IDS = { network: 'client_network_error', timeout: 'client_timeout', aborted: 'client_aborted',
  invalidResponse: 'client_invalid_response', restartFailed: 'client_restart_failed' };
export const noAnswerError = (ended, cause) => new E(ended, { status: 0, id: CLIENT_ERROR_IDS[ended], cause });
export const answerError = (status, body) => new E('HTTP ' + status, { status, body });`,
  },
  restart: {
    file: /client\/(carry-values|restart-params)\.ts$/,
    code: 'export const carryValues=(f)=>f,restartParams=()=>({}),restartParamsOf=()=>({}),flowTypeOfRequestUrl=()=>{};',
  },
  navigation: {
    file: /hooks\/follow-outcome\.ts$/,
    code: 'export const appRouteOf=(o,u)=>u,goTo=(o)=>o.navigate(o.routes.home),followAway=goTo,followSuccess=goTo;',
  },
  webauthn: {
    file: /renderer\/(use-script-node|use-node-triggers)\.ts$/,
    code: "export const useScriptNode=()=>'idle',getScriptSrc=()=>{},useNodeLoadTrigger=()=>{},useNodeClickTrigger=()=>{};",
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
