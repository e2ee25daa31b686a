import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Debian's Chromium, never a downloaded Playwright build (the machines reach no browser CDN).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

// One vitest run, several projects: jsdom for the library, node for the mock, jsdom for the
// conformance suites over ../shared, and every Storybook story as a test (play + axe) in real Chromium.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { conditions: ['source'] },
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['../../test/setup/jsdom.ts', '../../test/setup/record-exchanges.ts'],
          globalSetup: ['../../test/setup/record-reset.ts'],
          isolate: false,
        },
      },
      {
        resolve: { conditions: ['source'] },
        test: {
          name: 'mock',
          root: 'packages/mock',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          setupFiles: ['../../test/setup/record-exchanges.ts'],
          globalSetup: ['../../test/setup/record-reset.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { conditions: ['source'] },
        // parity.test.ts runs in node (no DOM needed): node-environment files resolve through ssr conditions.
        ssr: { resolve: { conditions: ['source'] } },
        test: {
          name: 'conformance',
          root: 'test',
          environment: 'jsdom',
          include: ['conformance/**/*.test.{ts,tsx}'],
          exclude: ['conformance/contract.test.ts', 'conformance/csrf-recorded.test.ts'],
          setupFiles: ['./setup/jsdom.ts'],
        },
      },
      {
        // The framework-free client in plain Node against the mock's HTTP server (native apps).
        ssr: { resolve: { conditions: ['source'] } },
        test: {
          name: 'native',
          root: 'test',
          environment: 'node',
          include: ['native/**/*.test.ts'],
          setupFiles: ['./setup/record-exchanges.ts'],
          globalSetup: ['./setup/record-reset.ts'],
        },
      },
      {
        // Reads what the mock answered in the other runs (reports/exchanges): scripts/test.mjs runs it last,
        // after vitest and Playwright. On its own it drives a few flows itself, so it never passes empty.
        // A node-environment project resolves through Vite's ssr conditions, not `resolve.conditions`.
        ssr: { resolve: { conditions: ['source'] } },
        test: {
          name: 'contract',
          root: 'test',
          environment: 'node',
          // Both read what the other runs recorded: every response against Kratos' spec, every submit's CSRF token.
          include: ['conformance/contract.test.ts', 'conformance/csrf-recorded.test.ts'],
        },
      },
      {
        // Preview annotations (a11y: error) are applied by the plugin itself: no setProjectAnnotations file.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
