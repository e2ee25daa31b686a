import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientKind } from '../client';
import { MOCK_URL, renderWithOry, seedIdentity } from '../test-utils/render-with-ory';
import { type UseLogoutResult, useLogout } from './use-logout';
import { type UseSessionResult, useSession } from './use-session';

function Probe({
  onResult,
}: {
  onResult: (r: { session: UseSessionResult; logout: UseLogoutResult }) => void;
}) {
  onResult({ session: useSession(), logout: useLogout() });
  return null;
}

async function browserLogin(
  mockFetch: ReturnType<typeof renderWithOry>['mock'],
  email: string,
  password: string,
) {
  const init = await mockFetch(`${MOCK_URL}/self-service/login/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  const flow = (await init.json()) as {
    ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] };
  };
  const csrf = flow.ui.nodes.find((n) => n.attributes.name === 'csrf_token')?.attributes.value;
  const response = await mockFetch(flow.ui.action, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ method: 'password', identifier: email, password, csrf_token: csrf }),
  });
  expect(response.status).toBe(200);
}

describe('useSession / useLogout (browser)', () => {
  it('should say unauthenticated without a session', async () => {
    let latest: { session: UseSessionResult } | undefined;
    renderWithOry(<Probe onResult={(r) => (latest = r)} />);
    expect(latest?.session.status).toBe('pending');
    await waitFor(() => expect(latest?.session.status).toBe('unauthenticated'));
  });

  it('should sign out once when sign-out is asked for twice at once (a double click)', async () => {
    let latest: { session: UseSessionResult; logout: UseLogoutResult } | undefined;
    const view = renderWithOry(<Probe onResult={(r) => (latest = r)} />);
    const { email, password } = await seedIdentity(view.mock);
    await browserLogin(view.mock, email, password);
    const logout = latest?.logout.logout;
    await act(() => Promise.all([logout?.(), logout?.()]));
    await waitFor(() => expect(latest?.logout.status).toBe('success'));
    expect(view.count('GET /self-service/logout/browser')).toBe(1);
  });

  it('should show the signed-in identity, then log out and go to the login route', async () => {
    let latest: { session: UseSessionResult; logout: UseLogoutResult } | undefined;
    const view = renderWithOry(<Probe onResult={(r) => (latest = r)} />, { mock: {} });
    const { email, password } = await seedIdentity(view.mock);
    await browserLogin(view.mock, email, password);
    act(() => latest?.session.refetch());
    await waitFor(() => expect(latest?.session.status).toBe('authenticated'));
    expect(latest?.session.session?.identity?.traits.email).toBe(email);

    await act(() => latest?.logout.logout() ?? Promise.resolve());
    await waitFor(() => expect(view.navigate).toHaveBeenCalledWith('/login'));
    await waitFor(() => expect(latest?.session.status).toBe('unauthenticated'));
    expect(view.count('GET /self-service/logout/browser')).toBe(1);
  });
});

describe.each<ClientKind>(['native'])('useSession (%s)', (kind) => {
  it('should be unauthenticated without a token', async () => {
    let latest: { session: UseSessionResult } | undefined;
    renderWithOry(<Probe onResult={(r) => (latest = r)} />, { kind });
    await waitFor(() => expect(latest?.session.status).toBe('unauthenticated'));
  });
});
