// Bundle sizes with one set of esbuild settings for every entry (ours and @ory/elements-react alike):
// minified ESM for browsers, production NODE_ENV (as an app's bundler defines it), react / react-dom /
// jsx-runtime left to the app. The metafile says what each bundle holds.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchDir, fromBench } from './paths.mjs';

const REACT = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'scheduler'];

/** Gzip budgets in bytes (kB = 1000 B): issue 9's numbers, enforced by `pnpm test` (budgets.mjs). */
export const ENTRIES = [
  {
    id: 'login-app',
    label: '(a) `<OryProvider><LoginFlow/></OryProvider>` app, react-query bundled',
    entry: 'entries/ours-login-app.tsx',
    external: REACT,
    budget: 25_000,
  },
  {
    id: 'hooks',
    label: '(b) hooks only: `OryHooksProvider` + `useLoginFlow`, react-query external',
    entry: 'entries/ours-hooks.tsx',
    external: [...REACT, '@tanstack/react-query', '@tanstack/query-core'],
    budget: 6_000,
  },
  {
    id: 'client',
    label: '(c) `@headless-ory/core/client`: `createOryClient`',
    entry: 'entries/ours-client.ts',
    // Nothing external: a React import would be bundled, and then caught below.
    external: [],
    budget: 4_000,
    forbid: /(^|\/)node_modules\/(react|react-dom|scheduler|@tanstack)\//,
  },
  {
    id: 'elements-login',
    label: '@ory/elements-react 1.2.1 `<Login>` (theme), react external',
    entry: 'entries/elements-login.tsx',
    external: REACT,
  },
];

/** Builds one entry in memory and returns its raw and gzip sizes, and the inputs by bytes in the output. */
export async function measure(entry) {
  const result = await build({
    entryPoints: [fromBench(entry.entry)],
    absWorkingDir: benchDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    outdir: 'out',
    external: entry.external,
    // Workspace packages resolve to their TypeScript source, as they do in the apps and tests.
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const output = Object.values(result.metafile.outputs).find((out) => out.entryPoint);
  const inputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  // Every module the build reached counts, even one tree-shaken to 0 bytes: an import is already a dependency.
  const forbidden = entry.forbid
    ? Object.keys(result.metafile.inputs)
        .filter((path) => entry.forbid.test(path))
        .map((path) => ({ path, bytes: output.inputs[path]?.bytesInOutput ?? 0 }))
    : [];
  return {
    id: entry.id,
    label: entry.label,
    budget: entry.budget,
    raw: js.contents.byteLength,
    gzip: gzipSync(js.contents, { level: 9 }).byteLength,
    inputs,
    forbidden,
  };
}

export async function measureAll(entries = ENTRIES) {
  const results = [];
  for (const entry of entries) results.push(await measure(entry));
  return results;
}

/** Two decimals for our bundles (budgets are a few bytes apart), one for the large ones. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(bytes < 100_000 ? 2 : 1)} kB`;
