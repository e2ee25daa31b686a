import { expect, it } from 'vitest';
import { UI_URL } from './harness';
import {
  csrfOf,
  EMAIL,
  type JourneyContext,
  JSON_HEADERS,
  type Json,
  nodeOf,
  PASSWORD,
} from './journey-context';

/** Accounts: register, session cookie, logout, login, CSRF, native flows, expiry, signed-in users, return_to. */
export function accountJourneys({ harness, init, submit, register, whoami }: JourneyContext): void {
  it('should register, keep the session in a cookie, log out, and log back in', async () => {
    const h = await harness();
    const registered = await register(h);
    expect(registered.status).toBe(200);
    const body = (await registered.json()) as Json;
    expect(body.identity.traits).toEqual({ email: EMAIL });
    expect(body.session.active).toBe(true);
    // Kratos adds redirect_browser_to before its hooks run; the verification hook then adds its flow.
    expect(body.continue_with).toEqual([
      { action: 'redirect_browser_to', redirect_browser_to: UI_URL },
      {
        action: 'show_verification_ui',
        flow: {
          id: expect.any(String),
          verifiable_address: EMAIL,
          url: expect.stringContaining('/verification?flow='),
        },
      },
    ]);
    const sessionCookie = (await h.cookies()).find((c) => c.name === 'ory_kratos_session');
    expect(sessionCookie).toMatchObject({ path: '/', httpOnly: true });
    expect(sessionCookie?.sameSite?.toLowerCase()).toBe('lax');

    const me = await whoami(h);
    expect(me.status).toBe(200);
    expect(me.headers.get('X-Kratos-Authenticated-Identity-Id')).toBe(body.identity.id);
    expect(((await me.json()) as Json).identity.traits.email).toBe(EMAIL);

    const logout = await h.browser(`${h.url}/self-service/logout/browser`, {
      headers: { Accept: 'application/json' },
    });
    expect(logout.status).toBe(200);
    const { logout_url: logoutUrl, logout_token: logoutToken } = (await logout.json()) as Json;
    expect(logoutUrl).toBe(`${h.url}/self-service/logout?token=${logoutToken}`);
    const done = await h.browser(logoutUrl, { headers: { Accept: 'application/json' } });
    expect(done.status).toBe(204);
    expect((await h.cookies()).map((c) => c.name)).not.toContain('ory_kratos_session');
    expect((await whoami(h)).status).toBe(401);

    const login = await init(h, 'login');
    const wrong = await submit(h, login, {
      method: 'password',
      csrf_token: csrfOf(login),
      identifier: EMAIL,
      password: 'not the password',
    });
    expect(wrong.status).toBe(400);
    const failed = (await wrong.json()) as Json;
    expect(failed.id).toBe(login.id);
    expect(failed.ui.messages.map((m: Json) => m.id)).toEqual([4000006]);
    expect(nodeOf(failed, 'identifier')?.attributes.value).toBe(EMAIL);
    expect(nodeOf(failed, 'password')?.attributes).not.toHaveProperty('value');

    const ok = await submit(h, failed, {
      method: 'password',
      csrf_token: csrfOf(failed),
      identifier: EMAIL,
      password: PASSWORD,
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Json).session.identity.traits.email).toBe(EMAIL);
    expect((await whoami(h)).status).toBe(200);
  });

  it('should answer 403 security_csrf_violation when the csrf_token is missing or wrong', async () => {
    const h = await harness();
    const flow = await init(h, 'registration');
    const body = { method: 'password', password: PASSWORD, traits: { email: EMAIL } };
    for (const csrf of [undefined, 'd3JvbmcgdG9rZW4gd3JvbmcgdG9rZW4gd3JvbmcgdG9rZW4h']) {
      const response = await submit(h, flow, { ...body, csrf_token: csrf });
      expect(response.status).toBe(403);
      expect(response.headers.get('Ory-Error-Id')).toBe('security_csrf_violation');
      expect(((await response.json()) as Json).error).toMatchObject({
        id: 'security_csrf_violation',
        code: 403,
      });
    }
    expect((await whoami(h)).status).toBe(401);
  });

  it('should refuse a native flow submitted with cookies or an Origin header', async () => {
    const h = await harness();
    await init(h, 'login'); // the browser now holds the CSRF cookie
    const native = (await (await h.native(`${h.url}/self-service/registration/api`)).json()) as Json;
    expect(nodeOf(native, 'csrf_token')).toBeUndefined();
    const body = { method: 'password', password: PASSWORD, traits: { email: EMAIL } };

    const withCookie = await submit(h, native, body, h.browser);
    expect(withCookie.status).toBe(400);
    expect(((await withCookie.json()) as Json).ui.messages[0].text).toMatch(/included the "Cookie" key/);

    const withOrigin = await h.native(native.ui.action, {
      method: 'POST',
      headers: { ...JSON_HEADERS, Origin: UI_URL },
      body: JSON.stringify(body),
    });
    expect(withOrigin.status).toBe(400);
    expect(((await withOrigin.json()) as Json).ui.messages[0]).toMatchObject({ id: 4000001 });

    const clean = await submit(h, native, body, h.native);
    expect(clean.status).toBe(200);
    const session = (await clean.json()) as Json;
    expect(session.session_token).toMatch(/^ory_st_/);
    // API flows: the verification flow (no UI URL) first, the session token last.
    expect(session.continue_with).toEqual([
      { action: 'show_verification_ui', flow: { id: expect.any(String), verifiable_address: EMAIL } },
      { action: 'set_ory_session_token', ory_session_token: session.session_token },
    ]);
  });

  it('should replace an expired flow: 410 with use_flow_id, whose flow says 4010001', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const h = await harness({ now: () => now, flowLifespan: '1m' });
    const flow = await init(h, 'login');
    now += 2 * 60_000;
    const response = await submit(h, flow, {
      method: 'password',
      csrf_token: csrfOf(flow),
      identifier: EMAIL,
      password: PASSWORD,
    });
    expect(response.status).toBe(410);
    const gone = (await response.json()) as Json;
    expect(gone.error.id).toBe('self_service_flow_expired');
    expect(gone.expired_at).toBe('2030-01-01T00:01:00.000Z');
    expect(gone.since).toBe(60_000 * 1_000_000);
    expect(gone.use_flow_id).not.toBe(flow.id);

    const replaced = await h.browser(`${h.url}/self-service/login/flows?id=${gone.use_flow_id}`);
    expect(replaced.status).toBe(200);
    const next = (await replaced.json()) as Json;
    expect(next.ui.messages).toEqual([
      expect.objectContaining({
        id: 4010001,
        text: 'The login flow expired 1.00 minutes ago, please try again.',
      }),
    ]);
    expect((await h.browser(`${h.url}/self-service/login/flows?id=${flow.id}`)).status).toBe(410);
  });

  it('should refuse to start login or registration for a signed-in user', async () => {
    const h = await harness();
    await register(h);
    for (const flow of ['login', 'registration']) {
      const json = await h.browser(`${h.url}/self-service/${flow}/browser`, {
        headers: { Accept: 'application/json' },
      });
      expect(json.status).toBe(400);
      expect(((await json.json()) as Json).error.id).toBe('session_already_available');
      const html = await h.browser(`${h.url}/self-service/${flow}/browser?return_to=${UI_URL}/home`);
      expect(html.status).toBe(303);
      expect(html.headers.get('location')).toBe(`${UI_URL}/home`);
    }
    const refresh = await init(h, 'login', '?refresh=true');
    expect(refresh.refresh).toBe(true);
    expect(refresh.ui.messages.map((m: Json) => m.id)).toEqual([1010003]);
    expect(nodeOf(refresh, 'identifier')?.attributes).toMatchObject({ type: 'hidden', value: EMAIL });
  });

  it('should refuse a return_to outside the allowlist', async () => {
    const h = await harness();
    const response = await h.browser(`${h.url}/self-service/login/browser?return_to=https://evil.example/x`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error).toMatchObject({
      id: 'self_service_flow_return_to_forbidden',
      reason: 'Requested return_to URL "https://evil.example/x" is not allowed.',
    });
    const html = await h.browser(`${h.url}/self-service/login/browser?return_to=https://evil.example/x`);
    expect(html.status).toBe(303);
    const errorUrl = new URL(html.headers.get('location') ?? '');
    expect(`${errorUrl.origin}${errorUrl.pathname}`).toBe(`${UI_URL}/error`);
    const stored = await h.browser(`${h.url}/self-service/errors?id=${errorUrl.searchParams.get('id')}`);
    expect(((await stored.json()) as Json).error.id).toBe('self_service_flow_return_to_forbidden');
  });
}
