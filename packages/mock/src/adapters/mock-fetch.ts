import { createMockApp, exchangeWithCookies, type MockApp } from '../app';
import type { MockOptions } from '../options';
import { CookieJar, type MockCookie } from './cookie-jar';

export type { MockCookie };

/** A `fetch` that talks to an in-process mock like one browser would: its own cookies, redirects, failures. */
export interface MockFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  mock: MockApp;
  /** The cookies the "browser" holds for the mock (HttpOnly ones included; tests may look). */
  cookies(): MockCookie[];
  clearCookies(): void;
}

const MAX_REDIRECTS = 20;

function failedFetch(reason: string): TypeError {
  return new TypeError('Failed to fetch', { cause: new Error(reason) });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Cookies go along with `credentials: 'include'`, or `same-origin` when the page itself is on the mock's origin. */
function sendsCookies(request: Request, mockOrigin: string): boolean {
  if (request.credentials === 'include') return true;
  const pageOrigin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return request.credentials === 'same-origin' && pageOrigin === mockOrigin;
}

/** The request a browser makes after a redirect: 303 (and 301/302 after POST) turn into a body-less GET. */
function followRequest(
  previous: Request,
  status: number,
  location: string,
  body: ArrayBuffer | null,
): Request {
  const toGet = status === 303 || ((status === 301 || status === 302) && previous.method === 'POST');
  const headers = new Headers(previous.headers);
  if (toGet) {
    headers.delete('content-type');
    headers.delete('content-length');
  }
  return new Request(location, {
    method: toGet ? 'GET' : previous.method,
    headers,
    body: toGet || previous.method === 'GET' || previous.method === 'HEAD' ? null : body,
    credentials: previous.credentials,
    redirect: previous.redirect,
    signal: previous.signal,
  });
}

export function createMockFetch(options: MockOptions = {}): MockFetch {
  const app = createMockApp(options);
  const jar = new CookieJar(app.options.now);
  const origin = app.options.publicOrigin;

  const mockFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    let request = new Request(input, init);
    for (let hop = 0; ; hop++) {
      if (request.signal.aborted) throw abortError(request.signal);
      const url = new URL(request.url);
      if (url.origin !== origin) throw failedFetch(`${url.origin} is not the mock (${origin})`);
      // Keep the body for a 307/308 redirect, which repeats it.
      const body = request.body ? await request.clone().arrayBuffer() : null;
      const withCookies = sendsCookies(request, origin);
      const { response, setCookies } = await exchangeWithCookies(
        app,
        request,
        withCookies ? jar.header(url) : null,
      );
      if (request.signal.aborted) throw abortError(request.signal);
      if (withCookies) for (const cookie of setCookies) jar.store(url, cookie);

      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location || request.redirect === 'manual') {
        return response;
      }
      if (request.redirect === 'error') throw failedFetch(`redirect to ${location} with redirect: "error"`);
      if (hop >= MAX_REDIRECTS) throw failedFetch('too many redirects');
      request = followRequest(request, response.status, new URL(location, url).toString(), body);
    }
  }) as MockFetch;

  mockFetch.mock = app;
  mockFetch.cookies = () => jar.list();
  mockFetch.clearCookies = () => jar.clear();
  return mockFetch;
}
