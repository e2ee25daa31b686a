import { getOryHarness } from './ory-harness';
import { DROP_IN_QUERY_PARAMS } from './story-url';
import type { OryStoryHarness } from './types';

interface LoadedContext {
  loaded: Record<string, unknown>;
}

/**
 * A story `beforeEach` that prepares the story's mock further (pair TOTP, save backup codes, link a provider)
 * after `oryStory`'s loader built it and before the drop-in renders. Storybook runs every loader first, then
 * every beforeEach, so the harness is there. What `setUp` returns is kept for the play function: `seeded(loaded)`.
 */
export function seedBeforeRender<T>(setUp: (harness: OryStoryHarness) => Promise<T>) {
  return async (context: LoadedContext): Promise<void> => {
    context.loaded.seeded = await setUp(getOryHarness(context));
  };
}

/** What the story's `seedBeforeRender` set up. */
export function seeded<T>(loaded: Record<string, unknown>): T {
  if (!('seeded' in loaded)) throw new Error('seeded(): the story has no seedBeforeRender beforeEach');
  return loaded.seeded as T;
}

/**
 * The browser arriving on a page of the app after a trip elsewhere (the provider's consent page): its URL, then
 * the History API's popstate, which the drop-ins listen to. Only the drop-ins' query matters; the test page's path stays.
 */
export function arriveAt(url: URL): void {
  const here = new URL(window.location.href);
  for (const name of DROP_IN_QUERY_PARAMS) here.searchParams.delete(name);
  for (const [name, value] of url.searchParams) here.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', here.href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
