import { expect, it } from 'vitest';
import { type Harness, UI_URL } from './harness';
import {
  csrfOf,
  EMAIL,
  type FlowName,
  type JourneyContext,
  type Json,
  messageIds,
  nodeOf,
} from './journey-context';

const OIDC = { methods: { oidc: true } };

export interface ProviderAnswer {
  decision?: 'allow' | 'deny';
  sub?: string;
  email?: string;
  name?: string;
  emailVerified?: boolean;
}

/**
 * The browser at the fake provider: opens the consent page (plain HTML), answers it like a user filling the form,
 * and follows the provider's redirect to Kratos' callback. Returns the callback's response (redirects unfollowed).
 */
export async function throughProvider(h: Harness, authorizeUrl: string, answer: ProviderAnswer = {}) {
  const url = new URL(authorizeUrl);
  const page = await h.browser(authorizeUrl);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  const html = await page.text();
  expect(html).toContain('<label for="email">');
  expect(html).not.toContain('<script');
  const provider = url.pathname.split('/')[3] ?? '';
  const form = new URLSearchParams({
    state: url.searchParams.get('state') ?? '',
    sub: answer.sub ?? 'ada',
    email: answer.email ?? `ada@${provider}.example`,
    name: answer.name ?? 'Ada Lovelace',
    decision: answer.decision ?? 'allow',
  });
  if (answer.emailVerified !== false) form.set('email_verified', 'true');
  const consent = await h.browser(`${url.origin}${url.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  expect(consent.status).toBe(303);
  const callback = consent.headers.get('location') ?? '';
  expect(callback.startsWith(`${h.url}/self-service/methods/oidc/callback/${provider}?`)).toBe(true);
  return h.browser(callback);
}

/** OpenID Connect through the mock's fake provider: sign-up, sign-in, missing traits, denial, linking. */
export function oidcJourneys(ctx: JourneyContext): void {
  const { harness, init, getFlow, submit, register, whoami, logout } = ctx;

  /** Submits a provider button; JSON answers 422 with the provider page to send the browser to. */
  const startWith = async (h: Harness, flowName: FlowName, provider: string, extra: Json = {}) => {
    const flow = await init(h, flowName);
    const response = await submit(h, flow, { provider, csrf_token: csrfOf(flow), ...extra });
    expect(response.status).toBe(422);
    const body = (await response.json()) as Json;
    expect(body.error).toMatchObject({ id: 'browser_location_change_required', code: 422 });
    expect(body.redirect_browser_to).toMatch(new RegExp(`^${h.url}/__mock/oidc/${provider}/authorize\\?`));
    return { flow, to: body.redirect_browser_to as string };
  };
  const me = async (h: Harness) => (await (await whoami(h)).json()) as Json;

  it('should sign up a new subject from the login form, then sign it in again', async () => {
    const h = await harness(OIDC);
    const flow = await init(h, 'login');
    expect(nodeOf(flow, 'provider')).toMatchObject({
      group: 'oidc',
      attributes: { type: 'submit', value: 'github' },
      meta: {
        label: {
          id: 1010002,
          text: 'Sign in with GitHub',
          context: { provider: 'GitHub', provider_id: 'github' },
        },
      },
    });
    const { to } = await startWith(h, 'login', 'github');
    const done = await throughProvider(h, to);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(UI_URL);
    const first = await me(h);
    expect(first.identity.traits).toEqual({
      email: 'ada@github.example',
      name: { first: 'Ada', last: 'Lovelace' },
    });
    expect(first.identity.verifiable_addresses[0]).toMatchObject({ verified: true });
    expect(first.authentication_methods[0].method).toBe('oidc');

    await logout(h);
    const again = await startWith(h, 'registration', 'github');
    expect((await throughProvider(h, again.to)).status).toBe(303);
    expect((await me(h)).identity.id).toBe(first.identity.id);
  });

  it('should ask for the traits the provider did not share, then finish the sign-up', async () => {
    const h = await harness(OIDC);
    const { to } = await startWith(h, 'registration', 'google');
    const asked = await throughProvider(h, to, { email: '' });
    expect(asked.status).toBe(303);
    const location = new URL(asked.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${UI_URL}/registration`);
    const flow = (await (
      await getFlow(h, 'registration', location.searchParams.get('flow') ?? '')
    ).json()) as Json;
    expect(flow.ui.nodes.map((n: Json) => [n.group, n.attributes.name])).toEqual([
      ['default', 'csrf_token'],
      ['default', 'traits.email'],
      ['default', 'traits.name.first'],
      ['default', 'traits.name.last'],
      ['oidc', 'provider'],
    ]);
    expect(nodeOf(flow, 'provider')?.meta.label).toMatchObject({ id: 1040003, text: 'Continue' });
    expect(nodeOf(flow, 'traits.name.first')?.attributes.value).toBe('Ada');
    expect(nodeOf(flow, 'traits.email')?.messages.map((m: Json) => m.id)).toEqual([4000002]);

    const response = await submit(h, flow, {
      provider: 'google',
      csrf_token: csrfOf(flow),
      traits: { email: 'ada@example.org', name: { first: 'Ada', last: 'Lovelace' } },
    });
    expect(response.status).toBe(422);
    const { redirect_browser_to: again } = (await response.json()) as Json;
    expect((await throughProvider(h, again, { email: '' })).status).toBe(303);
    expect((await me(h)).identity.traits.email).toBe('ada@example.org');
  });

  it('should bring a denied consent back to the login form as a message', async () => {
    const h = await harness(OIDC);
    const { flow, to } = await startWith(h, 'login', 'github');
    const denied = await throughProvider(h, to, { decision: 'deny' });
    expect(denied.status).toBe(303);
    expect(denied.headers.get('location')).toBe(`${UI_URL}/login?flow=${flow.id}`);
    const shown = (await (await getFlow(h, 'login', flow.id)).json()) as Json;
    expect(shown.ui.messages).toEqual([
      expect.objectContaining({
        id: 4000001,
        type: 'error',
        text: expect.stringContaining('"access_denied"'),
      }),
    ]);
    expect((await whoami(h)).status).toBe(401);
  });

  it('should refuse a callback from another browser and a replayed callback', async () => {
    const h = await harness(OIDC);
    const { flow, to } = await startWith(h, 'login', 'github');
    const page = new URL(to);
    const consent = await h.browser(`${page.origin}${page.pathname}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        state: page.searchParams.get('state') ?? '',
        sub: 'ada',
        decision: 'allow',
      }),
    });
    const callback = consent.headers.get('location') ?? '';
    const elsewhere = await h.native(callback);
    expect(elsewhere.status).toBe(303);
    const shown = (await (await getFlow(h, 'login', flow.id)).json()) as Json;
    expect(shown.ui.messages[0].text).toContain('does not match the state parameter from the session cookie');
    expect((await h.browser(callback)).status).toBe(303);
    const replay = await h.browser(callback, { headers: { Accept: 'application/json' } });
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as Json).error.reason).toContain('state parameter is invalid');
  });

  it('should answer form posts with a 303 to the provider', async () => {
    const h = await harness(OIDC);
    const flow = await init(h, 'login');
    const response = await h.browser(flow.ui.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ provider: 'google', csrf_token: csrfOf(flow) }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^${h.url}/__mock/oidc/google/authorize\\?`));
  });

  it('should link and unlink providers in settings, never the last way to sign in', async () => {
    const h = await harness(OIDC);
    expect((await throughProvider(h, (await startWith(h, 'registration', 'github')).to)).status).toBe(303);
    const settings = await init(h, 'settings');
    const oidcNodes = (flow: Json) =>
      flow.ui.nodes
        .filter((n: Json) => n.group === 'oidc')
        .map((n: Json) => `${n.attributes.name}=${n.attributes.value}`);
    expect(oidcNodes(settings)).toEqual(['link=google']);
    const last = await submit(h, settings, { unlink: 'github', csrf_token: csrfOf(settings) });
    expect(last.status).toBe(400);
    expect(((await last.json()) as Json).ui.messages[0].text).toContain(
      'last remaining first factor credential',
    );

    const linking = await submit(h, settings, { link: 'google', csrf_token: csrfOf(settings) });
    expect(linking.status).toBe(422);
    const linked = await throughProvider(h, ((await linking.json()) as Json).redirect_browser_to);
    expect(linked.headers.get('location')).toBe(`${UI_URL}/settings?flow=${settings.id}`);
    const after = (await (await getFlow(h, 'settings', settings.id)).json()) as Json;
    expect(after.state).toBe('success');
    expect(oidcNodes(after)).toEqual(['unlink=github', 'unlink=google']);
    expect(nodeOf(after, 'unlink')?.meta.label).toMatchObject({ id: 1050003, text: 'Unlink GitHub' });

    const unlinked = await submit(h, after, { unlink: 'github', csrf_token: csrfOf(after) });
    expect(unlinked.status).toBe(200);
    expect(oidcNodes((await unlinked.json()) as Json)).toEqual(['link=github']);
    await logout(h);
    // The GitHub account is free again: signing in with it registers a new identity.
    const { to } = await startWith(h, 'login', 'github');
    await throughProvider(h, to, { email: 'other@github.example' });
    expect((await me(h)).identity.traits.email).toBe('other@github.example');
  });

  it('should link a provider account to the password account that owns its email after signing in', async () => {
    const h = await harness(OIDC);
    await register(h);
    await logout(h);
    const { to } = await startWith(h, 'login', 'github');
    const linking = await throughProvider(h, to, { email: EMAIL });
    const location = new URL(linking.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${UI_URL}/login`);
    expect(location.searchParams.get('no_org_ui')).toBe('true');
    const flow = (await (await getFlow(h, 'login', location.searchParams.get('flow') ?? '')).json()) as Json;
    expect(messageIds(flow)).toEqual([1010016]);
    expect(nodeOf(flow, 'identifier')?.attributes).toMatchObject({ type: 'hidden', value: EMAIL });
    expect(flow.ui.nodes.filter((n: Json) => n.group === 'oidc').map((n: Json) => n.meta.label.id)).toEqual([
      1010018,
    ]);
    const signedIn = await submit(h, flow, {
      method: 'password',
      csrf_token: csrfOf(flow),
      identifier: EMAIL,
      password: 'correct horse battery staple',
    });
    expect(signedIn.status).toBe(200);
    const owner = (await me(h)).identity.id;
    await logout(h);
    await throughProvider(h, (await startWith(h, 'login', 'github')).to, { email: EMAIL });
    expect((await me(h)).identity.id).toBe(owner);
  });
}
