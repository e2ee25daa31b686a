import { expect, it } from 'vitest';
import { UI_URL } from './harness';
import {
  csrfOf,
  EMAIL,
  type JourneyContext,
  JSON_HEADERS,
  type Json,
  messageIds,
  nodeOf,
  PASSWORD,
} from './journey-context';

/** HTTP-level behaviour: CORS, content negotiation, HTML form posts, native sessions, unknown flows. */
export function protocolJourneys({ harness, init, submit, whoami }: JourneyContext): void {
  it('should send CORS headers with credentials to the configured origin only', async () => {
    const h = await harness();
    const preflight = (origin: string) =>
      h.native(`${h.url}/self-service/login?flow=x`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-session-token',
        },
      });
    const allowed = await preflight(UI_URL);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(UI_URL);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    const other = await preflight('https://elsewhere.example');
    expect(other.status).toBe(204);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();

    const simple = await h.native(`${h.url}/sessions/whoami`, { headers: { Origin: UI_URL } });
    expect(simple.headers.get('access-control-allow-origin')).toBe(UI_URL);
    expect(simple.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('should redirect browsers that ask for HTML to the UI with ?flow=', async () => {
    const h = await harness();
    for (const flow of ['login', 'registration']) {
      const response = await h.browser(`${h.url}/self-service/${flow}/browser`, {
        headers: { Accept: 'text/html' },
      });
      expect(response.status).toBe(303);
      const location = new URL(response.headers.get('location') ?? '');
      expect(`${location.origin}${location.pathname}`).toBe(`${UI_URL}/${flow}`);
      const id = location.searchParams.get('flow');
      const fetched = await h.browser(`${h.url}/self-service/${flow}/flows?id=${id}`);
      expect(((await fetched.json()) as Json).ui.action).toBe(`${h.url}/self-service/${flow}?flow=${id}`);
    }
  });

  it('should take a plain HTML form post: 303 back to the form on errors, to return_to on success', async () => {
    const h = await harness();
    const flow = await init(h, 'registration', `?return_to=${encodeURIComponent(`${UI_URL}/welcome`)}`);
    const post = (fields: Record<string, string>) =>
      h.browser(flow.ui.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        body: new URLSearchParams(fields).toString(),
      });
    const fields = {
      csrf_token: csrfOf(flow),
      'traits.email': EMAIL,
      'traits.name.first': 'Ada',
      method: 'password',
    };
    const invalid = await post({ ...fields, password: 'short' });
    expect(invalid.status).toBe(303);
    expect(invalid.headers.get('location')).toBe(`${UI_URL}/registration?flow=${flow.id}`);
    const shown = (await (
      await h.browser(`${h.url}/self-service/registration/flows?id=${flow.id}`)
    ).json()) as Json;
    expect(messageIds(shown)).toEqual([4000032]);
    expect(nodeOf(shown, 'traits.name.first')?.attributes.value).toBe('Ada');

    const ok = await post({ ...fields, csrf_token: csrfOf(shown), password: PASSWORD });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${UI_URL}/welcome`);
    expect((await whoami(h)).status).toBe(200);
  });

  it('should serve native sessions by X-Session-Token or Bearer and revoke them', async () => {
    const h = await harness();
    const flow = (await (await h.native(`${h.url}/self-service/registration/api`)).json()) as Json;
    const created = await submit(
      h,
      flow,
      { method: 'password', password: PASSWORD, traits: { email: EMAIL } },
      h.native,
    );
    const { session_token: token } = (await created.json()) as Json;
    const byToken = await h.native(`${h.url}/sessions/whoami`, { headers: { 'X-Session-Token': token } });
    expect(byToken.status).toBe(200);
    const byBearer = await h.native(`${h.url}/sessions/whoami`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(byBearer.status).toBe(200);
    const revoke = (sessionToken: string) =>
      h.native(`${h.url}/self-service/logout/api`, {
        method: 'DELETE',
        headers: JSON_HEADERS,
        body: JSON.stringify({ session_token: sessionToken }),
      });
    expect((await revoke(token)).status).toBe(204);
    expect(
      (await h.native(`${h.url}/sessions/whoami`, { headers: { 'X-Session-Token': token } })).status,
    ).toBe(401);
    expect((await revoke('ory_st_unknown')).status).toBe(403);
  });

  it('should answer 404 for an unknown flow and 400 for a missing flow parameter', async () => {
    const h = await harness();
    const unknown = await h.browser(
      `${h.url}/self-service/login/flows?id=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as Json).error).toEqual({
      code: 404,
      status: 'Not Found',
      message: 'Unable to locate the resource',
    });
    const missing = await h.browser(`${h.url}/self-service/login`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as Json).error.reason).toBe(
      'The flow query parameter is missing or malformed.',
    );
  });
}
