// RESULTS.md: every figure of one run, ours beside @ory/elements-react with the ratio.
import { kB } from './bundle.mjs';

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (theirs, ours) => (ours > 0 ? `${(theirs / ours).toFixed(theirs / ours >= 10 ? 0 : 1)}×` : '—');

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The biggest contributors of a bundle, by package or by library folder. */
function topInputs(bundle, count = 8) {
  const groups = new Map();
  for (const { path, bytes } of bundle.inputs) {
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const ours = /packages\/core\/src\/([^/]+)\//.exec(path)?.[1];
    const key = pkg ?? (ours ? `core/${ours}` : path.replace(/^.*\/test\/bench\//, ''));
    groups.set(key, (groups.get(key) ?? 0) + bytes);
  }
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, bytes]) => `${name} ${kB(bytes)}`)
    .join(' · ');
}

export function renderReport({ env, bundles, checks, browser, mock, seconds }) {
  const byId = Object.fromEntries(bundles.map((bundle) => [bundle.id, bundle]));
  const elements = byId['elements-login'];
  const ours = bundles.filter((bundle) => bundle.budget);
  const budgetOf = (id) => checks.find((check) => check.entry === id && 'budget' in check);
  const clientCheck = checks.find((check) => check.entry === 'client' && !('budget' in check));
  const { requests, render, typing } = browser;

  const sizeRows = ours.map((bundle) => {
    const check = budgetOf(bundle.id);
    return [
      bundle.label,
      kB(bundle.raw),
      `**${kB(bundle.gzip)}**`,
      `${kB(bundle.budget)} ${check?.passed ? '✓' : '✗ over'}`,
      ratio(elements.raw, bundle.raw),
      ratio(elements.gzip, bundle.gzip),
    ];
  });
  sizeRows.push([elements.label, kB(elements.raw), `**${kB(elements.gzip)}**`, '—', '1×', '1×']);

  const renderRows = ['login', 'settings'].map((which) => {
    const row = render[which];
    return [
      `${which === 'login' ? 'login (mock flow)' : 'settings-like (mock nodes)'}, ${row.nodes} nodes`,
      ms(row.ours.median),
      ms(row.elements.median),
      ratio(row.elements.median, row.ours.median),
      `${ms(row.ours.first)} / ${ms(row.elements.first)}`,
    ];
  });

  return `# Benchmarks: @headless-ory/core vs @ory/elements-react

Written by \`pnpm bench\` (test/bench/run-bench.mjs) in ${seconds.toFixed(0)} s. Do not edit by hand.

- **Date:** ${env.date}
- **Machine:** ${env.machine}; ${env.load} on ${env.cores} cores (when the load is above the core count,
  other work shared the machine: timings are then indicative, the ratios hold better)
- **Node:** ${env.node} · **commit:** ${env.commit}
- **Versions:** ${Object.entries(env.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(' · ')}

## Bundle size

esbuild, the same settings on both sides: \`bundle, minify, format esm, platform browser, target es2020,
define process.env.NODE_ENV="production"\`, react / react-dom / react/jsx-runtime external, CSS not counted
(ours ships none; elements-react's theme CSS would come on top). Gzip level 9; 1 kB = 1000 B. Ratio = how many
times larger \`<Login>\` of @ory/elements-react is.

${table(
  [
    'entry',
    'raw',
    'gzip',
    'budget (issue 9, enforced)',
    'elements-react ÷ ours (raw)',
    'elements-react ÷ ours (gzip)',
  ],
  sizeRows,
)}

\`pnpm test\` fails when an entry is over its budget, naming the entry and its size.

Largest inputs (metafile, bytes in the minified output):
${bundles.map((bundle) => `- ${bundle.id}: ${topInputs(bundle)}`).join('\n')}

\`./client\` holds no React, react-dom, scheduler or react-query module: **${clientCheck?.passed ? 'yes' : `NO — ${clientCheck?.message}`}**.

## Requests per flow (ours, React StrictMode, Chromium)

\`<StrictMode><OryProvider><LoginFlow/></OryProvider></StrictMode>\` against the in-process mock; every request
the library made, by phase. elements-react's \`<Login>\` takes a flow from the app, so it has no figure here.

${table(
  ['phase', 'requests', 'what'],
  [
    ['create', String(requests.create.length), requests.create.join(', ')],
    ['submit (valid password → session)', String(requests.submit.length), requests.submit.join(', ')],
    [
      'submit after the flow expired (410 → restart)',
      String(requests.restart.length),
      `${requests.restart.join(', ')}${requests.carriedIdentifier ? ' (the typed e-mail was carried over)' : ''}`,
    ],
  ],
)}

## Render time (Chromium, production React)

A fresh root per run, \`flushSync(root.render(…))\` until the DOM is committed; median of ${render.login.ours.runs}
runs after one first (cold) run. Both sides get the same flow JSON from the mock: ours is the drop-in
(\`<LoginFlow/>\` / \`<SettingsFlow/>\` with the flow in the query cache), elements-react \`<Login flow config>\` /
\`<Settings flow config>\`. The settings-like flow is the trait nodes the mock builds for a schema of 200
traits, regrouped as a settings flow's profile section, plus its password section.

${table(['flow', 'ours (median)', 'elements-react (median)', 'elements-react ÷ ours', 'first run (ours / elements)'], renderRows)}

## Re-renders per keystroke (React Profiler, profiling build)

Typing "${'ada@example.com'}" (${typing.ours.keys} keys) into the identifier field of the login form; commits of
the Profiler around the whole form.

${table(
  ['', 'commits while typing', 'per keystroke'],
  [
    ['ours (`<LoginFlow/>`)', String(typing.ours.commits), typing.ours.perKey.toFixed(2)],
    ['elements-react (`<Login>`)', String(typing.elements.commits), typing.elements.perKey.toFixed(2)],
  ],
)}

## The mock under load (autocannon, localhost)

\`${mock.endpoint}\` against the mock CLI in its own process, ${mock.connections} connections for
${mock.seconds} s after a 1 s warm-up.

${table(
  ['flows created / s', 'p50', 'p90', 'p99', 'max', 'requests', 'non-2xx', 'errors'],
  [
    [
      mock.perSecond.toFixed(0),
      `${mock.latency.p50} ms`,
      `${mock.latency.p90} ms`,
      `**${mock.latency.p99} ms**`,
      `${mock.latency.max} ms`,
      String(mock.requests),
      String(mock.non2xx),
      String(mock.errors),
    ],
  ],
)}

## Budgets (issue 9; also checked by \`pnpm test\` through test/bench/budgets.mjs)

${checks.map((check) => `- ${check.passed ? '✓' : '✗'} ${check.name}${check.passed ? '' : ` — ${check.message}`}`).join('\n')}
`;
}
