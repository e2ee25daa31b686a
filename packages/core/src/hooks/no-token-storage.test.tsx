import { createMockFetch } from '@headless-ory/mock';
import { QueryClient } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { ClientKind, Flow } from '../client';
import { OryProvider } from '../flows/ory-provider';
import { MOCK_URL, seedIdentity } from '../test-utils/render-with-ory';
import { useLoginFlow } from './flow-hooks';
import type { UseFlowResult } from './use-flow';
import { type UseLogoutResult, useLogout } from './use-logout';
import { useSession } from './use-session';

/**
 * The library never persists a session token: it hands native apps the token (`onSessionToken`) and reads it back
 * through `config.sessionToken`; browsers keep Kratos' HttpOnly cookie, which script never touches. Checked across a
 * whole login → whoami → logout, with every storage write spied on.
 */
interface Hooks {
  login: UseFlowResult<Flow>;
  session: ReturnType<typeof useSession>;
  logout: UseLogoutResult;
}

function Probe({ onHooks }: { onHooks: (hooks: Hooks) => void }) {
  onHooks({ login: useLoginFlow(), session: useSession(), logout: useLogout() });
  return null;
}

let setItem: MockInstance;
let cookieSetter: MockInstance;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  setItem = vi.spyOn(Storage.prototype, 'setItem');
  cookieSetter = vi.spyOn(Document.prototype, 'cookie', 'set');
});

afterEach(() => vi.restoreAllMocks());

describe.each<ClientKind>(['native', 'browser'])('session tokens (%s)', (kind) => {
  it('should never write a token to storage or document.cookie across login, whoami and logout', async () => {
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    const { email, password } = await seedIdentity(mockFetch);
    // What an app does with the token: keeps it in memory (or its own secure store) and hands it back.
    const appMemory: { token?: string } = {};
    const latest: { current?: Hooks } = {};
    render(
      <StrictMode>
        <OryProvider
          config={{ baseUrl: MOCK_URL, kind, fetch: mockFetch, sessionToken: () => appMemory.token }}
          navigate={vi.fn()}
          onSessionToken={(token) => {
            appMemory.token = token;
          }}
          queryClient={new QueryClient()}
        >
          <Probe onHooks={(hooks) => (latest.current = hooks)} />
        </OryProvider>
      </StrictMode>,
    );
    const hooks = () => latest.current as Hooks;

    await waitFor(() => expect(hooks().login.status).toBe('ready'));
    expect(hooks().session.status).toBe('unauthenticated');
    await act(() => hooks().login.submit({ method: 'password', identifier: email, password }));
    await waitFor(() => expect(hooks().session.status).toBe('authenticated'));
    if (kind === 'native') expect(appMemory.token).toMatch(/^ory_st_/);
    else expect(appMemory.token).toBeUndefined();

    await act(() => hooks().logout.logout());
    await waitFor(() => expect(hooks().logout.status).toBe('success'));
    await waitFor(() => expect(hooks().session.status).toBe('unauthenticated'));

    expect(setItem).not.toHaveBeenCalled();
    expect(cookieSetter).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
    const token = appMemory.token ?? 'ory_st_';
    expect(document.cookie).not.toContain(token);
    // The browser's session lives in the HttpOnly cookie jar, where script can't read it.
    if (kind === 'browser') expect(document.cookie).not.toContain('ory_kratos_session');
  });
});
