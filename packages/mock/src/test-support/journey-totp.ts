import { expect, it } from 'vitest';
import { csrfOf, type JourneyContext, type Json, messageIds, nodeOf } from './journey-context';
import {
  byId,
  SECOND_FACTORS,
  secondFactorSteps,
  secretOf,
  totpCode,
  wrongTotpCode,
} from './second-factor-support';

const methodsOf = (session: Json) => session.authentication_methods.map((m: Json) => [m.method, m.aal]);

/** TOTP: pairing in settings, the aal2 step-up at login, wrong codes, unlinking. */
export function totpJourneys(ctx: JourneyContext): void {
  const { harness, init, submit, register, whoami, logout, login } = ctx;
  const { enrolTotp, stepUp } = secondFactorSteps(ctx);

  it('should offer an authenticator QR, its secret and a code field in settings', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const flow = await init(h, 'settings');
    const totp = flow.ui.nodes.filter((n: Json) => n.group === 'totp');
    expect(totp.map((n: Json) => [n.type, n.attributes.name ?? n.attributes.id, n.meta.label?.id])).toEqual([
      ['img', 'totp_qr', 1050005],
      ['text', 'totp_secret_key', 1050017],
      ['input', 'totp_code', 1070006],
      ['input', 'method', 1070003],
    ]);
    expect(byId(flow, 'totp_qr')?.attributes).toMatchObject({ width: 256, height: 256 });
    expect(byId(flow, 'totp_qr')?.attributes.src).toMatch(/^data:image\/png;base64,/);
    const secret = secretOf(flow);
    expect(byId(flow, 'totp_secret_key')?.attributes.text).toEqual({
      id: 1050006,
      text: secret,
      type: 'info',
      context: { secret },
    });
  });

  it('should pair TOTP, then ask a password login for the code before whoami answers', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const secret = await enrolTotp(h);
    // Pairing proves the factor: the session itself is aal2 now.
    const enrolled = (await (await whoami(h)).json()) as Json;
    expect(enrolled.authenticator_assurance_level).toBe('aal2');
    expect(methodsOf(enrolled)).toEqual([
      ['password', 'aal1'],
      ['totp', 'aal2'],
    ]);
    const settings = await init(h, 'settings');
    expect(nodeOf(settings, 'totp_unlink')?.meta.label.id).toBe(1050004);
    expect(byId(settings, 'totp_qr')).toBeUndefined();

    await logout(h);
    const first = await login(h);
    // A browser SPA is sent to the aal2 login; the cookie (aal1) is set already.
    expect(first.status).toBe(422);
    const change = (await first.json()) as Json;
    expect(change.error.id).toBe('browser_location_change_required');
    expect(change.redirect_browser_to).toBe(`${h.url}/self-service/login/browser?aal=aal2`);
    const refused = await whoami(h);
    expect(refused.status).toBe(403);
    const aalError = (await refused.json()) as Json;
    expect(aalError.error).toMatchObject({
      id: 'session_aal2_required',
      code: 403,
      details: { redirect_browser_to: `${h.url}/self-service/login/browser?aal=aal2` },
    });
    expect(aalError.redirect_browser_to).toBe(`${h.url}/self-service/login/browser?aal=aal2`);

    const aal2 = await init(h, 'login', '?aal=aal2');
    expect(aal2.requested_aal).toBe('aal2');
    expect(aal2.ui.messages.map((m: Json) => m.id)).toEqual([1010004]);
    expect(nodeOf(aal2, 'totp_code')?.meta.label).toEqual({
      id: 1010006,
      text: 'Authentication code',
      type: 'info',
    });
    expect(nodeOf(aal2, 'method')?.attributes.value).toBe('totp');
    expect(nodeOf(aal2, 'password')).toBeUndefined();
    const ok = await submit(h, aal2, {
      method: 'totp',
      csrf_token: csrfOf(aal2),
      totp_code: totpCode(secret),
    });
    expect(ok.status).toBe(200);
    const session = ((await ok.json()) as Json).session;
    expect(session.authenticator_assurance_level).toBe('aal2');
    expect(methodsOf(session)).toEqual([
      ['password', 'aal1'],
      ['totp', 'aal2'],
    ]);
    const upgraded = await whoami(h);
    expect(upgraded.status).toBe(200);
    expect(((await upgraded.json()) as Json).id).toBe(session.id);
  });

  it('should answer a wrong or short TOTP code with the flow and its messages', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const secret = await enrolTotp(h);
    await logout(h);
    await login(h);
    const wrong = await stepUp(h, { method: 'totp', totp_code: wrongTotpCode(secret) });
    expect(wrong.response.status).toBe(400);
    expect(wrong.body.ui.messages.map((m: Json) => [m.id, m.type])).toEqual([[4000008, 'error']]);
    expect(nodeOf(wrong.body, 'totp_code')?.attributes.value).toBeUndefined();
    const short = await submit(h, wrong.body, {
      method: 'totp',
      csrf_token: csrfOf(wrong.body),
      totp_code: '12',
    });
    expect(short.status).toBe(400);
    expect(messageIds((await short.json()) as Json)).toEqual([4000003]);
    expect(((await (await whoami(h)).json()) as Json).error.id).toBe('session_aal2_required');
  });

  it('should reject a wrong code while pairing, on the code field', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const flow = await init(h, 'settings');
    const wrong = await submit(h, flow, {
      method: 'totp',
      csrf_token: csrfOf(flow),
      totp_code: wrongTotpCode(secretOf(flow)),
    });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as Json;
    expect(nodeOf(body, 'totp_code')?.messages.map((m: Json) => m.id)).toEqual([4000008]);
    // The same key stays on offer, so the person can type the next code.
    expect(secretOf(body)).toBe(secretOf(flow));
    const missing = await submit(h, body, { method: 'totp', csrf_token: csrfOf(body) });
    expect(messageIds((await missing.json()) as Json)).toEqual([4000002]);
    const ok = await submit(h, body, {
      method: 'totp',
      csrf_token: csrfOf(body),
      totp_code: totpCode(secretOf(flow)),
    });
    expect(ok.status).toBe(200);
  });

  it('should unlink TOTP, after which a password login is enough again', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    await enrolTotp(h);
    const flow = await init(h, 'settings');
    const unlinked = await submit(h, flow, { csrf_token: csrfOf(flow), totp_unlink: true });
    expect(unlinked.status).toBe(200);
    const body = (await unlinked.json()) as Json;
    expect(body.state).toBe('success');
    expect(nodeOf(body, 'totp_unlink')).toBeUndefined();
    expect(byId(body, 'totp_qr')).toBeDefined();
    await logout(h);
    const again = await login(h);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).session.authenticator_assurance_level).toBe('aal1');
  });

  it('should leave TOTP out of settings and login while the method is off', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'settings');
    expect(flow.ui.nodes.filter((n: Json) => ['totp', 'lookup_secret'].includes(n.group))).toEqual([]);
    const unlinked = await submit(h, flow, { csrf_token: csrfOf(flow), totp_unlink: true });
    expect(messageIds((await unlinked.json()) as Json)).toEqual([4010004]);
  });
}
