import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const demoDir = fileURLToPath(new URL('../apps/demo', import.meta.url));
// Binaries straight from node_modules: no pnpm needed on PATH (e.g. when run through `npx pnpm`).
const tsx = `${repoRoot}node_modules/.bin/tsx`;
const vite = `${repoRoot}node_modules/.bin/vite`;
// Inside node_modules/.vite (git-ignored, Vite's own cache area), so no dist/ of the demo is touched.
const journeysBuild = 'node_modules/.vite/journeys-build';

// Two origins on purpose (demo :5173, mock :4433): credentials: 'include', CORS and cookies are real.
// Both are `localhost` — cookies are per host, so never mix in 127.0.0.1.
export const DEMO_URL = 'http://localhost:5173';
export const MOCK_URL = 'http://localhost:4433';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'journeys',
  outputDir: '../test-results',
  fullyParallel: false,
  // One worker. Journeys are independent (fresh browser context and unique account each; the expiry journey
  // runs its own mock on a free port), so more workers are safe, but on 2 cores a second browser slows every
  // journey more than it saves: measured 72-80 s with 1 worker, 149 s (and 30 s timeouts) with 2.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: fileURLToPath(new URL('../reports/playwright.json', import.meta.url)) }],
  ],
  use: {
    baseURL: DEMO_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright's own browser download is unreachable from these machines.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: [
    {
      // whoami answers 401 without a session: Playwright counts 401 as "up".
      // --record: every response goes to reports/exchanges, which the contract suite checks against Kratos' spec.
      command: `${tsx} packages/mock/src/cli.ts --port 4433 --host localhost --ui-url ${DEMO_URL} --origin ${DEMO_URL} --flow-lifespan 30s --methods password,totp,lookup_secret --record reports/exchanges/journeys.jsonl`,
      cwd: repoRoot,
      url: `${MOCK_URL}/sessions/whoami`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // A development build (NODE_ENV=development: React's development bundle, so StrictMode's double
      // effects are real and the journeys' request counts mean something), served as files. The dev server
      // would serve ~120 separate modules to every fresh browser context (each journey gets one): 2-3x
      // slower page loads on 2 cores. Built outside dist/ so a developer's own build is never overwritten.
      command: `${vite} build --mode development --outDir ${journeysBuild} --emptyOutDir --logLevel warn && ${vite} preview --mode development --outDir ${journeysBuild} --port 5173 --strictPort --host localhost`,
      cwd: demoDir,
      url: DEMO_URL,
      // Journeys always hit the mock, even if a developer's .env points the demo at a live project.
      env: { NODE_ENV: 'development', VITE_ORY_URL: MOCK_URL },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
