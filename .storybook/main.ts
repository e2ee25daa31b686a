import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/core/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Telemetry makes network calls we cannot make here and triples the build time.
  core: { disableTelemetry: true },
  // Stories import workspace packages from source (the `source` export condition), like vitest and the demo.
  // Setting conditions replaces Vite's defaults, so they are listed again after ours.
  // Deps reached only through workspace sources (the mock's hono, the hooks' react-query) are pre-bundled up
  // front: found late, they make Vite re-optimize and reload the page mid-run, failing the stories in it.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      optimizeDeps: { include: ['@tanstack/react-query', 'hono'] },
    }),
};

export default config;
