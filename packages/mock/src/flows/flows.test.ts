import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../adapters/mock-fetch';
import { createMockApp } from '../app';
import type { MockOptions } from '../options';
import { csrfOf, messageIds, nodeOf } from '../test-support/journey-suite';

// biome-ignore lint/suspicious/noExplicitAny: response bodies read loosely in tests
type Json = Record<string, any>;
const BASE = 'http://localhost:4433';
const PASSWORD = 'correct horse battery staple';

function browser(options: MockOptions = {}) {
  const mock = createMockFetch(options);
  const call = (path: string, init: RequestInit = {}) =>
    mock(path.startsWith('http') ? path : `${BASE}${path}`, {
      credentials: 'include',
      redirect: 'manual',
      ...init,
    });
  const init = async (flow: 'login' | 'registration', query = '') =>
    (await (
      await call(`/self-service/${flow}/browser${query}`, { headers: { Accept: 'application/json' } })
    ).json()) as Json;
  const submit = (flow: Json, body: Json) =>
    call(flow.ui.action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ csrf_token: csrfOf(flow), ...body }),
    });
  const register = async (email = 'ada@example.com') =>
    submit(await init('registration'), { method: 'password', password: PASSWORD, traits: { email } });
  return { mock, call, init, submit, register };
}

async function json(response: Response | Promise<Response>): Promise<Json> {
  return (await (await response).json()) as Json;
}

describe('login and registration flows', () => {
  it('should set HttpOnly, SameSite=Lax, Path=/ cookies without Secure on http', async () => {
    const app = createMockApp();
    const response = await app.fetch(
      new Request(`${BASE}/self-service/login/browser`, { headers: { Accept: 'application/json' } }),
    );
    const [csrf] = response.headers.getSetCookie();
    expect(csrf).toMatch(
      /^csrf_token_[0-9a-f]{64}=[A-Za-z0-9+/=]{44}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/,
    );
  });

  it('should name the CSRF cookie after the SHA-256 of the public URL', async () => {
    const { mock, init } = browser();
    await init('login');
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(BASE));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(mock.cookies().map((c) => c.name)).toEqual([`csrf_token_${hex}`]);
  });

  it('should refuse to show a browser flow to a browser without its CSRF cookie', async () => {
    const { mock, init, call } = browser();
    const flow = await init('login');
    mock.clearCookies();
    const response = await call(`/self-service/login/flows?id=${flow.id}`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(403);
    expect((await json(response)).error.details.reject_reason).toBe(
      'The HTTP cookie header is empty or not set.',
    );
  });

  it('should label the identifier with the schema title and put missing fields on their nodes', async () => {
    const { init, submit } = browser();
    const flow = await init('login');
    expect(nodeOf(flow, 'identifier')?.meta.label).toEqual({
      id: 1070002,
      text: 'E-Mail',
      type: 'info',
      context: { title: 'E-Mail', name: 'traits.email' },
    });
    const failed = await json(submit(flow, { method: 'password' }));
    expect(nodeOf(failed, 'identifier')?.messages).toEqual([
      {
        id: 4000002,
        text: 'Property identifier is missing.',
        type: 'error',
        context: { property: 'identifier' },
      },
    ]);
    expect(nodeOf(failed, 'password')?.messages.map((m: Json) => m.id)).toEqual([4000002]);
  });

  it('should answer 4010002 when no method matches the body', async () => {
    const { init, submit } = browser();
    const response = await submit(await init('login'), { method: 'totp' });
    expect(response.status).toBe(400);
    expect(messageIds(await json(response))).toEqual([4010002]);
  });

  it('should validate traits and the password policy during registration', async () => {
    const { init, submit } = browser();
    const flow = await init('registration');
    const invalidEmail = await json(
      submit(flow, { method: 'password', password: PASSWORD, traits: { email: 'nope' } }),
    );
    expect(nodeOf(invalidEmail, 'traits.email')?.messages[0]).toMatchObject({
      id: 4000001,
      text: '"nope" is not valid "email"',
    });
    const missing = await json(submit(invalidEmail, { method: 'password', password: PASSWORD, traits: {} }));
    expect(nodeOf(missing, 'traits.email')?.messages.map((m: Json) => m.id)).toEqual([4000002]);
    const similar = await json(
      submit(missing, {
        method: 'password',
        password: 'ada@example.com1',
        traits: { email: 'ada@example.com' },
      }),
    );
    expect(nodeOf(similar, 'password')?.messages.map((m: Json) => m.id)).toEqual([4000031]);
    const breached = await json(
      submit(similar, { method: 'password', password: 'password123', traits: { email: 'ada@example.com' } }),
    );
    expect(nodeOf(breached, 'password')?.messages.map((m: Json) => m.id)).toEqual([4000034]);
    expect(nodeOf(breached, 'traits.email')?.attributes.value).toBe('ada@example.com');
  });

  it('should refuse a duplicate identifier with 4000007 and keep the typed traits', async () => {
    const first = browser();
    expect((await first.register('Dup@Example.com')).status).toBe(200);
    first.mock.clearCookies();
    const flow = await first.init('registration');
    const duplicate = await first.submit(flow, {
      method: 'password',
      password: PASSWORD,
      traits: { email: 'dup@example.com', name: { first: 'Dee' } },
    });
    expect(duplicate.status).toBe(400);
    const body = await json(duplicate);
    expect(body.ui.messages.map((m: Json) => m.id)).toEqual([4000007]);
    expect(nodeOf(body, 'traits.name.first')?.attributes.value).toBe('Dee');
  });

  it('should fold "already logged in" into the flow when a signed-in browser submits', async () => {
    const { init, submit, register } = browser();
    const flow = await init('login');
    await register();
    const response = await submit(flow, {
      method: 'password',
      identifier: 'ada@example.com',
      password: PASSWORD,
    });
    expect(response.status).toBe(400);
    expect((await json(response)).ui.messages[0]).toMatchObject({ id: 4000001 });
  });

  it('should ask for a first factor before aal2 and reject unknown AALs', async () => {
    const { call } = browser();
    const aal2 = await call('/self-service/login/browser?aal=aal2', {
      headers: { Accept: 'application/json' },
    });
    expect(aal2.status).toBe(401);
    expect((await json(aal2)).error.id).toBe('session_aal1_required');
    const aal3 = await call('/self-service/login/api?aal=aal3');
    expect(aal3.status).toBe(400);
  });

  it('should log in in two steps with the identifier_first style', async () => {
    const { init, submit, register, mock } = browser({ loginStyle: 'identifier_first' });
    await register();
    mock.clearCookies();
    const step1 = await init('login');
    expect(step1.ui.nodes.map((n: Json) => n.attributes.name)).toEqual([
      'csrf_token',
      'identifier',
      'method',
    ]);
    const step2Response = await submit(step1, { method: 'identifier_first', identifier: 'ada@example.com' });
    expect(step2Response.status).toBe(400);
    const step2 = await json(step2Response);
    expect(nodeOf(step2, 'identifier')?.attributes).toMatchObject({
      type: 'hidden',
      value: 'ada@example.com',
    });
    const done = await submit(step2, {
      method: 'password',
      identifier: 'ada@example.com',
      password: PASSWORD,
    });
    expect(done.status).toBe(200);
  });

  it('should register in two steps with the profile_first style, and go back', async () => {
    const { init, submit } = browser({ registrationStyle: 'profile_first' });
    const profile = await init('registration');
    expect(nodeOf(profile, 'password')).toBeUndefined();
    const traits = { email: 'ada@example.com', name: { first: 'Ada' } };
    const credentials = await json(submit(profile, { method: 'profile', traits }));
    expect(nodeOf(credentials, 'traits.email')?.attributes).toMatchObject({
      type: 'hidden',
      value: 'ada@example.com',
    });
    const back = await json(submit(credentials, { screen: 'previous', traits }));
    expect(nodeOf(back, 'traits.email')?.attributes).toMatchObject({
      type: 'email',
      value: 'ada@example.com',
    });
    expect(nodeOf(back, 'screen')).toBeUndefined();
    const again = await json(submit(back, { method: 'profile', traits }));
    const done = await submit(again, { method: 'password', password: PASSWORD, traits });
    expect(done.status).toBe(200);
    expect((await json(done)).identity.traits).toEqual(traits);
  });

  it('should describe expired native flows with the API init URL', async () => {
    let now = 0;
    const { call } = browser({ now: () => now, flowLifespan: 1000 });
    const flow = await json(call('/self-service/registration/api', { credentials: 'omit' }));
    now = 5000;
    const response = await call(`/self-service/registration/flows?id=${flow.id}`, { credentials: 'omit' });
    expect(response.status).toBe(410);
    expect((await json(response)).error.details).toEqual({ api: `${BASE}/self-service/registration/api` });
  });
});

