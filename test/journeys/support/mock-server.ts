// @headless-ory/mock from its source. Playwright's loader does not apply the workspace's `source` export
// condition (vitest and Vite do), and the package's `default` export points at a dist/ nobody builds, so
// the journeys import the source file directly instead of setting NODE_OPTIONS for every process.
export { type MockServer, startMockServer } from '../../../packages/mock/src/index';
