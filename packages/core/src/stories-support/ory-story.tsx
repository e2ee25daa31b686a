import type { ComponentType } from 'react';
import { configure } from 'storybook/test';
import { createOryHarness, getOryHarness } from './ory-harness';
import { OryStoryFrame } from './ory-story-frame';
import { setStoryQuery } from './story-url';
import type { OryStoryHarness, OryStoryParameters } from './types';

// The annotations take the narrowest context they read, so they fit a meta of any component's args.
interface WithParameters {
  parameters: { ory?: OryStoryParameters };
}

/** Builds this story's own mock (seeded, maybe signed in) before render: `context.loaded.ory`. */
export async function loadOryHarness(context: WithParameters): Promise<{ ory: OryStoryHarness }> {
  return { ory: await createOryHarness(context.parameters.ory) };
}

/** Sets `parameters.ory.query` on the page URL for the drop-ins; the returned cleanup restores the URL. */
export function applyStoryQuery(context: WithParameters): () => void {
  return setStoryQuery(context.parameters.ory?.query);
}

/**
 * The mock answers in-process, but a shared CI machine can be slow to render: async queries (findBy…,
 * waitFor) wait up to 5 s instead of 1 s before failing a story.
 */
export function allowSlowMachines(): void {
  configure({ asyncUtilTimeout: 5000 });
}

/** Wraps the story in `<OryProvider>` on its mock (see OryStoryFrame). */
export function withOryProvider(Story: ComponentType, context: { loaded: Record<string, unknown> }) {
  return (
    <OryStoryFrame harness={getOryHarness(context)}>
      <Story />
    </OryStoryFrame>
  );
}

/**
 * Spread into a meta (`{ ...oryStory, component: LoginFlow }`): each story gets its own in-process mock,
 * its URL query, and an OryProvider whose navigation is shown on the canvas. Configure with `parameters.ory`.
 */
export const oryStory = {
  loaders: [loadOryHarness],
  beforeEach: [allowSlowMachines, applyStoryQuery],
  decorators: [withOryProvider],
};

/** `parameters: oryParameters({ seed: true, … })`: type-checked `parameters.ory` for a story. */
export function oryParameters(ory: OryStoryParameters): { ory: OryStoryParameters } {
  return { ory };
}
