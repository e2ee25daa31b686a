import { createMockFetch } from '@headless-ory/mock';
import { createStoryClock } from './clock';
import { createNetworkControl } from './network';
import { DEFAULT_ACCOUNT, seedAccount, signInBrowser } from './seed';
import type { OryStoryHarness, OryStoryParameters, SeedAccount } from './types';

/** Where the in-process mock pretends to live. Nothing listens there: requests never leave the page. */
export const MOCK_BASE_URL = 'http://localhost:4433';

function accountsFrom(seed: OryStoryParameters['seed']): SeedAccount[] {
  if (!seed) return [];
  if (seed === true) return [DEFAULT_ACCOUNT];
  return Array.isArray(seed) ? seed : [seed];
}

/**
 * A fresh mock for one story: its own identities, flows, cookie jar and clock, seeded before render. The
 * app ("uiUrl") is this very page, so Kratos' default return URL is `/` of the page's origin.
 */
export async function createOryHarness(parameters: OryStoryParameters = {}): Promise<OryStoryHarness> {
  const { mock: mockOptions = {}, network: networkOptions, config } = parameters;
  const clock = createStoryClock(mockOptions.now);
  // Passkey stories use the page's origin, where Storybook serves the WebAuthn script their nodes load.
  const baseUrl = mockOptions.publicUrl ?? MOCK_BASE_URL;
  const mock = createMockFetch({
    uiUrl: window.location.origin,
    ...mockOptions,
    publicUrl: baseUrl,
    now: clock.now,
  });
  const accounts = accountsFrom(parameters.seed);
  for (const account of accounts) await seedAccount(mock, account);
  if (parameters.signedIn) {
    const account = accounts[0];
    if (!account) throw new Error('parameters.ory.signedIn needs parameters.ory.seed');
    await signInBrowser(mock, account);
  }
  const { fetch, control } = createNetworkControl(mock, networkOptions);
  return { baseUrl, fetch, mock, clock, network: control, accounts, navigations: [], config };
}

/** The harness the loader made for this story; throws when the story doesn't use `oryStory`. */
export function getOryHarness(context: { loaded: Record<string, unknown> }): OryStoryHarness {
  const harness = context.loaded.ory as OryStoryHarness | undefined;
  if (!harness) throw new Error('getOryHarness: spread `oryStory` into the meta (it adds the loader)');
  return harness;
}
