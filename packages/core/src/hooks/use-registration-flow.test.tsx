import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientKind, Flow } from '../client';
import { renderWithOry } from '../test-utils/render-with-ory';
import { useRegistrationFlow } from './flow-hooks';
import type { UseFlowResult } from './use-flow';

function Probe({ onResult }: { onResult: (r: UseFlowResult<Flow>) => void }) {
  onResult(useRegistrationFlow());
  return null;
}

function mount(kind: ClientKind) {
  const latest: { current?: UseFlowResult<Flow> } = {};
  const view = renderWithOry(<Probe onResult={(r) => (latest.current = r)} />, { kind });
  return { ...view, result: () => latest.current as UseFlowResult<Flow> };
}

function messageIds(flow: Flow | undefined): number[] {
  return [...(flow?.ui.messages ?? []), ...(flow?.ui.nodes.flatMap((n) => n.messages) ?? [])].map(
    (m) => m.id,
  );
}

const password = 'correct horse battery staple';

describe.each<ClientKind>(['browser', 'native'])('useRegistrationFlow (%s)', (kind) => {
  it('should create exactly one flow under StrictMode', async () => {
    const view = mount(kind);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    expect(view.count(`GET /self-service/registration/${kind === 'browser' ? 'browser' : 'api'}`)).toBe(1);
  });

  it('should show 4000032 for a short password and keep the email', async () => {
    const view = mount(kind);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    await act(() =>
      view.result().submit({ method: 'password', password: 'short', 'traits.email': 'grace@example.com' }),
    );
    await waitFor(() => expect(messageIds(view.result().flow)).toContain(4000032));
    const email = view
      .result()
      .flow?.ui.nodes.find((n) => 'name' in n.attributes && n.attributes.name === 'traits.email');
    expect(email && 'value' in email.attributes ? email.attributes.value : undefined).toBe(
      'grace@example.com',
    );
  });

  it('should register, then go to verification (browser) or hand over the token (native)', async () => {
    const view = mount(kind);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    await act(() =>
      view.result().submit({ method: 'password', password, 'traits.email': 'grace@example.com' }),
    );
    await waitFor(() => expect(view.result().status).toBe('success'));
    await waitFor(() =>
      expect(view.navigate).toHaveBeenCalledWith(expect.stringMatching(/^\/verification\?flow=/)),
    );
    if (kind === 'native') expect(view.onSessionToken).toHaveBeenCalledWith(expect.any(String));
    else expect(view.onSessionToken).not.toHaveBeenCalled();
  });

  it('should show 4000007 (or 4000028) for an email that is taken', async () => {
    const first = mount(kind);
    await waitFor(() => expect(first.result().status).toBe('ready'));
    await act(() =>
      first.result().submit({ method: 'password', password, 'traits.email': 'taken@example.com' }),
    );
    await waitFor(() => expect(first.result().status).toBe('success'));
    // A second sign-up with the same address, in a fresh flow (signed out again for the browser).
    first.mock.clearCookies();
    await act(() => first.result().restart());
    await waitFor(() => expect(first.result().status).toBe('ready'));
    await act(() =>
      first.result().submit({ method: 'password', password, 'traits.email': 'taken@example.com' }),
    );
    await waitFor(() =>
      expect(messageIds(first.result().flow).some((id) => id === 4000007 || id === 4000028)).toBe(true),
    );
  });
});
