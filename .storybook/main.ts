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
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { resolve: { conditions: ['source', ...defaultClientConditions] } }),
};

export default config;
