import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../adapters/mock-fetch';
import { csrfOf } from '../test-support/journey-suite';
import { generateCode } from './one-time-secrets';

// biome-ignore lint/suspicious/noExplicitAny: response bodies read loosely in tests
type Json = Record<string, any>;
const BASE = 'http://localhost:4433';

async function registerBrowser(email: string) {
  const mock = createMockFetch();
  const call = (url: string, init: RequestInit = {}) =>
    mock(url.startsWith('http') ? url : `${BASE}${url}`, { credentials: 'include', ...init });
  const flow = (await (
    await call('/self-service/registration/browser', { headers: { Accept: 'application/json' } })
  ).json()) as Json;
  await call(flow.ui.action, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      csrf_token: csrfOf(flow),
      method: 'password',
      password: 'correct horse battery staple',
      traits: { email },
    }),
  });
  return { mock, call };
}

describe('courier outbox', () => {
  it('should record every message, newest last, and filter by recipient', async () => {
    const { mock, call } = await registerBrowser('ada@example.com');
    const second = createMockFetch();
    expect(second.mock.courier()).toEqual([]);
    const recovery = (await (
      await call('/self-service/recovery/api', { credentials: 'omit' })
    ).json()) as Json;
    await call(recovery.ui.action, {
      method: 'POST',
      credentials: 'omit',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'code', email: 'ada@example.com' }),
    });
    const all = (await (await call('/__mock/courier')).json()) as Json[];
    expect(all.map((m) => m.template_type)).toEqual(['verification_code_valid', 'recovery_code_valid']);
    expect(Object.keys(all[1] ?? {})).toEqual([
      'id',
      'to',
      'subject',
      'body',
      'code',
      'sent_at',
      'template_type',
    ]);
    expect(mock.mock.courier()).toEqual(all);
    expect(await (await call('/__mock/courier?to=ADA@example.com')).json()).toEqual(all);
    expect(await (await call('/__mock/courier?to=grace@example.com')).json()).toEqual([]);
  });

  it('should make six-digit codes from every digit', () => {
    const codes = Array.from({ length: 200 }, () => generateCode());
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes.join(''))).toEqual(new Set('0123456789'));
  });
});
