// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aal2Url, errors, KRATOS, session, TOKEN } from './__fixtures__/kratos-responses';
import { type RecordedRequest, type StubAnswer, stubFetch } from './__fixtures__/stub-fetch';
import {
  createLogoutFlow,
  createOryClient,
  exchangeSessionToken,
  getFlowError,
  logout,
  type OryClientConfig,
  sessionOutcome,
  whoami,
} from './index';

function setup(answer: (request: RecordedRequest) => StubAnswer, config: Partial<OryClientConfig> = {}) {
  const stub = stubFetch(answer);
  return {
    client: createOryClient({ baseUrl: KRATOS, fetch: stub.fetch, ...config }),
    requests: stub.requests,
  };
}

const logoutFlow = {
  logout_url: `${KRATOS}/self-service/logout?token=logout-token`,
  logout_token: 'logout-token',
};

describe('OryClient.whoami', () => {
  it('should return the session with cookies sent (browser)', async () => {
    const { client, requests } = setup(() => ({ status: 200, body: session }));
    expect(await whoami(client)).toEqual({ kind: 'session', status: 200, session });
    expect(requests[0]?.url).toBe(`${KRATOS}/sessions/whoami`);
    expect(requests[0]?.credentials).toBe('include');
  });

  it('should send X-Session-Token and tokenize_as (native)', async () => {
    const { client, requests } = setup(() => ({ status: 200, body: session }), {
      kind: 'native',
      sessionToken: TOKEN,
    });
    await whoami(client, { tokenizeAs: 'jwt_template' });
    expect(requests[0]?.url).toBe(`${KRATOS}/sessions/whoami?tokenize_as=jwt_template`);
    expect(requests[0]?.headers.get('x-session-token')).toBe(TOKEN);
    expect(requests[0]?.credentials).toBe('omit');
  });

  it('should be unauthorized on 401 (no id in the envelope)', async () => {
    const { client } = setup(() => ({ status: 401, body: errors.noSession }));
    expect(await whoami(client)).toEqual({ kind: 'unauthorized', status: 401, error: errors.noSession });
  });

  it('should redirect to the aal2 login on 403 session_aal2_required', async () => {
    const { client } = setup(() => ({ status: 403, body: errors.aal2Required }));
    expect(await whoami(client)).toMatchObject({
      kind: 'redirect',
      to: aal2Url,
      reason: 'session_aal2_required',
    });
  });

  it('should be an error on a 500', async () => {
    const { client } = setup(() => ({ status: 500, body: errors.internal }));
    const outcome = await whoami(client);
    expect(outcome.kind === 'error' && outcome.error.message).toBe(
      'An internal server error occurred, please contact the system administrator',
    );
  });
});

describe('sessionOutcome', () => {
  it('should read a token-exchange answer {session, session_token}', () => {
    expect(sessionOutcome(200, { session, session_token: TOKEN })).toEqual({
      kind: 'session',
      status: 200,
      session,
      sessionToken: TOKEN,
    });
  });

  it('should not take an unreadable 200 for a session', () => {
    expect(sessionOutcome(200, { hello: 1 }).kind).toBe('error');
  });
});

describe('OryClient.exchangeSessionToken', () => {
  it('should GET /sessions/token-exchange with both codes', async () => {
    const { client, requests } = setup(() => ({ status: 200, body: { session, session_token: TOKEN } }), {
      kind: 'native',
    });
    const outcome = await exchangeSessionToken(client, { initCode: 'i', returnToCode: 'r' });
    expect(outcome).toMatchObject({ kind: 'session', sessionToken: TOKEN });
    expect(requests[0]?.url).toBe(`${KRATOS}/sessions/token-exchange?init_code=i&return_to_code=r`);
  });
});

