import { expect, it } from 'vitest';
import { UI_URL } from './harness';
import { csrfOf, type JourneyContext, type Json, messageIds, nodeOf } from './journey-context';
import { byId, SECOND_FACTORS, secondFactorSteps } from './second-factor-support';

const names = (flow: Json, group: string) =>
  flow.ui.nodes.filter((n: Json) => n.group === group).map((n: Json) => n.attributes.name ?? n.attributes.id);

/** Backup codes: generate, confirm, use once at the aal2 login, reveal with the used ones, disable. */
export function lookupJourneys(ctx: JourneyContext): void {
  const { harness, init, submit, register, whoami, logout, login } = ctx;
  const { enrolLookup, stepUp } = secondFactorSteps(ctx);

  it('should generate 12 codes to confirm, and keep them only once confirmed', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const flow = await init(h, 'settings');
    expect(names(flow, 'lookup_secret')).toEqual(['lookup_secret_regenerate']);
    const generated = await submit(h, flow, { csrf_token: csrfOf(flow), lookup_secret_regenerate: true });
    // Not a change yet: the same flow comes back (200), still in show_form.
    expect(generated.status).toBe(200);
    const shown = (await generated.json()) as Json;
    expect(shown.state).toBe('show_form');
    expect(names(shown, 'lookup_secret')).toEqual(['lookup_secret_codes', 'lookup_secret_confirm']);
    const list = byId(shown, 'lookup_secret_codes')?.attributes.text;
    expect(list.id).toBe(1050015);
    expect(list.context.secrets).toHaveLength(12);
    for (const secret of list.context.secrets) {
      expect(secret).toMatchObject({ id: 1050009, type: 'info' });
      expect(secret.context.secret).toMatch(/^[a-z0-9]{8}$/);
    }
    expect(list.text).toBe(list.context.secrets.map((s: Json) => s.text).join(', '));
    expect(nodeOf(shown, 'lookup_secret_confirm')?.meta.label.id).toBe(1050011);

    const saved = await submit(h, shown, { csrf_token: csrfOf(shown), lookup_secret_confirm: true });
    const body = (await saved.json()) as Json;
    expect(body.ui.messages.map((m: Json) => m.id)).toEqual([1050001]);
    expect(names(body, 'lookup_secret')).toEqual(['lookup_secret_reveal', 'lookup_secret_disable']);
    expect(((await (await whoami(h)).json()) as Json).authenticator_assurance_level).toBe('aal2');
  });

  it('should refuse to confirm codes that were never generated', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const flow = await init(h, 'settings');
    const confirmed = await submit(h, flow, { csrf_token: csrfOf(flow), lookup_secret_confirm: true });
    expect(confirmed.status).toBe(400);
    const body = (await confirmed.json()) as Json;
    expect(body.ui.messages).toEqual([
      {
        id: 4000001,
        text: 'You must (re-)generate recovery backup codes before you can save them.',
        type: 'error',
        context: { reason: 'You must (re-)generate recovery backup codes before you can save them.' },
      },
    ]);
  });

  it('should accept a backup code once as second factor, and show it as used', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const codes = await enrolLookup(h);
    await logout(h);
    expect((await login(h)).status).toBe(422);
    const first = await stepUp(h, { method: 'lookup_secret', lookup_secret: codes[0] });
    expect(nodeOf(first.flow, 'lookup_secret')?.meta.label.id).toBe(1010007);
    expect(nodeOf(first.flow, 'method')?.meta.label).toMatchObject({
      id: 1010010,
      text: 'Use backup recovery code',
    });
    expect(first.response.status).toBe(200);
    expect(first.body.session.authentication_methods.map((m: Json) => m.method)).toEqual([
      'password',
      'lookup_secret',
    ]);

    await logout(h);
    await login(h);
    const reused = await stepUp(h, { method: 'lookup_secret', lookup_secret: codes[0] });
    expect(reused.response.status).toBe(400);
    expect(reused.body.ui.messages.map((m: Json) => m.id)).toEqual([4000012]);
    const unknown = await submit(h, reused.body, {
      method: 'lookup_secret',
      csrf_token: csrfOf(reused.body),
      lookup_secret: 'notacode',
    });
    expect(messageIds((await unknown.json()) as Json)).toEqual([4000016]);
    const next = await submit(h, reused.body, {
      method: 'lookup_secret',
      csrf_token: csrfOf(reused.body),
      lookup_secret: codes[1],
    });
    expect(next.status).toBe(200);

    const settings = await init(h, 'settings');
    const revealed = await submit(h, settings, { csrf_token: csrfOf(settings), lookup_secret_reveal: true });
    const body = (await revealed.json()) as Json;
    expect(names(body, 'lookup_secret')).toEqual([
      'lookup_secret_codes',
      'lookup_secret_disable',
      'lookup_secret_regenerate',
    ]);
    const list = byId(body, 'lookup_secret_codes')?.attributes.text;
    expect(list.context.secrets.map((s: Json) => s.id)).toEqual([
      1050014,
      1050014,
      ...Array(10).fill(1050009),
    ]);
    const used = list.context.secrets[0];
    expect(used.text).toMatch(/^Secret was used at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC$/);
    expect(used.context.used_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(used.context.used_at_unix).toBe(Date.parse(used.context.used_at) / 1000);
    expect(list.text.startsWith(`used, used, ${codes[2]}`)).toBe(true);
  });

  it('should disable backup codes, after which a password login is enough again', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    await enrolLookup(h);
    const flow = await init(h, 'settings');
    const disabled = await submit(h, flow, { csrf_token: csrfOf(flow), lookup_secret_disable: true });
    const body = (await disabled.json()) as Json;
    expect(body.state).toBe('success');
    expect(names(body, 'lookup_secret')).toEqual(['lookup_secret_regenerate']);
    await logout(h);
    expect((await login(h)).status).toBe(200);
  });

  it('should send a browser form post back to the settings UI after generating codes', async () => {
    const h = await harness(SECOND_FACTORS);
    await register(h);
    const flow = await init(h, 'settings');
    const form = await h.browser(flow.ui.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf_token: csrfOf(flow), lookup_secret_regenerate: 'true' }).toString(),
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`${UI_URL}/settings?flow=${flow.id}`);
    const shown = (await (
      await h.browser(`${h.url}/self-service/settings/flows?id=${flow.id}`, {
        headers: { Accept: 'application/json' },
      })
    ).json()) as Json;
    expect(names(shown, 'lookup_secret')).toEqual(['lookup_secret_codes', 'lookup_secret_confirm']);
  });
}
