import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One vitest run, several projects: jsdom for the library, node for the mock, jsdom for the
// conformance suites over ../shared. The Storybook project (real Chromium) is added in vitest.storybook.ts.
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
          setupFiles: ['../../test/setup/jsdom.ts'],
        },
      },
      {
        resolve: { conditions: ['source'] },
        test: {
          name: 'mock',
          root: 'packages/mock',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { conditions: ['source'] },
        test: {
          name: 'conformance',
          root: 'test',
          environment: 'jsdom',
          include: ['conformance/**/*.test.{ts,tsx}'],
          setupFiles: ['./setup/jsdom.ts'],
        },
      },
    ],
  },
});
