import { createMockFetch, type MockOptions } from '@headless-ory/mock';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { type ReactElement, StrictMode } from 'react';
import { vi } from 'vitest';
import type { ClientKind } from '../client';
import { OryProvider } from '../flows';

export const MOCK_URL = 'http://localhost:4433';

export interface RenderWithOryOptions {
  kind?: ClientKind;
  mock?: MockOptions;
  /** An existing mock (with its identities and cookies) instead of a fresh one. */
  mockFetch?: ReturnType<typeof createMockFetch>;
}

/**
 * Renders under StrictMode inside an OryProvider talking to the in-process mock, counting requests by
 * method + path so tests can assert "exactly one create, one submit".
 */
export function renderWithOry(
  ui: ReactElement,
  {
    kind = 'browser',
    mock,
    mockFetch = createMockFetch({ publicUrl: MOCK_URL, ...mock }),
  }: RenderWithOryOptions = {},
) {
  const requests: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}`);
    return mockFetch(request);
  };
  const navigate = vi.fn();
  const onSessionToken = vi.fn();
  const queryClient = new QueryClient();
  const view = render(
    <StrictMode>
      <OryProvider
        config={{ baseUrl: MOCK_URL, kind, fetch }}
        navigate={navigate}
        onSessionToken={onSessionToken}
        queryClient={queryClient}
      >
        {ui}
      </OryProvider>
    </StrictMode>,
  );
  const count = (methodAndPath: string) => requests.filter((r) => r === methodAndPath).length;
  return { ...view, mock: mockFetch, requests, count, navigate, onSessionToken, queryClient };
}

/** Registers an identity straight through the mock (no UI), so login tests have someone to log in as. */
export async function seedIdentity(
  mockFetch: ReturnType<typeof createMockFetch>,
  { email = 'ada@example.com', password = 'correct horse battery staple' } = {},
) {
  const init = await mockFetch(`${MOCK_URL}/self-service/registration/api`, {
    headers: { Accept: 'application/json' },
  });
  const flow = (await init.json()) as { ui: { action: string } };
  const response = await mockFetch(flow.ui.action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ method: 'password', password, traits: { email } }),
  });
  if (response.status !== 200) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  return { email, password };
}

/**
 * A new identity signed in through the mock's browser login (no UI): its session cookie stays in the mock's
 * cookie jar, as after a real sign-in, so settings show a form. Returns the identity's email.
 */
export async function signInBrowser(mockFetch: ReturnType<typeof createMockFetch>): Promise<string> {
  const { email, password } = await seedIdentity(mockFetch);
  // credentials: 'include', as a browser's fetch must for the mock's cookie jar to keep the session.
  const init = await mockFetch(`${MOCK_URL}/self-service/login/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  const flow = (await init.json()) as {
    ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] };
  };
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value;
  const response = await mockFetch(flow.ui.action, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ method: 'password', identifier: email, password, csrf_token: csrf }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return email;
}
