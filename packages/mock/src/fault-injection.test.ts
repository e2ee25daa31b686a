import { afterEach, describe, expect, it } from 'vitest';
import { createMockApp } from './app';
import { kratosErrorIds } from './fault-injection';
import { type RecordedExchange, setMockRecorder } from './record';

const URL_ = 'http://localhost:4433';
const JSON_ACCEPT = { Accept: 'application/json' };

/** Statuses from ../kratos/NOTES.md §2. */
const statusById: Record<string, number> = {
  self_service_flow_expired: 410,
  security_csrf_violation: 403,
  session_already_available: 400,
  session_aal1_required: 401,
  session_aal2_required: 403,
  session_refresh_required: 403,
  browser_location_change_required: 422,
  session_inactive: 401,
  self_service_flow_return_to_forbidden: 400,
  security_identity_mismatch: 403,
  self_service_flow_replaced: 410,
  self_service_flow_disabled: 400,
  session_verified_address_required: 400,
  session_aal_already_fulfilled: 401,
  identity_disabled: 400,
};

function setup() {
  const app = createMockApp({ publicUrl: URL_ });
  const call = (path: string, init: RequestInit = {}) =>
    app.fetch(new Request(`${URL_}${path}`, { ...init, headers: { ...JSON_ACCEPT, ...init.headers } }));
  const control = (method: 'POST' | 'DELETE', spec?: unknown) =>
    call('/__mock/next-error', {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: spec === undefined ? undefined : JSON.stringify(spec),
    });
  return { app, call, control };
}

afterEach(() => setMockRecorder(undefined));

describe('fault injection', () => {
  it('should know every error id of NOTES.md §2', () => {
    expect([...kratosErrorIds].sort()).toEqual(Object.keys(statusById).sort());
  });

  it.each(kratosErrorIds.map((id) => [id]))(
    'should answer %s with its Kratos status, envelope and Ory-Error-Id',
    async (id) => {
      const { app, call } = setup();
      app.nextError({ id });
      const response = await call('/self-service/login/browser');
      const body = (await response.json()) as { error: { id: string; code: number; message: string } };
      expect(response.status).toBe(statusById[id]);
      expect(response.headers.get('Ory-Error-Id')).toBe(id);
      expect(body.error).toMatchObject({ id, code: statusById[id] });
      expect(body.error.message).toEqual(expect.any(String));
    },
  );

  it('should add the redirect target Kratos sends with redirects', async () => {
    const { app, call } = setup();
    app.nextError({ id: 'session_aal2_required' });
    app.nextError({ id: 'session_refresh_required' });
    app.nextError({ id: 'browser_location_change_required' });
    const bodies = [];
    for (let i = 0; i < 3; i++)
      bodies.push((await (await call('/sessions/whoami')).json()) as Record<string, unknown>);
    expect(bodies[0]?.redirect_browser_to).toBe(`${URL_}/self-service/login/browser?aal=aal2`);
    expect(bodies[1]?.redirect_browser_to).toBe(`${URL_}/self-service/login/browser?refresh=true`);
    expect(bodies[2]?.redirect_browser_to).toBe(`${URL_}/__mock/oidc/github/authorize`);
  });

  it('should merge extra top-level fields and honour a status override', async () => {
    const { app, call } = setup();
    app.nextError({ id: 'self_service_flow_expired', extra: { use_flow_id: 'new-flow' }, status: 400 });
    const response = await call('/self-service/login?flow=x', { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      use_flow_id: 'new-flow',
      error: { id: 'self_service_flow_expired' },
    });
  });

  it('should answer only matching requests, as many times as asked, then route normally again', async () => {
    const { app, call } = setup();
    app.nextError({
      path: '/self-service/login',
      method: 'post',
      status: 503,
      body: { oops: true },
      times: 2,
    });
    expect((await call('/self-service/login/browser')).status).toBe(200);
    expect((await call('/self-service/registration?flow=x', { method: 'POST', body: '{}' })).status).not.toBe(
      503,
    );
    for (let i = 0; i < 2; i++) {
      const response = await call('/self-service/login?flow=x', { method: 'POST', body: '{}' });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ oops: true });
    }
    expect((await call('/self-service/login?flow=x', { method: 'POST', body: '{}' })).status).not.toBe(503);
  });

  it('should send string bodies as HTML and no body at all when none is given', async () => {
    const { app, call } = setup();
    app.nextError({ status: 502, body: '<html>Bad gateway</html>' });
    app.nextError({ status: 500 });
    const html = await call('/self-service/login/browser');
    expect(html.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(await html.text()).toBe('<html>Bad gateway</html>');
    const empty = await call('/self-service/login/browser');
    expect(empty.status).toBe(500);
    expect(await empty.text()).toBe('');
  });

  it('should be controlled over HTTP: 204 to queue, 400 saying what is wrong, DELETE to forget', async () => {
    const { call, control } = setup();
    expect((await control('POST', { id: 'identity_disabled', path: '/sessions' })).status).toBe(204);
    const refused = await control('POST', { id: 'no_such_id' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { reason: expect.stringContaining('`id` must be one of') },
    });
    expect((await control('POST', { path: 'no-slash', status: 500 })).status).toBe(400);
    expect((await control('POST', {})).status).toBe(400);
    // The mock's own controls are never answered with a fault.
    expect((await call('/__mock/courier')).status).toBe(200);
    expect((await call('/sessions/whoami')).status).toBe(400);
    await control('POST', { status: 500, path: '/sessions' });
    expect((await control('DELETE')).status).toBe(204);
    expect((await call('/sessions/whoami')).status).toBe(401);
  });

  it('should forget queued faults on reset', async () => {
    const { app, call } = setup();
    app.nextError({ status: 500 });
    app.reset();
    expect((await call('/sessions/whoami')).status).toBe(401);
    app.nextError({ status: 500 });
    await call('/__mock/reset', { method: 'POST' });
    expect((await call('/sessions/whoami')).status).toBe(401);
  });

  it('should keep injected answers out of the recording, and record the shape of real requests', async () => {
    const recorded: RecordedExchange[] = [];
    setMockRecorder((exchange) => recorded.push(exchange));
    const { app, call } = setup();
    app.nextError({ status: 500, path: '/sessions' });
    await call('/sessions/whoami');
    await call('/self-service/login?flow=x', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Session-Token': 'secret' },
      body: JSON.stringify({ csrf_token: 'value', method: 'password', 'traits.email': 'a@b.c' }),
    });
    expect(recorded.map((exchange) => exchange.path)).toEqual(['/self-service/login']);
    expect(recorded[0]?.request).toEqual({
      bodyKeys: ['csrf_token', 'method', 'traits'],
      headers: ['x-session-token'],
    });
    expect(JSON.stringify(recorded)).not.toContain('secret');
  });
});
