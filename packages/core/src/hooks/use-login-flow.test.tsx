import { act, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ClientKind, Flow, UiNode } from '../client';
import { MOCK_URL, renderWithOry, seedIdentity } from '../test-utils/render-with-ory';
import { useLoginFlow } from './flow-hooks';
import type { UseFlowResult } from './use-flow';

function Probe({ onResult, returnTo }: { onResult: (r: UseFlowResult<Flow>) => void; returnTo?: string }) {
  onResult(useLoginFlow({ returnTo }));
  return null;
}

/** The same page visited again (a new mount), as after navigating away and back. */
function Visits({
  visits,
  onResult,
}: {
  visits: { again?: () => void };
  onResult: (r: UseFlowResult<Flow>) => void;
}) {
  const [count, setCount] = useState(1);
  visits.again = () => setCount((c) => c + 1);
  return <Probe key={count} onResult={onResult} />;
}

function mount(kind: ClientKind, returnTo?: string, mockOptions = {}) {
  const latest: { current?: UseFlowResult<Flow> } = {};
  const view = renderWithOry(<Probe onResult={(r) => (latest.current = r)} returnTo={returnTo} />, {
    kind,
    mock: mockOptions,
  });
  return { ...view, result: () => latest.current as UseFlowResult<Flow> };
}

/** useLoginFlow over a `?flow=` the test changes, as a router re-rendering the same page would. */
function FlowIdProbe({
  onResult,
}: {
  onResult: (r: UseFlowResult<Flow>, setFlowId: (id: string) => void) => void;
}) {
  const [flowId, setFlowId] = useState<string>();
  onResult(useLoginFlow({ flowId }), setFlowId);
  return null;
}

function inputValue(flow: Flow | undefined, name: string): unknown {
  const node = flow?.ui.nodes.find((n: UiNode) => 'name' in n.attributes && n.attributes.name === name);
  return node && 'value' in node.attributes ? node.attributes.value : undefined;
}

function messageIds(flow: Flow | undefined): number[] {
  return [...(flow?.ui.messages ?? []), ...(flow?.ui.nodes.flatMap((n) => n.messages) ?? [])].map(
    (m) => m.id,
  );
}

