// Runs in the project's default (jsdom) environment only because the workspace `source` condition is not
// applied to node-environment tests; the client itself touches no DOM (see react-native-globals.test.ts).
import { createMockFetch } from '@headless-ory/mock';
import { describe, expect, it } from 'vitest';
import {
  type ClientKind,
  carryValues,
  createOryClient,
  type Flow,
  logout,
  type UiNodeInputAttributes,
  whoami,
} from './index';

const email = 'ada@example.com';
const password = 'a long and unusual passphrase';

function setup(kind: ClientKind, mockOptions: Parameters<typeof createMockFetch>[0] = {}) {
  const fetch = createMockFetch(mockOptions);
  let token: string | undefined;
  const ory = createOryClient({ baseUrl: 'http://localhost:4433', kind, fetch, sessionToken: () => token });
  return { ory, fetch, setToken: (value: string | undefined) => (token = value) };
}

function inputValue(flow: Flow, name: string): unknown {
  const node = flow.ui.nodes.find(
    (candidate) => (candidate.attributes as UiNodeInputAttributes).name === name,
  );
  return (node?.attributes as UiNodeInputAttributes | undefined)?.value;
}

describe.each(['browser', 'native'] as const)('the client against the in-process mock (%s)', (kind) => {
  it('should register, see the session, log out, fail a wrong password, then log in', async () => {
    const { ory, fetch, setToken } = setup(kind);

    const registration = await ory.registration.create({ returnTo: 'http://localhost:5173/welcome' });
    expect(registration.kind).toBe('flow');
    if (registration.kind !== 'flow') return;
    const registered = await ory.registration.submit(registration.flow, {
      'traits.email': email,
      password,
      method: 'password',
    });
    expect(registered).toMatchObject({ kind: 'success', session: { identity: { traits: { email } } } });
    if (registered.kind !== 'success') return;
    if (kind === 'native') {
      expect(registered.sessionToken).toEqual(expect.any(String));
      expect(fetch.cookies()).toEqual([]);
    } else {
      expect(registered.sessionToken).toBeUndefined();
      expect(fetch.cookies().map((cookie) => cookie.name)).toContain('ory_kratos_session');
    }
    setToken(registered.sessionToken);

    expect(await whoami(ory)).toMatchObject({
      kind: 'session',
      session: { identity: { traits: { email } } },
    });
    expect(await logout(ory)).toMatchObject({ kind: 'done' });
    expect((await whoami(ory)).kind).toBe('unauthorized');

    const login = await ory.login.create();
    expect(login.kind).toBe('flow');
    if (login.kind !== 'flow') return;
    const typed = { identifier: email, password: 'wrong password', method: 'password' };
    const wrong = await ory.login.submit(login.flow, typed);
    expect(wrong).toMatchObject({ kind: 'flow', status: 400, flow: { id: login.flow.id } });
    if (wrong.kind !== 'flow') return;
    expect(wrong.flow.ui.messages?.map((message) => message.id)).toContain(4000006);
    // What a restart would show: the identifier survives, the password does not.
    const carried = carryValues(wrong.flow, typed);
    expect(inputValue(carried, 'identifier')).toBe(email);
    expect(inputValue(carried, 'password')).toBeUndefined();

    const loggedIn = await ory.login.submit(wrong.flow, { identifier: email, password, method: 'password' });
    expect(loggedIn).toMatchObject({ kind: 'success', session: { active: true } });
    if (loggedIn.kind !== 'success') return;
    setToken(loggedIn.sessionToken);
    expect((await whoami(ory)).kind).toBe('session');
  });

  it('should restart an expired login flow', async () => {
    let now = Date.now();
    const { ory } = setup(kind, { flowLifespan: '1m', now: () => now });
    const login = await ory.login.create();
    if (login.kind !== 'flow') throw new Error(`expected a flow, got ${login.kind}`);
    now += 2 * 60_000;
    const expired = await ory.login.submit(login.flow, { identifier: email, password, method: 'password' });
    expect(expired).toMatchObject({ kind: 'restart', reason: 'expired' });
    if (expired.kind !== 'restart') return;
    const next = expired.useFlowId ? await ory.login.get(expired.useFlowId) : await ory.login.create();
    expect(next.kind).toBe('flow');
    if (next.kind !== 'flow') return;
    expect(next.flow.id).not.toBe(login.flow.id);
  });
});
