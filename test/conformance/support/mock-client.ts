import { createMockFetch, type MockOptions } from '@headless-ory/mock';

// biome-ignore lint/suspicious/noExplicitAny: response bodies read loosely
export type Json = Record<string, any>;

const JSON_ACCEPT = { Accept: 'application/json' };
export const JSON_BODY = { ...JSON_ACCEPT, 'Content-Type': 'application/json' };
export const PASSWORD = 'correct horse battery staple';

/**
 * A browser (cookie jar, `credentials: 'include'`) talking JSON to a fresh in-process mock, with a clock the
 * caller can move. Redirects come back as they are (so 303s are seen, and recorded).
 */
export function mockClient(options: MockOptions = {}) {
  let now = Date.now();
  const mockFetch = createMockFetch({ uiUrl: 'http://localhost:5173', now: () => now, ...options });
  const url = mockFetch.mock.options.publicUrl;
  const call = (path: string, init: RequestInit = {}) =>
    mockFetch(path.startsWith('http') ? path : `${url}${path}`, { redirect: 'manual', ...init });
  const json = async (path: string, init: RequestInit = {}): Promise<Json> => {
    const response = await call(path, { headers: JSON_ACCEPT, credentials: 'include', ...init });
    return response.headers.get('content-type')?.includes('json') ? ((await response.json()) as Json) : {};
  };
  const csrf = (flow: Json): string | undefined =>
    flow.ui?.nodes?.find((node: Json) => node.attributes?.name === 'csrf_token')?.attributes.value;
  // A step the mock refused (no flow came back) is simply not taken: callers look at what they got.
  const submit = async (
    flow: Json,
    body: Json,
    credentials: RequestCredentials = 'include',
  ): Promise<Json> =>
    typeof flow.ui?.action !== 'string'
      ? {}
      : json(flow.ui.action, {
          method: 'POST',
          credentials,
          headers: JSON_BODY,
          body: JSON.stringify(credentials === 'include' ? { csrf_token: csrf(flow), ...body } : body),
        });
  return {
    mock: mockFetch.mock,
    call,
    json,
    submit,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