describe.each<ClientKind>(['browser', 'native'])('useLoginFlow (%s)', (kind) => {
  const init = kind === 'browser' ? 'GET /self-service/login/browser' : 'GET /self-service/login/api';

  it('should create exactly one flow under StrictMode and become ready', async () => {
    const view = mount(kind);
    expect(view.result().status).toBe('pending');
    await waitFor(() => expect(view.result().status).toBe('ready'));
    expect(view.count(init)).toBe(1);
    expect(view.result().flow?.type).toBe(kind === 'browser' ? 'browser' : 'api');
  });

  it('should keep the identifier and show 4000006 after a wrong password', async () => {
    const view = mount(kind);
    const { email } = await seedIdentity(view.mock);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    await act(() =>
      view.result().submit({ method: 'password', identifier: email, password: 'wrong password entirely' }),
    );
    await waitFor(() => expect(messageIds(view.result().flow)).toContain(4000006));
    expect(view.result().status).toBe('ready');
    expect(inputValue(view.result().flow, 'identifier')).toBe(email);
    expect(view.count('POST /self-service/login')).toBe(1);
  });

  it('should log in, hand native apps the token, and navigate home', async () => {
    const view = mount(kind);
    const { email, password } = await seedIdentity(view.mock);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    await act(() => view.result().submit({ method: 'password', identifier: email, password }));
    await waitFor(() => expect(view.result().status).toBe('success'));
    if (kind === 'native') expect(view.onSessionToken).toHaveBeenCalledWith(expect.any(String));
    else expect(view.onSessionToken).not.toHaveBeenCalled();
    expect(view.navigate).toHaveBeenCalled();
  });

  it('should restart an expired flow and carry the typed identifier, never the password', async () => {
    let now = Date.now();
    const view = mount(kind, undefined, { now: () => now, flowLifespan: 60_000 });
    await waitFor(() => expect(view.result().status).toBe('ready'));
    const firstId = view.result().flow?.id;
    now += 120_000;
    await act(() =>
      view
        .result()
        .submit({ method: 'password', identifier: 'typed@example.com', password: 'secret-secret' }),
    );
    await waitFor(() => expect(view.result().flow?.id).not.toBe(firstId));
    const flow = view.result().flow;
    expect(messageIds(flow)).toContain(4010001);
    expect(inputValue(flow, 'identifier')).toBe('typed@example.com');
    expect(inputValue(flow, 'password') ?? '').toBe('');
  });

  it('should start over the way the flow was made: same return_to, typed identifier carried', async () => {
    const returnTo = `${MOCK_URL}/after`;
    const view = mount(kind, returnTo);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    const firstId = view.result().flow?.id;
    // Lost without a replacement from Kratos (no use_flow_id): the hook makes the new flow itself.
    view.mock.mock.nextError({ path: '/self-service/login', method: 'POST', status: 404 });
    await act(() =>
      view.result().submit({ method: 'password', identifier: 'typed@example.com', password: 'x' }),
    );
    await waitFor(() => expect(view.result().flow?.id).not.toBe(firstId));
    expect(view.result().flow?.return_to).toBe(returnTo);
    expect(inputValue(view.result().flow, 'identifier')).toBe('typed@example.com');
    expect(view.result().restartReason).toBe('not_found');
    // "Start over" too.
    const secondId = view.result().flow?.id;
    await act(() => view.result().restart());
    await waitFor(() => expect(view.result().flow?.id).not.toBe(secondId));
    expect(view.result().flow?.return_to).toBe(returnTo);
  });

  it('should say the form is not ready when submitted before the flow arrived', async () => {
    const view = mount(kind);
    expect(view.result().status).toBe('pending');
    await act(() => view.result().submit({ method: 'password', identifier: 'a@b.c', password: 'x' }));
    expect(view.result().error?.message).toBe('The form is not ready yet.');
    expect(view.count('POST /self-service/login')).toBe(0);
  });

  it('should post an empty form, not start over, when submit is called without a body', async () => {
    const view = mount(kind);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    const shown = view.result().flow?.id;
    await act(() => view.result().submit(undefined as never));
    expect(view.count('POST /self-service/login')).toBe(1);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    expect(view.result().flow?.id).toBe(shown);
  });

  it('should ask for a reload, keeping the form, when the flow that replaced an expired one is lost too', async () => {
    const view = mount(kind);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    const shown = view.result().flow;
    // The submit finds its flow expired, and the flow made to replace it is refused at once as well.
    view.mock.mock.nextError({
      path: '/self-service/login',
      method: 'POST',
      id: 'self_service_flow_expired',
    });
    view.mock.mock.nextError({
      path: '/self-service/login/',
      method: 'GET',
      id: 'self_service_flow_expired',
    });
    await act(() => view.result().submit({ method: 'password', identifier: 'a@b.c', password: 'x' }));
    await waitFor(() => expect(view.result().status).toBe('error'));
    expect(view.result().error?.id).toBe('client_restart_failed');
    expect(view.result().error?.message).toMatch(/reload the page/);
    expect(view.result().flow).toBe(shown);
    expect(view.count('POST /self-service/login')).toBe(1);
  });

  it('should start a new flow when the page is visited again after a login', async () => {
    const latest: { current?: UseFlowResult<Flow> } = {};
    const visits: { again?: () => void } = {};
    const view = renderWithOry(<Visits visits={visits} onResult={(r) => (latest.current = r)} />, { kind });
    const { email, password } = await seedIdentity(view.mock);
    await waitFor(() => expect(latest.current?.status).toBe('ready'));
    const firstId = latest.current?.flow?.id;
    await act(
      () => latest.current?.submit({ method: 'password', identifier: email, password }) ?? Promise.resolve(),
    );
    await waitFor(() => expect(latest.current?.status).toBe('success'));
    view.mock.clearCookies();
    act(() => visits.again?.());
    await waitFor(() => expect(latest.current?.flow?.id).toBeDefined());
    await waitFor(() => expect(latest.current?.flow?.id).not.toBe(firstId));
    expect(view.count(init)).toBe(2);
  });

  it('should report a network failure as an error and keep the flow', async () => {
    const view = mount(kind);
    await waitFor(() => expect(view.result().status).toBe('ready'));
    const flow = view.result().flow as Flow;
    const broken = { ...flow, ui: { ...flow.ui, action: 'http://localhost:1/self-service/login?flow=x' } };
    view.queryClient.setQueryData(['ory', 'login', 'id', flow.id], broken);
    await waitFor(() => expect(view.result().flow?.ui.action).toBe(broken.ui.action));
    await act(() => view.result().submit({ method: 'password', identifier: 'a@b.c', password: 'x' }));
    await waitFor(() => expect(view.result().status).toBe('error'));
    expect(view.result().error?.message).toMatch(/reach|connection|network/i);
    expect(view.result().flow?.ui.action).toBe(broken.ui.action);
  });

  it('should be pending while Kratos sends the browser away, and ready once the same page shows the next flow', async () => {
    const latest: { current?: UseFlowResult<Flow>; setFlowId?: (id: string) => void } = {};
    const view = renderWithOry(
      <FlowIdProbe
        onResult={(result, setFlowId) => {
          latest.current = result;
          latest.setFlowId = setFlowId;
        }}
      />,
    );
    await waitFor(() => expect(latest.current?.status).toBe('ready'));
    const first = latest.current?.flow?.id;
    // Kratos answers the submit with a redirect (say, to the second factor on this same login page).
    view.mock.mock.nextError({
      path: '/self-service/login',
      method: 'POST',
      id: 'browser_location_change_required',
    });
    await act(
      () =>
        latest.current?.submit({ method: 'password', identifier: 'a@b.c', password: 'x' }) ??
        Promise.resolve(),
    );
    expect(view.navigate).toHaveBeenCalled();
    expect(latest.current?.status).toBe('pending');

    // The app's router lands on the same page with another flow.
    const next = await view.mock(`${view.mock.mock.options.publicUrl}/self-service/login/browser`, {
      headers: { Accept: 'application/json' },
      credentials: 'include',
    });
    const nextId = ((await next.json()) as { id: string }).id;
    expect(nextId).not.toBe(first);
    act(() => latest.setFlowId?.(nextId));
    await waitFor(() => expect(latest.current?.flow?.id).toBe(nextId));
    expect(latest.current?.status).toBe('ready');
  });
});
