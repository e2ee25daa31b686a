import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import type { MockOptions } from '../options';
import type { Harness } from './harness';
import { csrfOf, type JourneyContext, type Json } from './journey-context';

/** The second factors on, as a project enabling them in its Kratos config would. */
export const SECOND_FACTORS: MockOptions = { methods: { totp: true, lookup_secret: true } };

/** A text or img node by its `id` (nodeOf finds inputs by `name`). */
export function byId(flow: Json, id: string): Json | undefined {
  return flow.ui.nodes.find((n: Json) => n.attributes.id === id);
}

/** What an authenticator app shows for the secret, now (or at `timestamp`). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });
}

/** A 6-digit code that no step within the accepted clock skew produces. */
export function wrongTotpCode(secret: string): string {
  const accepted = [-30_000, 0, 30_000].map((skew) => totpCode(secret, Date.now() + skew));
  let code = 123456;
  while (accepted.includes(String(code).padStart(6, '0'))) code += 1;
  return String(code).padStart(6, '0');
}

/** The secret of the `totp_secret_key` text node, as a person would type it into an app. */
export function secretOf(flow: Json): string {
  const secret = byId(flow, 'totp_secret_key')?.attributes.text.context.secret;
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  return secret as string;
}

/** Settings journeys of the second factors: pair TOTP, save lookup codes, step a session up. */
export function secondFactorSteps(ctx: JourneyContext) {
  const { init, submit } = ctx;

  /** Pairs an authenticator in a fresh settings flow; returns the secret. */
  const enrolTotp = async (h: Harness): Promise<string> => {
    const flow = await init(h, 'settings');
    const secret = secretOf(flow);
    const saved = await submit(h, flow, {
      method: 'totp',
      csrf_token: csrfOf(flow),
      totp_code: totpCode(secret),
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Json).state).toBe('success');
    return secret;
  };

  /** Generates and confirms 12 backup codes; returns them. */
  const enrolLookup = async (h: Harness): Promise<string[]> => {
    const flow = await init(h, 'settings');
    const generated = await submit(h, flow, { csrf_token: csrfOf(flow), lookup_secret_regenerate: true });
    expect(generated.status).toBe(200);
    const shown = (await generated.json()) as Json;
    const codes = (byId(shown, 'lookup_secret_codes')?.attributes.text.context.secrets ?? []).map(
      (s: Json) => s.context.secret as string,
    );
    expect(codes).toHaveLength(12);
    const saved = await submit(h, shown, { csrf_token: csrfOf(shown), lookup_secret_confirm: true });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Json).state).toBe('success');
    return codes;
  };

  /** An aal2 login flow for the current session, and its answer to `body`. */
  const stepUp = async (h: Harness, body: Json, query = '') => {
    const flow = await init(h, 'login', `?aal=aal2${query}`);
    const response = await submit(h, flow, { csrf_token: csrfOf(flow), ...body });
    return { flow, response, body: (await response.json()) as Json };
  };

  return { enrolTotp, enrolLookup, stepUp };
}
