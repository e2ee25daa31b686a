import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig, type Plugin } from 'vite';

// The in-process mock answers fetch calls, but a <script src> is a real request: passkey stories point their
// mock at the page's own origin, where this serves the mock's WebAuthn script (the bytes its integrity is of).
// Loaded through Vite, as main.ts itself may import only what Node runs (no TypeScript sources).
const scriptModule = '/packages/mock/src/webauthn/webauthn-script.ts';
const webAuthnScript: Plugin = {
  name: 'headless-ory:webauthn-script',
  configureServer(server) {
    server.middlewares.use('/.well-known/ory/webauthn.js', (_request, response, next) => {
      server
        .ssrLoadModule(scriptModule)
        .then(({ WEBAUTHN_SCRIPT }) => {
          response.setHeader('Content-Type', 'application/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(WEBAUTHN_SCRIPT);
        })
        .catch(next);
    });
  },
};

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
      plugins: [webAuthnScript],
      resolve: { conditions: ['source', ...defaultClientConditions] },
      optimizeDeps: { include: ['@tanstack/react-query', 'hono', '@simplewebauthn/server'] },
    }),
};

export default config;