describe('sessions, errors and control endpoints', () => {
  it('should answer whoami 401 without an error id', async () => {
    const response = await createMockApp().fetch(new Request(`${BASE}/sessions/whoami`));
    expect(response.status).toBe(401);
    expect(response.headers.get('Ory-Error-Id')).toBeNull();
    expect(await response.json()).toEqual({
      error: {
        code: 401,
        status: 'Unauthorized',
        reason: 'No valid session credentials found in the request.',
        message: 'The request could not be authorized',
      },
    });
  });

  it('should answer the browser logout URL request with 401 session_inactive without a session', async () => {
    const { call } = browser();
    const response = await call('/self-service/logout/browser', { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { id: 'session_inactive' },
      CredentialsMissing: true,
    });
  });

  it('should serve the stub error, the identity schema, the outbox and reset everything', async () => {
    const { call, register } = browser();
    expect((await json(call('/self-service/errors?id=stub:500'))).error).toMatchObject({
      code: 500,
      reason: 'This is a stub error.',
    });
    const registered = await json(register());
    const schema = await call(registered.identity.schema_url.replace(BASE, ''));
    expect((await json(schema)).properties.traits.properties.email.title).toBe('E-Mail');
    // Registration sent the verification code.
    expect((await json(call('/__mock/courier'))).map((m: Json) => m.template_type)).toEqual([
      'verification_code_valid',
    ]);
    expect((await call('/__mock/reset', { method: 'POST' })).status).toBe(204);
    expect((await call('/sessions/whoami')).status).toBe(401);
    expect(await json(call('/__mock/courier'))).toEqual([]);
  });

  it('should answer unknown routes like Kratos: 404 without an id', async () => {
    const response = await createMockApp().fetch(new Request(`${BASE}/nope`));
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe('The requested resource could not be found');
  });
});
