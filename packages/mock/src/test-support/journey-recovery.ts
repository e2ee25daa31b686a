import { expect, it } from 'vitest';
import { UI_URL } from './harness';
import {
  csrfOf,
  EMAIL,
  type JourneyContext,
  type Json,
  NEW_PASSWORD,
  nodeOf,
  PASSWORD,
} from './journey-context';

/** Recovery: by code and by link, wrong and spent codes, signed-in users, expiry. */
export function recoveryJourneys(ctx: JourneyContext): void {
  const { harness, init, getFlow, submit, register, whoami, outbox, lastMessage, logout, login } = ctx;

  it('should recover by code: privileged session, show_settings_ui, new password, log in with it', async () => {
    const h = await harness();
    await register(h);
    await logout(h);
    const flow = await init(h, 'recovery');
    expect(flow).toMatchObject({ state: 'choose_method', active: 'code' });
    const sent = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), email: EMAIL });
    expect(sent.status).toBe(200);
    const codeForm = (await sent.json()) as Json;
    expect(codeForm.state).toBe('sent_email');
    expect(codeForm.ui.messages.map((m: Json) => m.id)).toEqual([1060003]);
    expect(nodeOf(codeForm, 'code')?.attributes).toMatchObject({ pattern: '[0-9]+', maxlength: 6 });

    const message = await lastMessage(h);
    expect(message).toMatchObject({ to: EMAIL, template_type: 'recovery_code_valid' });
    expect(message.code).toMatch(/^\d{6}$/);
    expect(message.body).toContain(message.code);

    const wrong = await submit(h, codeForm, { method: 'code', csrf_token: csrfOf(codeForm), code: '000000' });
    expect(wrong.status).toBe(200);
    const wrongBody = (await wrong.json()) as Json;
    expect(wrongBody.ui.messages.map((m: Json) => m.id)).toEqual([4060006]);
    expect((await whoami(h)).status).toBe(401);

    const ok = await submit(h, wrongBody, {
      method: 'code',
      csrf_token: csrfOf(wrongBody),
      code: message.code,
    });
    expect(ok.status).toBe(200);
    const recovered = (await ok.json()) as Json;
    expect(recovered.state).toBe('passed_challenge');
    const [next] = recovered.continue_with;
    expect(next).toEqual({
      action: 'show_settings_ui',
      flow: { id: expect.any(String), url: `${UI_URL}/settings?flow=${next.flow.id}` },
    });
    const me = (await (await whoami(h)).json()) as Json;
    expect(me.authentication_methods.map((m: Json) => m.method)).toEqual(['code_recovery']);
    // The code proved the address, so it is verified as well.
    expect(me.identity.verifiable_addresses[0]).toMatchObject({ verified: true, status: 'completed' });

    const settings = (await (await getFlow(h, 'settings', next.flow.id)).json()) as Json;
    expect(settings.ui.messages).toEqual([
      expect.objectContaining({
        id: 1060001,
        type: 'success',
        text: expect.stringContaining('15.00 minutes'),
      }),
    ]);
    expect(settings.ui.messages[0].context).toHaveProperty('privileged_session_expires_at_unix');
    const changed = await submit(h, settings, {
      method: 'password',
      csrf_token: csrfOf(settings),
      password: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);
    await logout(h);
    expect((await login(h, PASSWORD)).status).toBe(400);
    expect((await login(h, NEW_PASSWORD)).status).toBe(200);
  });

  it('should send browsers of a form post to the settings UI after the code', async () => {
    const h = await harness();
    await register(h);
    await logout(h);
    const flow = await init(h, 'recovery');
    const post = (fields: Record<string, string>) =>
      h.browser(flow.ui.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        body: new URLSearchParams(fields).toString(),
      });
    const sent = await post({ csrf_token: csrfOf(flow), method: 'code', email: EMAIL });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`${UI_URL}/recovery?flow=${flow.id}`);
    const { code } = await lastMessage(h);
    const done = await post({ csrf_token: csrfOf(flow), method: 'code', code });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toMatch(new RegExp(`^${UI_URL}/settings\\?flow=`));
    expect((await whoami(h)).status).toBe(200);
  });

  it('should recover by link: the link logs in and 303s to the settings UI', async () => {
    const h = await harness({ recoveryStrategy: 'link' });
    await register(h);
    await logout(h);
    const flow = await init(h, 'recovery');
    expect(flow.active).toBe('link');
    const sent = await submit(h, flow, { method: 'link', csrf_token: csrfOf(flow), email: EMAIL });
    expect(sent.status).toBe(200);
    const body = (await sent.json()) as Json;
    expect(body).toMatchObject({ state: 'sent_email', ui: { messages: [{ id: 1060002 }] } });
    const message = await lastMessage(h);
    expect(message.template_type).toBe('recovery_valid');
    expect(message.link).toMatch(new RegExp(`^${h.url}/self-service/recovery\\?flow=${flow.id}&token=\\w+$`));

    const clicked = await h.browser(message.link);
    expect(clicked.status).toBe(303);
    const settingsUrl = new URL(clicked.headers.get('location') ?? '');
    expect(`${settingsUrl.origin}${settingsUrl.pathname}`).toBe(`${UI_URL}/settings`);
    const settings = (await (
      await getFlow(h, 'settings', settingsUrl.searchParams.get('flow') ?? '')
    ).json()) as Json;
    expect(settings.ui.messages[0].id).toBe(1060001);
    expect(((await (await whoami(h)).json()) as Json).authentication_methods[0].method).toBe('link_recovery');

    // A link works once: the second click starts a new flow that says so.
    await logout(h);
    const again = await h.browser(message.link);
    expect(again.status).toBe(303);
    const retry = new URL(again.headers.get('location') ?? '').searchParams.get('flow') ?? '';
    expect(retry).not.toBe(flow.id);
    expect(((await (await getFlow(h, 'recovery', retry)).json()) as Json).ui.messages[0].id).toBe(4060004);
  });

  it('should recover a native app by code: a session token, then the settings flow', async () => {
    const h = await harness();
    await register(h);
    const flow = (await (await h.native(`${h.url}/self-service/recovery/api`)).json()) as Json;
    expect(nodeOf(flow, 'csrf_token')).toBeUndefined();
    const sent = await submit(h, flow, { method: 'code', email: EMAIL }, h.native);
    const codeForm = (await sent.json()) as Json;
    const { code } = await lastMessage(h);
    const done = await submit(h, codeForm, { method: 'code', code }, h.native);
    expect(done.status).toBe(200);
    const recovered = (await done.json()) as Json;
    expect(recovered.continue_with.map((c: Json) => c.action)).toEqual([
      'set_ory_session_token',
      'show_settings_ui',
    ]);
    const token = recovered.continue_with[0].ory_session_token;
    const me = await h.native(`${h.url}/sessions/whoami`, { headers: { 'X-Session-Token': token } });
    expect(me.status).toBe(200);
  });

  it('should answer an unknown address like a known one and send nothing', async () => {
    const h = await harness();
    const flow = await init(h, 'recovery');
    const sent = await submit(h, flow, {
      method: 'code',
      csrf_token: csrfOf(flow),
      email: 'nobody@example.com',
    });
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as Json).state).toBe('sent_email');
    expect(await outbox(h)).toEqual([]);
  });

  it('should refuse a sixth code and replace the flow (show_recovery_ui)', async () => {
    const h = await harness();
    await register(h);
    await logout(h);
    const flow = await init(h, 'recovery');
    await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), email: EMAIL });
    const { code } = await lastMessage(h);
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), code: '999999' });
      expect(((await wrong.json()) as Json).ui.messages[0].id).toBe(4060006);
    }
    const blocked = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), code });
    expect(blocked.status).toBe(400);
    const error = (await blocked.json()) as Json;
    expect(error.error.details.continue_with).toEqual([
      { action: 'show_recovery_ui', flow: { id: expect.any(String) } },
    ]);
    expect((await whoami(h)).status).toBe(401);
  });

  it('should refuse recovery for a signed-in user', async () => {
    const h = await harness();
    await register(h);
    const json = await h.browser(`${h.url}/self-service/recovery/browser`, {
      headers: { Accept: 'application/json' },
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as Json).error.id).toBe('session_already_available');
  });

  it('should replace an expired recovery flow: 410 on get and for API, a 303 to the new flow for browsers', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const h = await harness({ now: () => now, flowLifespan: '1m' });
    const flow = await init(h, 'recovery');
    const api = (await (await h.native(`${h.url}/self-service/recovery/api`)).json()) as Json;
    now += 2 * 60_000;
    const gone = await getFlow(h, 'recovery', flow.id);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as Json).error).not.toHaveProperty('id');

    const browser = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), email: EMAIL });
    expect(browser.status).toBe(303);
    const replacementUrl = browser.headers.get('location') ?? '';
    expect(replacementUrl).toMatch(new RegExp(`^${h.url}/self-service/recovery/flows\\?id=`));
    const replacement = (await (await h.browser(replacementUrl)).json()) as Json;
    expect(replacement.ui.messages.map((m: Json) => m.id)).toEqual([4060005]);

    const native = await submit(h, api, { method: 'code', email: EMAIL }, h.native);
    expect(native.status).toBe(410);
    const expired = (await native.json()) as Json;
    expect(expired.error.id).toBe('self_service_flow_expired');
    expect(expired.use_flow_id).toEqual(expect.any(String));
  });
}
