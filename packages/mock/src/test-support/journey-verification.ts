import { expect, it } from 'vitest';
import { UI_URL } from './harness';
import { csrfOf, EMAIL, type JourneyContext, type Json, nodeOf } from './journey-context';

/** Verification: after registration by code and by link, a flow of one's own, wrong codes, expiry. */
export function verificationJourneys(ctx: JourneyContext): void {
  const { harness, init, getFlow, submit, register, whoami, lastMessage } = ctx;

  const verifiedAddress = async (h: Parameters<typeof whoami>[0]) =>
    ((await (await whoami(h)).json()) as Json).identity.verifiable_addresses[0];

  it('should verify the address after registration with the code from the outbox', async () => {
    const h = await harness();
    const registered = (await (await register(h)).json()) as Json;
    const item = registered.continue_with.find((c: Json) => c.action === 'show_verification_ui');
    expect(item.flow).toEqual({
      id: expect.any(String),
      verifiable_address: EMAIL,
      url: `${UI_URL}/verification?flow=${item.flow.id}`,
    });
    expect(await verifiedAddress(h)).toMatchObject({ verified: false, status: 'sent' });

    const flow = (await (await getFlow(h, 'verification', item.flow.id)).json()) as Json;
    expect(flow).toMatchObject({ state: 'sent_email', ui: { messages: [{ id: 1080003 }] } });
    expect(nodeOf(flow, 'email')?.attributes).toMatchObject({ type: 'submit', value: EMAIL });
    const message = await lastMessage(h);
    expect(message).toMatchObject({ template_type: 'verification_code_valid', to: EMAIL });
    expect(message.code).toMatch(/^\d{6}$/);
    expect(message.link).toBe(`${h.url}/self-service/verification?flow=${flow.id}&code=${message.code}`);

    const wrong = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), code: '000000' });
    expect(wrong.status).toBe(200);
    expect(((await wrong.json()) as Json).ui.messages.map((m: Json) => m.id)).toEqual([4070006]);

    const ok = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), code: message.code });
    expect(ok.status).toBe(200);
    const passed = (await ok.json()) as Json;
    expect(passed.state).toBe('passed_challenge');
    expect(passed.ui).toMatchObject({
      method: 'GET',
      action: UI_URL,
      messages: [{ id: 1080002, type: 'success' }],
      nodes: [{ type: 'a', attributes: { id: 'continue', href: UI_URL, node_type: 'a' } }],
    });
    const address = await verifiedAddress(h);
    expect(address).toMatchObject({ verified: true, status: 'completed', verified_at: expect.any(String) });

    const again = await submit(h, flow, { method: 'code', code: message.code });
    expect(again.status).toBe(410);
    expect(((await again.json()) as Json).error.id).toBe('self_service_flow_replaced');
  });

  it('should send a code for a flow started by the user, resend it, and prefill it from the link', async () => {
    const h = await harness();
    await register(h);
    const flow = await init(h, 'verification');
    expect(flow.state).toBe('choose_method');
    const sent = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), email: EMAIL });
    expect(sent.status).toBe(200);
    const codeForm = (await sent.json()) as Json;
    expect(codeForm.ui.messages.map((m: Json) => m.id)).toEqual([1080003]);
    const first = await lastMessage(h);
    const resent = await submit(h, codeForm, { method: 'code', csrf_token: csrfOf(codeForm), email: EMAIL });
    expect(resent.status).toBe(200);
    const second = await lastMessage(h);
    expect(second.id).not.toBe(first.id);

    const opened = await h.browser(second.link, { headers: { Accept: 'text/html' } });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`${UI_URL}/verification?flow=${flow.id}`);
    const prefilled = (await (await getFlow(h, 'verification', flow.id)).json()) as Json;
    expect(nodeOf(prefilled, 'code')?.attributes.value).toBe(second.code);
    // The first code was replaced by the resend.
    const stale = await submit(h, prefilled, { method: 'code', code: first.code });
    expect(((await stale.json()) as Json).ui.messages[0].id).toBe(4070006);
    const ok = await submit(h, prefilled, { method: 'code', code: second.code });
    expect(((await ok.json()) as Json).state).toBe('passed_challenge');
    expect((await verifiedAddress(h)).verified).toBe(true);
  });

  it('should verify by link: the link verifies and 303s to the verification UI', async () => {
    const h = await harness({ verificationStrategy: 'link' });
    const registered = (await (await register(h)).json()) as Json;
    const item = registered.continue_with.find((c: Json) => c.action === 'show_verification_ui');
    const flow = (await (await getFlow(h, 'verification', item.flow.id)).json()) as Json;
    expect(flow).toMatchObject({ active: 'link', state: 'sent_email', ui: { messages: [{ id: 1080001 }] } });
    const message = await lastMessage(h);
    expect(message.template_type).toBe('verification_valid');
    const clicked = await h.browser(message.link);
    expect(clicked.status).toBe(303);
    expect(clicked.headers.get('location')).toBe(`${UI_URL}/verification?flow=${flow.id}`);
    const passed = (await (await getFlow(h, 'verification', flow.id)).json()) as Json;
    expect(passed).toMatchObject({ state: 'passed_challenge', ui: { messages: [{ id: 1080002 }] } });
    expect((await verifiedAddress(h)).verified).toBe(true);
  });

  it('should answer 410 without an id for an expired verification flow', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const h = await harness({ now: () => now, flowLifespan: '1m' });
    const flow = await init(h, 'verification');
    now += 2 * 60_000;
    const gone = await getFlow(h, 'verification', flow.id);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as Json).error).not.toHaveProperty('id');
    const submitted = await submit(h, flow, { method: 'code', csrf_token: csrfOf(flow), email: EMAIL });
    expect(submitted.status).toBe(303);
    const replacement = (await (await h.browser(submitted.headers.get('location') ?? '')).json()) as Json;
    expect(replacement.ui.messages.map((m: Json) => m.id)).toEqual([4070005]);
  });
}
