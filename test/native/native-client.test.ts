import { createOryClient, type Flow, logout, type Outcome, whoami } from '@headless-ory/core/client';
import { type MockServer, startMockServer } from '@headless-ory/mock';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A native app's whole account life through `@headless-ory/core/client` alone — no React, no DOM, no cookies —
// against the mock's real HTTP server: what a React Native or CLI app would do.

let server: MockServer;
let token: string | undefined;
const ory = () => createOryClient({ baseUrl: server.url, kind: 'native', sessionToken: () => token });

const email = 'native@example.com';
const password = 'correct horse battery staple';
const newPassword = 'another long passphrase';

function flowOf(outcome: Outcome): Flow {
  if (outcome.kind !== 'flow') throw new Error(`expected a flow, got ${outcome.kind}`);
  return outcome.flow;
}

function messageIds(flow: Flow): number[] {
  return [...(flow.ui.messages ?? []), ...flow.ui.nodes.flatMap((n) => n.messages)].map((m) => m.id);
}

beforeAll(async () => {
  server = await startMockServer({ port: 0, host: '127.0.0.1', methods: { totp: true } });
});
afterAll(() => server?.close());

describe('@headless-ory/core/client (native, no React)', () => {
  it('should register and receive a session token', async () => {
    const flow = flowOf(await ory().registration.create());
    expect(flow.type).toBe('api');
    expect(flow.ui.nodes.some((n) => 'name' in n.attributes && n.attributes.name === 'csrf_token')).toBe(
      false,
    );
    const outcome = await ory().registration.submit(flow, {
      method: 'password',
      password,
      traits: { email },
    });
    expect(outcome.kind).toBe('success');
    token = outcome.kind === 'success' ? outcome.sessionToken : undefined;
    expect(token).toMatch(/^ory_st_|\w{16,}/);
  });

  it('should know the session from the token alone', async () => {
    const session = await whoami(ory());
    expect(session.kind).toBe('session');
    if (session.kind === 'session') expect(session.session.identity?.traits.email).toBe(email);
  });

  it('should change the password in settings with the token', async () => {
    const flow = flowOf(await ory().settings.create());
    const outcome = await ory().settings.submit(flow, { method: 'password', password: newPassword });
    expect(outcome.kind).toBe('success');
    if (outcome.kind === 'success') expect(messageIds(outcome.flow as Flow)).toContain(1050001);
  });

  let totpSecret = '';
  const totpCode = () => new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate();

  it('should pair an authenticator app in settings (TOTP)', async () => {
    const flow = flowOf(await ory().settings.create());
    const secretNode = flow.ui.nodes.find(
      (n) => n.attributes.node_type === 'text' && n.attributes.id === 'totp_secret_key',
    );
    const text = secretNode?.attributes as { text?: { context?: { secret?: string } } } | undefined;
    totpSecret = String(text?.text?.context?.secret);
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
    const outcome = await ory().settings.submit(flow, { method: 'totp', totp_code: totpCode() });
    expect(outcome.kind).toBe('success');
  });

  it('should log out by revoking the token', async () => {
    expect((await logout(ory())).kind).toBe('done');
    expect((await whoami(ory())).kind).toBe('unauthorized');
    token = undefined;
  });

  it('should refuse the old password and accept the new one', async () => {
    const flow = flowOf(await ory().login.create());
    const wrong = flowOf(await ory().login.submit(flow, { method: 'password', identifier: email, password }));
    expect(messageIds(wrong)).toContain(4000006);
    expect(
      wrong.ui.nodes.find((n) => 'name' in n.attributes && n.attributes.name === 'identifier')?.attributes,
    ).toMatchObject({ value: email });
    const right = await ory().login.submit(wrong, {
      method: 'password',
      identifier: email,
      password: newPassword,
    });
    expect(right.kind).toBe('success');
    if (right.kind === 'success') expect(right.sessionToken).toBeTruthy();
  });
});
