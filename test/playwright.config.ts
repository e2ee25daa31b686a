import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const demoDir = fileURLToPath(new URL('../apps/demo', import.meta.url));
// Binaries straight from node_modules: no pnpm needed on PATH (e.g. when run through `npx pnpm`).
const tsx = `${repoRoot}node_modules/.bin/tsx`;
const vite = `${repoRoot}node_modules/.bin/vite`;

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
  // One worker: journeys share one mock (one identity store, one courier) and the machine has 2 cores.
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
      command: `${tsx} packages/mock/src/cli.ts --port 4433 --host localhost --ui-url ${DEMO_URL} --origin ${DEMO_URL} --flow-lifespan 30s`,
      cwd: repoRoot,
      url: `${MOCK_URL}/sessions/whoami`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // The dev server, not a production build: React's StrictMode double effects only exist in
      // development, and the journeys count requests under StrictMode.
      command: `${vite} --port 5173 --strictPort --host localhost`,
      cwd: demoDir,
      url: DEMO_URL,
      // Journeys always hit the mock, even if a developer's .env points the demo at a live project.
      env: { VITE_ORY_URL: MOCK_URL },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
