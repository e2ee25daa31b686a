import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../adapters/mock-fetch';
import { resolveOptions } from '../options';

const BASE = 'http://localhost:4433';
const CALLBACK = `${BASE}/self-service/methods/oidc/callback/github`;

function consentUrl(params: Record<string, string>, provider = 'github') {
  return `${BASE}/__mock/oidc/${provider}/authorize?${new URLSearchParams(params)}`;
}

describe('fake OpenID Connect provider page', () => {
  it('should show a labelled consent form without scripts, escaping what it echoes', async () => {
    const mock = createMockFetch({ methods: { oidc: true } });
    const response = await mock(consentUrl({ state: '"><script>x</script>', redirect_uri: CALLBACK }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Sign in with GitHub</h1>');
    for (const id of ['sub', 'email', 'name']) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('value="ada@github.example"');
    expect(html).toContain('<button type="submit" name="decision" value="allow">Allow</button>');
    expect(html).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('should refuse unknown providers, a missing state and a redirect_uri it does not know', async () => {
    const mock = createMockFetch({ methods: { oidc: true } });
    expect((await mock(consentUrl({ state: 's', redirect_uri: CALLBACK }, 'gitlab'))).status).toBe(404);
    expect((await mock(consentUrl({ redirect_uri: CALLBACK }))).status).toBe(400);
    const elsewhere = await mock(consentUrl({ state: 's', redirect_uri: 'https://evil.example/cb' }));
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('is not registered for this client');
  });

  it('should send a denial back to the callback and remember the last answer per provider', async () => {
    const mock = createMockFetch({ methods: { oidc: true } });
    const answer = (decision: string) =>
      mock(`${BASE}/__mock/oidc/github/authorize`, {
        method: 'POST',
        credentials: 'include',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ state: 'abc', sub: 'grace', email: '', name: 'Grace Hopper', decision }),
      });
    const denied = await answer('deny');
    expect(denied.status).toBe(303);
    const location = new URL(denied.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: 'access_denied',
      error_description: 'The resource owner denied the request',
      state: 'abc',
    });
    // An allowed answer for a state Kratos never issued still goes back, as an error the callback can show.
    const unknown = new URL((await answer('allow')).headers.get('location') ?? '');
    expect(unknown.searchParams.get('error')).toBe('invalid_request');
    const page = await mock(consentUrl({ state: 'next', redirect_uri: CALLBACK }), {
      credentials: 'include',
    });
    const html = await page.text();
    expect(html).toContain('id="sub" name="sub" type="text" required value="grace"');
    expect(html).toContain('id="email" name="email" type="email" autocomplete="email" value=""');
  });
});

describe('oidcProviders option', () => {
  it('should default to GitHub and Google, label with the id, and refuse ids unfit for a URL', () => {
    expect(resolveOptions().oidcProviders).toEqual([
      { id: 'github', label: 'GitHub' },
      { id: 'google', label: 'Google' },
    ]);
    expect(resolveOptions({ oidcProviders: [{ id: 'corp-sso' }] }).oidcProviders).toEqual([
      { id: 'corp-sso', label: 'corp-sso' },
    ]);
    expect(() => resolveOptions({ oidcProviders: [{ id: 'a/b' }] })).toThrow(/not a valid provider id/);
    expect(() => resolveOptions({ oidcProviders: [{ id: 'x' }, { id: 'x' }] })).toThrow(/listed twice/);
  });
});
