import type { MockFetch, MockOptions } from '@headless-ory/mock';
import type { OryConfig } from '../hooks';

/** An account the loader registers in the story's mock before anything renders. */
export interface SeedAccount {
  email: string;
  password: string;
}

/** How the story's network misbehaves; change it mid-story with `harness.network.set(…)`. */
export interface NetworkOptions {
  /** Hold every submit (a POST) for this many ms, or until `harness.network.release()` when `'manual'`. */
  delaySubmit?: number | 'manual' | undefined;
  /** The same for every other request (creating or fetching a flow): shows the pending state. */
  delayLoad?: number | 'manual' | undefined;
  /** Fail requests like a dropped connection (`TypeError: Failed to fetch`): all, or only submits. */
  failNetwork?: boolean | 'submit' | undefined;
}

/** `parameters.ory` of a story (merged over its meta's): everything the loader and decorator set up. */
export interface OryStoryParameters {
  /**
   * Options for this story's own mock (`now` is wrapped so the clock can advance). `publicUrl` defaults to
   * MOCK_BASE_URL; stories that load the WebAuthn script set the page's origin, where Storybook serves it.
   */
  mock?: MockOptions;
  /** Identities to register first: `true` for the default account (ada@example.com). */
  seed?: boolean | SeedAccount | SeedAccount[];
  /** Sign the first seeded account in (a browser session cookie in the story's jar) before render. */
  signedIn?: boolean;
  /** The URL query the drop-ins read (`flow`, `return_to`, `refresh`, …); the page's URL is restored after. */
  query?: Record<string, string>;
  network?: NetworkOptions;
  /** Extra OryProvider config (routes, timeoutMs, …) over `{ baseUrl, fetch }`. */
  config?: Omit<Partial<OryConfig>, 'baseUrl' | 'fetch'>;
}

export interface StoryClock {
  now(): number;
  /** Moves the mock's clock forward: milliseconds or a duration like `2h`, `90m`. */
  advance(by: number | string): void;
}

export interface NetworkControl {
  /** `METHOD /path` of every request the story's UI made, in order (seeding is not logged). */
  readonly requests: readonly string[];
  count(methodAndPath: string): number;
  set(options: NetworkOptions): void;
  /** Lets requests held by `delaySubmit: 'manual'` / `delayLoad: 'manual'` go through. */
  release(): void;
  /** How many requests are waiting for `release()`. */
  held(): number;
}

/** What one story runs against; the play function gets it with `getOryHarness(context)`. */
export interface OryStoryHarness {
  baseUrl: string;
  /** The fetch the OryProvider uses: the mock behind the network control. */
  fetch: typeof globalThis.fetch;
  /** The story's own mock, with its cookie jar (`mock.mock.reset()`, `mock.cookies()`). */
  mock: MockFetch;
  clock: StoryClock;
  network: NetworkControl;
  accounts: SeedAccount[];
  /** Every target the library navigated to, in order (nothing leaves the page). */
  navigations: string[];
  config: OryStoryParameters['config'];
}
