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
import { SECOND_FACTORS, secondFactorSteps, totpCode } from './second-factor-support';

const MINUTE = 60_000;

/** The aal2 rules around the factors: return_to, settings' required_aal, native apps, `requiredAal: 'aal1'`. */
export function aalJourneys(ctx: JourneyContext): void {
  const { harness, init, submit, register, whoami, logout, login } = ctx;
  const { enrolTotp, stepUp } = secondFactorSteps(ctx);

  it('should carry the first login’s return_to through the aal2 step-up', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const secret = await enrolTotp(h);
    await logout(h);
    const returnTo = `${UI_URL}/dashboard`;
    const first = (await (
      await login(h, PASSWORD, `?return_to=${encodeURIComponent(returnTo)}`)
    ).json()) as Json;
    expect(first.redirect_browser_to).toBe(
      `${h.url}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(returnTo)}`,
    );
    const query = new URL(first.redirect_browser_to).search.replace('?aal=aal2', '');
    const second = await stepUp(h, { method: 'totp', totp_code: totpCode(secret) }, query);
    expect(second.body.continue_with).toEqual([
      { action: 'redirect_browser_to', redirect_browser_to: returnTo },
    ]);
  });

  it('should send a browser form login to the aal2 login with a 303', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    await enrolTotp(h);
    await logout(h);
    const flow = await init(h, 'login');
    const form = await h.browser(flow.ui.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf_token: csrfOf(flow),
        method: 'password',
        identifier: EMAIL,
        password: PASSWORD,
      }).toString(),
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`${h.url}/self-service/login/browser?aal=aal2`);
  });

  it('should refuse settings to an aal1 session of an identity with a second factor', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    await enrolTotp(h);
    const earlier = await init(h, 'settings');
    await logout(h);
    await login(h);
    const json = await h.browser(`${h.url}/self-service/settings/browser`, {
      headers: { Accept: 'application/json' },
    });
    expect(json.status).toBe(403);
    const error = (await json.json()) as Json;
    expect(error.error.id).toBe('session_aal2_required');
    expect(error.redirect_browser_to).toBe(`${h.url}/self-service/login/browser?aal=aal2`);
    // With a return_to, the aal2 login comes back to this very init URL.
    const initUrl = `${h.url}/self-service/settings/browser?return_to=${encodeURIComponent(`${UI_URL}/account`)}`;
    const html = await h.browser(initUrl);
    expect(html.status).toBe(303);
    expect(html.headers.get('location')).toBe(
      `${h.url}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(initUrl)}`,
    );
    // A flow the identity had already: reading it points back to it in the settings UI.
    const get = await h.browser(`${h.url}/self-service/settings/flows?id=${earlier.id}`, {
      headers: { Accept: 'application/json' },
    });
    expect(get.status).toBe(403);
    expect(((await get.json()) as Json).redirect_browser_to).toBe(
      `${h.url}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(`${UI_URL}/settings?flow=${earlier.id}`)}`,
    );
    const post = await submit(h, earlier, {
      method: 'profile',
      csrf_token: csrfOf(earlier),
      traits: { email: EMAIL },
    });
    expect(post.status).toBe(403);
    expect(((await post.json()) as Json).redirect_browser_to).toBe(
      `${h.url}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(earlier.ui.action)}`,
    );
  });

  it('should let aal1 sessions through when requiredAal is aal1', async () => {
    const h = await harness({ ...SECOND_FACTORS, requiredAal: 'aal1', settingsRequiredAal: 'aal1' });
    await register(h);
    await enrolTotp(h);
    await logout(h);
    const signedIn = await login(h);
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as Json).session.authenticator_assurance_level).toBe('aal1');
    expect((await whoami(h)).status).toBe(200);
    expect(
      (await h.browser(`${h.url}/self-service/settings/browser`, { headers: { Accept: 'application/json' } }))
        .status,
    ).toBe(200);
  });

  it('should step a native session up with X-Session-Token, hiding the identity until then', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const secret = await enrolTotp(h);
    const flow = (await (await h.native(`${h.url}/self-service/login/api`)).json()) as Json;
    const first = (await (
      await submit(h, flow, { method: 'password', identifier: EMAIL, password: PASSWORD }, h.native)
    ).json()) as Json;
    expect(first.session.authenticator_assurance_level).toBe('aal1');
    expect(first.session.identity).toBeUndefined();
    const withToken = { headers: { 'X-Session-Token': first.session_token } };
    const refused = await h.native(`${h.url}/sessions/whoami`, withToken);
    expect(refused.status).toBe(403);
    const aal2 = (await (
      await h.native(`${h.url}/self-service/login/api?aal=aal2`, withToken)
    ).json()) as Json;
    expect(nodeOf(aal2, 'totp_code')).toBeDefined();
    const done = await h.native(aal2.ui.action, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'X-Session-Token': first.session_token },
      body: JSON.stringify({ method: 'totp', totp_code: totpCode(secret) }),
    });
    expect(done.status).toBe(200);
    const body = (await done.json()) as Json;
    expect(body.session.authenticator_assurance_level).toBe('aal2');
    expect(body.session.identity.traits.email).toBe(EMAIL);
    expect((await h.native(`${h.url}/sessions/whoami`, withToken)).status).toBe(200);
  });

  it('should ask for re-authentication before pairing once the privileged window has passed', async () => {
    let now = Date.now();
    const h = await harness({ ...SECOND_FACTORS, now: () => now });
    await register(h);
    const flow = await init(h, 'settings');
    now += 16 * MINUTE;
    const secret =
      nodeOf(flow, 'totp_code') && flow.ui.nodes.find((n: Json) => n.attributes.id === 'totp_secret_key');
    const late = await submit(h, flow, {
      method: 'totp',
      csrf_token: csrfOf(flow),
      totp_code: totpCode(secret.attributes.text.context.secret, now),
    });
    expect(late.status).toBe(403);
    expect(((await late.json()) as Json).error.id).toBe('session_refresh_required');
  });
}
