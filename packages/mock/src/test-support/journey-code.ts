import { expect, it } from 'vitest';
import type { Harness } from './harness';
import { csrfOf, EMAIL, type JourneyContext, type Json, messageIds, nodeOf } from './journey-context';

const CODE = { methods: { code: true } };

/** What a test reads off a flow: `name` (and `value` for buttons) of every node, in order. */
const namesOf = (flow: Json) =>
  flow.ui.nodes.map((n: Json) =>
    n.attributes.type === 'submit' ? `${n.attributes.name}=${n.attributes.value}` : n.attributes.name,
  );

/** Passwordless login and registration by one-time code, the code read from the courier outbox. */
export function codeJourneys(ctx: JourneyContext): void {
  const { harness, init, submit, register, whoami, lastMessage, logout } = ctx;

  const sendLoginCode = async (h: Harness, identifier = EMAIL) => {
    const flow = await init(h, 'login');
    return submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), identifier });
  };

  it('should sign in with the code the courier sent, as a 400 "code sent" step first', async () => {
    const h = await harness(CODE);
    await register(h);
    await logout(h);
    const flow = await init(h, 'login');
    expect(namesOf(flow)).toEqual(['csrf_token', 'identifier', 'method=code', 'password', 'method=password']);
    expect(nodeOf(flow, 'identifier')?.meta.label).toMatchObject({ id: 1070002, text: 'E-Mail' });

    const sent = await submit(h, flow, {
      method: 'code',
      csrf_token: csrfOf(flow),
      identifier: 'ADA@example.com',
    });
    expect(sent.status).toBe(400);
    const codeForm = (await sent.json()) as Json;
    expect(codeForm).toMatchObject({ id: flow.id, state: 'sent_email', active: 'code' });
    expect(codeForm.ui.messages.map((m: Json) => m.id)).toEqual([1010014]);
    expect(namesOf(codeForm)).toEqual([
      'identifier',
      'method',
      'code',
      'method=code',
      'resend=code',
      'csrf_token',
    ]);
    expect(nodeOf(codeForm, 'identifier')?.attributes).toMatchObject({ type: 'hidden', value: EMAIL });
    expect(nodeOf(codeForm, 'code')).toMatchObject({
      group: 'code',
      attributes: { type: 'text', required: true, autocomplete: 'one-time-code' },
      meta: { label: { id: 1070013, text: 'Login code' } },
    });

    const message = await lastMessage(h);
    expect(message).toMatchObject({ template_type: 'login_code_valid', to: EMAIL });
    expect(message.code).toMatch(/^\d{6}$/);
    const ok = await submit(h, codeForm, {
      method: 'code',
      csrf_token: csrfOf(codeForm),
      identifier: EMAIL,
      code: message.code,
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as Json;
    expect(body.session.authentication_methods).toEqual([
      { method: 'code', aal: 'aal1', completed_at: expect.any(String) },
    ]);
    const me = (await (await whoami(h)).json()) as Json;
    expect(me.identity.traits.email).toBe(EMAIL);
    // The code proved the address: Kratos marks it verified.
    expect(me.identity.verifiable_addresses[0]).toMatchObject({ verified: true, status: 'completed' });
  });

  it('should refuse a wrong code with 4010008 and make a resent code replace the old one', async () => {
    const h = await harness(CODE);
    await register(h);
    await logout(h);
    const codeForm = (await (await sendLoginCode(h)).json()) as Json;
    const first = (await lastMessage(h)).code;
    const wrong = await submit(h, codeForm, {
      method: 'code',
      csrf_token: csrfOf(codeForm),
      code: '000000',
      identifier: EMAIL,
    });
    expect(wrong.status).toBe(400);
    const refused = (await wrong.json()) as Json;
    expect(refused.state).toBe('sent_email');
    expect(messageIds(refused)).toEqual([4010008]);

    const resent = await submit(h, refused, {
      method: 'code',
      resend: 'code',
      csrf_token: csrfOf(refused),
      identifier: EMAIL,
    });
    expect(resent.status).toBe(400);
    const again = (await resent.json()) as Json;
    expect(again.ui.messages.map((m: Json) => m.id)).toEqual([1010014]);
    const second = (await lastMessage(h)).code;
    const old = await submit(h, again, {
      method: 'code',
      csrf_token: csrfOf(again),
      code: first,
      identifier: EMAIL,
    });
    if (first !== second) expect(messageIds((await old.json()) as Json)).toEqual([4010008]);
    const fresh = await submit(h, again, {
      method: 'code',
      csrf_token: csrfOf(again),
      code: second,
      identifier: EMAIL,
    });
    expect(fresh.status).toBe(200);
  });

  it('should answer an address nobody registered with 4000035 and keep what was typed', async () => {
    const h = await harness(CODE);
    const response = await sendLoginCode(h, 'nobody@example.com');
    expect(response.status).toBe(400);
    const flow = (await response.json()) as Json;
    expect(flow.state).toBe('choose_method');
    expect(messageIds(flow)).toEqual([4000035]);
    expect(nodeOf(flow, 'identifier')?.attributes).toMatchObject({
      type: 'text',
      value: 'nobody@example.com',
    });
  });

  it('should register with a code: traits kept hidden, wrong codes refused, the address verified', async () => {
    const h = await harness(CODE);
    const flow = await init(h, 'registration');
    expect(namesOf(flow)).toContain('method=code');
    const traits = { email: 'grace@example.com', name: { first: 'Grace', last: '' } };
    const sent = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), traits });
    expect(sent.status).toBe(400);
    const codeForm = (await sent.json()) as Json;
    expect(codeForm).toMatchObject({
      state: 'sent_email',
      active: 'code',
      ui: { messages: [{ id: 1040005 }] },
    });
    expect(namesOf(codeForm)).toEqual([
      'csrf_token',
      'traits.email',
      'traits.name.first',
      'traits.name.last',
      'method',
      'code',
      'method=code',
      'resend=code',
    ]);
    expect(nodeOf(codeForm, 'traits.email')?.attributes).toMatchObject({
      type: 'hidden',
      value: traits.email,
    });
    expect(nodeOf(codeForm, 'code')?.meta.label).toMatchObject({ id: 1070012, text: 'Registration code' });

    const message = await lastMessage(h, traits.email);
    expect(message).toMatchObject({ template_type: 'registration_code_valid' });
    const wrong = await submit(h, codeForm, {
      method: 'code',
      csrf_token: csrfOf(codeForm),
      traits,
      code: '000000',
    });
    expect(messageIds((await wrong.json()) as Json)).toEqual([4040003]);
    const changed = await submit(h, codeForm, {
      method: 'code',
      csrf_token: csrfOf(codeForm),
      traits: { ...traits, email: 'mallory@example.com' },
      code: message.code,
    });
    expect(messageIds((await changed.json()) as Json)).toEqual([4000036]);

    const ok = await submit(h, codeForm, {
      method: 'code',
      csrf_token: csrfOf(codeForm),
      traits,
      code: message.code,
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as Json;
    expect(body.identity.verifiable_addresses[0]).toMatchObject({ value: traits.email, verified: true });
    expect(body.session.authentication_methods[0].method).toBe('code');
    // A verified address needs no verification flow.
    expect(body.continue_with.map((c: Json) => c.action)).toEqual(['redirect_browser_to']);
    expect((await whoami(h)).status).toBe(200);
  });

  it('should re-authenticate a refresh login by a code sent to the address button', async () => {
    const h = await harness(CODE);
    await register(h);
    const flow = await init(h, 'login', '?refresh=true');
    expect(nodeOf(flow, 'address')).toMatchObject({
      group: 'code',
      attributes: { type: 'submit', value: EMAIL },
      meta: { label: { id: 1010023, context: { address: EMAIL, channel: 'email' } } },
    });
    // The address button posts no `method`: Kratos' code strategy claims it on a refresh flow.
    const sent = await submit(h, flow, { address: EMAIL, csrf_token: csrfOf(flow) });
    expect(sent.status).toBe(400);
    const codeForm = (await sent.json()) as Json;
    const code = (await lastMessage(h)).code;
    const ok = await submit(h, codeForm, {
      method: 'code',
      csrf_token: csrfOf(codeForm),
      identifier: EMAIL,
      code,
    });
    expect(ok.status).toBe(200);
    const methods = ((await ok.json()) as Json).session.authentication_methods.map((m: Json) => m.method);
    expect(methods).toEqual(['password', 'code']);
  });

  it('should answer form posts with a 303 to the UI and leave password-only projects without code', async () => {
    const h = await harness(CODE);
    await register(h);
    await logout(h);
    const flow = await init(h, 'login');
    const form = await h.browser(flow.ui.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ method: 'code', csrf_token: csrfOf(flow), identifier: EMAIL }),
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`http://localhost:5173/login?flow=${flow.id}`);

    const plain = await harness();
    const login = await init(plain, 'login');
    expect(namesOf(login)).not.toContain('method=code');
    const refused = await submit(plain, login, {
      method: 'code',
      csrf_token: csrfOf(login),
      identifier: EMAIL,
    });
    expect(messageIds((await refused.json()) as Json)).toEqual([4010002]);
  });
}
