import { expect, it } from 'vitest';
import { UI_URL } from './harness';
import {
  csrfOf,
  EMAIL,
  type JourneyContext,
  type Json,
  messageIds,
  NEW_PASSWORD,
  nodeOf,
  PASSWORD,
} from './journey-context';

const MINUTE = 60_000;

/** Settings: the session guard, profile and password changes, the privileged window and its refresh, expiry. */
export function settingsJourneys(ctx: JourneyContext): void {
  const { harness, init, getFlow, submit, register, whoami, logout, login, lastMessage } = ctx;

  it('should refuse settings without a session: 401 for JSON and API, a 303 to login for browsers', async () => {
    const h = await harness();
    const json = await h.browser(`${h.url}/self-service/settings/browser`, {
      headers: { Accept: 'application/json' },
    });
    expect(json.status).toBe(401);
    expect(((await json.json()) as Json).error.id).toBe('session_inactive');
    const html = await h.browser(`${h.url}/self-service/settings/browser?return_to=${UI_URL}/account`);
    expect(html.status).toBe(303);
    expect(html.headers.get('location')).toBe(
      `${h.url}/self-service/login/browser?return_to=${encodeURIComponent(`${UI_URL}/account`)}`,
    );
    const api = await h.native(`${h.url}/self-service/settings/api`);
    expect(api.status).toBe(401);
    expect(((await api.json()) as Json).error.id).toBe('session_inactive');
  });

  it('should save a profile change with 1050001 and show the new values', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    expect(flow.state).toBe('show_form');
    expect(flow.identity.traits.email).toBe(EMAIL);
    expect(nodeOf(flow, 'traits.email')?.attributes.value).toBe(EMAIL);
    const saved = await submit(h, flow, {
      method: 'profile',
      csrf_token: csrfOf(flow),
      traits: { email: EMAIL, name: { first: 'Ada', last: 'Lovelace' } },
    });
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as Json;
    expect(body.state).toBe('success');
    expect(body.ui.messages.map((m: Json) => [m.id, m.type])).toEqual([[1050001, 'success']]);
    expect(nodeOf(body, 'traits.name.first')?.attributes.value).toBe('Ada');
    expect(body.continue_with).toEqual([
      { action: 'redirect_browser_to', redirect_browser_to: `${UI_URL}/settings?flow=${flow.id}` },
    ]);
    expect(((await (await whoami(h)).json()) as Json).identity.traits.name).toEqual({
      first: 'Ada',
      last: 'Lovelace',
    });
    // The success is part of the flow, not of the answer only.
    const again = (await (await getFlow(h, 'settings', flow.id)).json()) as Json;
    expect(again).toMatchObject({ state: 'success', ui: { messages: [{ id: 1050001 }] } });
    expect(again).not.toHaveProperty('continue_with');
  });

  it('should send a verification code when the email changes, before redirect_browser_to', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    const saved = await submit(h, flow, {
      method: 'profile',
      csrf_token: csrfOf(flow),
      traits: { email: 'ada@lovelace.example' },
    });
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as Json;
    expect(body.continue_with.map((c: Json) => c.action)).toEqual([
      'show_verification_ui',
      'redirect_browser_to',
    ]);
    expect(body.continue_with[0].flow.verifiable_address).toBe('ada@lovelace.example');
    expect((await lastMessage(h, 'ada@lovelace.example')).template_type).toBe('verification_code_valid');
    const me = (await (await whoami(h)).json()) as Json;
    expect(me.identity.verifiable_addresses).toEqual([
      expect.objectContaining({ value: 'ada@lovelace.example', verified: false, status: 'sent' }),
    ]);
    await logout(h);
    expect((await login(h, PASSWORD, '', 'ada@lovelace.example')).status).toBe(200);
  });

  it('should run a native settings flow with the session token and no CSRF', async () => {
    const h = await harness();
    const registration = (await (await h.native(`${h.url}/self-service/registration/api`)).json()) as Json;
    const created = await submit(
      h,
      registration,
      { method: 'password', password: PASSWORD, traits: { email: EMAIL } },
      h.native,
    );
    const { session_token: token } = (await created.json()) as Json;
    const withToken = { 'X-Session-Token': token };
    const flow = (await (
      await h.native(`${h.url}/self-service/settings/api`, { headers: withToken })
    ).json()) as Json;
    expect(flow.type).toBe('api');
    const changed = await h.native(flow.ui.action, {
      method: 'POST',
      headers: { ...withToken, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ method: 'password', password: NEW_PASSWORD }),
    });
    expect(changed.status).toBe(200);
    const body = (await changed.json()) as Json;
    expect(body.state).toBe('success');
    expect(body).not.toHaveProperty('continue_with');
  });

  it('should keep what was typed and answer 400 when the traits are invalid', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    const response = await submit(h, flow, {
      method: 'profile',
      csrf_token: csrfOf(flow),
      traits: { email: 'not-an-email' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Json;
    expect(body.state).toBe('show_form');
    expect(nodeOf(body, 'traits.email')?.attributes.value).toBe('not-an-email');
    expect(nodeOf(body, 'traits.email')?.messages.map((m: Json) => m.id)).toEqual([4000001]);
  });

  it('should refuse another identity’s settings flow with 403 security_identity_mismatch', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    await logout(h);
    await register(h, 'grace@example.com');
    const response = await getFlow(h, 'settings', flow.id);
    expect(response.status).toBe(403);
    expect(((await response.json()) as Json).error.id).toBe('security_identity_mismatch');
  });

  it('should change the password within the privileged window, and log in with it', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    const weak = await submit(h, flow, {
      method: 'password',
      csrf_token: csrfOf(flow),
      password: 'password123',
    });
    expect(weak.status).toBe(400);
    const rejected = (await weak.json()) as Json;
    expect(messageIds(rejected)).toEqual([4000034]);
    expect(nodeOf(rejected, 'password')?.attributes).not.toHaveProperty('value');
    const ok = await submit(h, rejected, {
      method: 'password',
      csrf_token: csrfOf(rejected),
      password: NEW_PASSWORD,
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Json).ui.messages[0].id).toBe(1050001);
    await logout(h);
    expect((await login(h, PASSWORD)).status).toBe(400);
    expect((await login(h, NEW_PASSWORD)).status).toBe(200);
  });

  it('should ask for a refresh outside the window, then apply the change after a refresh login', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    // Kratos' own self-service URLs are valid return_to targets even when the allowlist names only the app.
    const h = await harness({ now: () => now, privilegedSessionMaxAge: '15m', returnToAllowlist: [UI_URL] });
    await register(h);
    now += 20 * MINUTE;
    const flow = await init(h, 'settings');
    const resumeUrl = `${h.url}/self-service/settings?flow=${flow.id}`;
    const expected = `${h.url}/self-service/login/browser?refresh=true&return_to=${encodeURIComponent(resumeUrl)}`;

    // Name changes need no privileged session; the email (an identifier and address) does.
    const name = await submit(h, flow, {
      method: 'profile',
      csrf_token: csrfOf(flow),
      traits: { email: EMAIL, name: { first: 'Ada' } },
    });
    expect(name.status).toBe(200);
    const email = await submit(h, flow, {
      method: 'profile',
      csrf_token: csrfOf(flow),
      traits: { email: 'ada@lovelace.example' },
    });
    expect(email.status).toBe(403);
    expect(((await email.json()) as Json).error.id).toBe('session_refresh_required');

    const refused = await submit(h, flow, {
      method: 'password',
      csrf_token: csrfOf(flow),
      password: NEW_PASSWORD,
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Ory-Error-Id')).toBe('session_refresh_required');
    const refusal = (await refused.json()) as Json;
    expect(refusal.error).toMatchObject({ id: 'session_refresh_required', code: 403 });
    expect(refusal.redirect_browser_to).toBe(expected);

    // The refresh login: the identity is known, only the password is asked; it sends the browser back.
    const refresh = await init(h, 'login', `?refresh=true&return_to=${encodeURIComponent(resumeUrl)}`);
    expect(refresh.refresh).toBe(true);
    const refreshed = await submit(h, refresh, {
      method: 'password',
      csrf_token: csrfOf(refresh),
      identifier: EMAIL,
      password: PASSWORD,
    });
    expect(refreshed.status).toBe(200);
    const session = (await refreshed.json()) as Json;
    expect(session.session.authenticated_at).toBe(new Date(now).toISOString());
    expect(session.continue_with).toEqual([
      { action: 'redirect_browser_to', redirect_browser_to: resumeUrl },
    ]);

    // Kratos replays the paused change when the browser comes back, then shows the settings UI.
    const resumed = await h.browser(resumeUrl, { headers: { Accept: 'text/html' } });
    expect(resumed.status).toBe(303);
    expect(resumed.headers.get('location')).toBe(`${UI_URL}/settings?flow=${flow.id}`);
    const done = (await (await getFlow(h, 'settings', flow.id)).json()) as Json;
    expect(done).toMatchObject({ state: 'success', ui: { messages: [{ id: 1050001 }] } });
    await logout(h);
    expect((await login(h, NEW_PASSWORD)).status).toBe(200);
  });

  it('should send a browser form post back to the UI: errors to the form, success to the settings page', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    const post = (fields: Record<string, string>) =>
      h.browser(flow.ui.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        body: new URLSearchParams(fields).toString(),
      });
    const short = await post({ csrf_token: csrfOf(flow), method: 'password', password: 'short' });
    expect(short.status).toBe(303);
    expect(short.headers.get('location')).toBe(`${UI_URL}/settings?flow=${flow.id}`);
    const shown = (await (await getFlow(h, 'settings', flow.id)).json()) as Json;
    expect(messageIds(shown)).toEqual([4000032]);
    const ok = await post({
      csrf_token: csrfOf(shown),
      method: 'profile',
      'traits.email': EMAIL,
      'traits.name.first': 'Ada',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${UI_URL}/settings?flow=${flow.id}`);
  });

  it('should replace an expired settings flow: 410 + use_flow_id on submit (4050001), plain 410 on get', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const h = await harness({ now: () => now, flowLifespan: '1m' });
    await register(h);
    const flow = await init(h, 'settings');
    now += 2 * MINUTE;
    const gone = await getFlow(h, 'settings', flow.id);
    expect(gone.status).toBe(410);
    const goneBody = (await gone.json()) as Json;
    expect(goneBody.error).not.toHaveProperty('id');
    expect(goneBody.error.details.redirect_to).toBe(`${h.url}/self-service/settings/browser`);
    const submitted = await submit(h, flow, {
      method: 'profile',
      csrf_token: csrfOf(flow),
      traits: { email: EMAIL },
    });
    expect(submitted.status).toBe(410);
    const expired = (await submitted.json()) as Json;
    expect(expired.error.id).toBe('self_service_flow_expired');
    const replacement = (await (await getFlow(h, 'settings', expired.use_flow_id)).json()) as Json;
    expect(replacement.ui.messages.map((m: Json) => m.id)).toEqual([4050001]);
  });
}
