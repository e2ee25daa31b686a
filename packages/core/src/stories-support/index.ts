/**
 * Storybook support for @headless-ory/core's stories (never shipped): `oryStory` gives each story its own
 * in-process mock (seeded identities, clock, slow or failing network, URL query) under an OryProvider whose
 * navigation is shown on the canvas; `fixtures` are static Kratos-shaped flows for the renderer's stories.
 */
export { BrandButton, BrandInput, brandComponents } from './brand-parts';
export { createStoryClock } from './clock';
export * as fixtures from './flow-fixtures';
export {
  findSettingsSection,
  lastMessageTo,
  navigatedTo,
  registerInBrowser,
} from './flow-story-helpers';
export { createNetworkControl } from './network';
export { createOryHarness, getOryHarness, MOCK_BASE_URL } from './ory-harness';
export {
  allowSlowMachines,
  applyStoryQuery,
  loadOryHarness,
  oryParameters,
  oryStory,
  withOryProvider,
} from './ory-story';
export { OryStoryFrame, type OryStoryFrameProps } from './ory-story-frame';
export { describedBy, findFlowForm, submittedEntries } from './play-helpers';
export { DEFAULT_ACCOUNT, seedAccount, signInBrowser } from './seed';
export { DROP_IN_QUERY_PARAMS, describeTarget, setStoryQuery } from './story-url';
export type * from './types';