describe('OryClient.createLogoutFlow', () => {
  it('should return the logout URL and token (browser)', async () => {
    const { client, requests } = setup(() => ({ status: 200, body: logoutFlow }));
    expect(await createLogoutFlow(client, { returnTo: '/bye' })).toEqual({
      kind: 'ready',
      status: 200,
      logoutUrl: logoutFlow.logout_url,
      logoutToken: 'logout-token',
    });
    expect(requests[0]?.url).toBe(`${KRATOS}/self-service/logout/browser?return_to=%2Fbye`);
    expect(requests[0]?.credentials).toBe('include');
  });

  it('should be unauthorized without a session (401)', async () => {
    const { client } = setup(() => ({ status: 401, body: errors.noSession }));
    expect(await createLogoutFlow(client)).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('should need no request for native clients', async () => {
    const withToken = setup(() => ({ status: 500 }), { kind: 'native', sessionToken: TOKEN });
    expect(await createLogoutFlow(withToken.client)).toEqual({
      kind: 'ready',
      status: 0,
      logoutUrl: `${KRATOS}/self-service/logout/api`,
      logoutToken: TOKEN,
    });
    const withoutToken = setup(() => ({ status: 500 }), { kind: 'native' });
    expect(await createLogoutFlow(withoutToken.client)).toEqual({ kind: 'unauthorized', status: 0 });
    expect([...withToken.requests, ...withoutToken.requests]).toHaveLength(0);
  });
});

describe('OryClient.logout', () => {
  it('should create the logout flow and then call its URL as JSON (browser)', async () => {
    const { client, requests } = setup((request) =>
      request.url.includes('/logout/browser') ? { status: 200, body: logoutFlow } : { status: 204 },
    );
    expect(await logout(client)).toEqual({ kind: 'done', status: 204 });
    expect(requests.map((request) => request.url)).toEqual([
      `${KRATOS}/self-service/logout/browser`,
      logoutFlow.logout_url,
    ]);
    expect(requests[1]?.headers.get('accept')).toBe('application/json');
    expect(requests[1]?.credentials).toBe('include');
  });

  it('should use a given logout flow, ready outcome or token without creating one', async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await logout(client, logoutFlow);
    await logout(client, { logoutUrl: logoutFlow.logout_url, logoutToken: 'logout-token' });
    await logout(client, 'logout-token');
    expect(requests.map((request) => request.url)).toEqual([
      logoutFlow.logout_url,
      logoutFlow.logout_url,
      `${KRATOS}/self-service/logout?token=logout-token`,
    ]);
  });

  it('should pass on an unauthorized logout flow', async () => {
    const { client, requests } = setup(() => ({ status: 401, body: errors.noSession }));
    expect(await logout(client)).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(requests).toHaveLength(1);
  });

  it('should DELETE /self-service/logout/api with the session token (native)', async () => {
    const { client, requests } = setup(() => ({ status: 204 }), { kind: 'native', sessionToken: TOKEN });
    expect(await logout(client)).toEqual({ kind: 'done', status: 204 });
    expect(requests[0]?.method).toBe('DELETE');
    expect(requests[0]?.url).toBe(`${KRATOS}/self-service/logout/api`);
    expect(requests[0]?.json).toEqual({ session_token: TOKEN });
    expect(requests[0]?.credentials).toBe('omit');
  });

  it('should prefer a token passed to logout over the configured one (native)', async () => {
    const { client, requests } = setup(() => ({ status: 204 }), { kind: 'native', sessionToken: TOKEN });
    await logout(client, 'other-token');
    expect(requests[0]?.json).toEqual({ session_token: 'other-token' });
  });

  it('should be unauthorized when the token is unknown (403) or missing (native)', async () => {
    const unknown = setup(
      () => ({
        status: 403,
        body: {
          error: {
            code: 403,
            message: 'Unable to revoke session because it does not exist or was already revoked',
          },
        },
      }),
      { kind: 'native', sessionToken: TOKEN },
    );
    expect(await logout(unknown.client)).toMatchObject({ kind: 'unauthorized', status: 403 });
    const missing = setup(() => ({ status: 204 }), { kind: 'native' });
    expect(await logout(missing.client)).toEqual({ kind: 'unauthorized', status: 0 });
    expect(missing.requests).toHaveLength(0);
  });
});

describe('OryClient.getFlowError', () => {
  it('should return the stored error', async () => {
    const stored = {
      id: 'stub:500',
      error: { code: 500, message: 'This is a stub error.' },
      created_at: '2026-11-25T17:00:00Z',
    };
    const { client, requests } = setup(() => ({ status: 200, body: stored }));
    expect(await getFlowError(client, 'stub:500')).toEqual({ kind: 'ready', status: 200, error: stored });
    expect(requests[0]?.url).toBe(`${KRATOS}/self-service/errors?id=stub%3A500`);
  });

  it('should be an error when the id is unknown', async () => {
    const { client } = setup(() => ({ status: 404, body: errors.notFound }));
    const outcome = await getFlowError(client, 'nope');
    expect(outcome.kind === 'error' && outcome.error.message).toBe('Unable to locate the resource');
  });
});
