import { CookieJar } from 'tough-cookie';
import { createMockFetch } from '../adapters/mock-fetch';
import { startMockServer } from '../adapters/server';
import type { MockOptions } from '../options';

export interface HarnessCookie {
  name: string;
  path: string;
  httpOnly: boolean;
  sameSite: string | undefined;
}

/** One way of reaching the mock, as a browser (cookies kept) and as a native app (no cookies). */
export interface Harness {
  url: string;
  /** Like a browser page calling with `credentials: 'include'`; redirects are returned, not followed. */
  browser: typeof fetch;
  /** A native client: no cookie jar. */
  native: typeof fetch;
  cookies(): Promise<HarnessCookie[]>;
  close(): Promise<void>;
}

export type StartHarness = (options?: MockOptions) => Promise<Harness>;

export const UI_URL = 'http://localhost:5173';

/** The in-process fetch with its own jar. */
export const startFetchHarness: StartHarness = async (options = {}) => {
  const mockFetch = createMockFetch({ uiUrl: UI_URL, ...options });
  return {
    url: mockFetch.mock.options.publicUrl,
    browser: (input, init) => mockFetch(input, { redirect: 'manual', ...init, credentials: 'include' }),
    native: (input, init) => mockFetch(input, { redirect: 'manual', ...init, credentials: 'omit' }),
    cookies: async () =>
      mockFetch
        .cookies()
        .map((c) => ({ name: c.name, path: c.path, httpOnly: c.httpOnly, sameSite: c.sameSite })),
    close: async () => {},
  };
};

/** The real HTTP server on a random port, with tough-cookie as the browser's jar around Node's fetch. */
export const startServerHarness: StartHarness = async (options = {}) => {
  const server = await startMockServer({ port: 0, uiUrl: UI_URL, ...options });
  const jar = new CookieJar();
  const browser: typeof fetch = async (input, init) => {
    const request = new Request(input, { redirect: 'manual', ...init });
    const headers = new Headers(request.headers);
    const cookie = await jar.getCookieString(request.url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(new Request(request, { headers }));
    for (const setCookie of response.headers.getSetCookie()) await jar.setCookie(setCookie, request.url);
    return response;
  };
  return {
    url: server.url,
    browser,
    native: (input, init) => fetch(input, { redirect: 'manual', ...init }),
    cookies: async () =>
      (await jar.getCookies(server.url)).map((c) => ({
        name: c.key,
        path: c.path ?? '/',
        httpOnly: c.httpOnly,
        sameSite: c.sameSite,
      })),
    close: () => server.close(),
  };
};
