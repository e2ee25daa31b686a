import { afterEach, expect } from 'vitest';
import type { MockOptions } from '../options';
import type { Harness, StartHarness } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: response bodies read loosely in tests
export type Json = Record<string, any>;

export const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };
export const EMAIL = 'ada@example.com';
export const PASSWORD = 'correct horse battery staple';
export const NEW_PASSWORD = 'a brand new passphrase for ada';

export type FlowName = 'login' | 'registration' | 'settings' | 'recovery' | 'verification';

export function csrfOf(flow: Json): string {
  return flow.ui.nodes.find((n: Json) => n.attributes.name === 'csrf_token')?.attributes.value;
}

export function nodeOf(flow: Json, name: string): Json | undefined {
  return flow.ui.nodes.find((n: Json) => n.attributes.name === name);
}

export function messageIds(flow: Json): number[] {
  return [...(flow.ui.messages ?? []), ...flow.ui.nodes.flatMap((n: Json) => n.messages)].map(
    (m: Json) => m.id,
  );
}

/** Harnesses opened by a test (closed after it) and the requests every journey makes. */
export function journeyContext(start: StartHarness) {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.close()));
  });
  const harness = async (options?: MockOptions) => {
    const h = await start(options);
    open.push(h);
    return h;
  };
  const init = async (h: Harness, flow: FlowName, query = '') => {
    const response = await h.browser(`${h.url}/self-service/${flow}/browser${query}`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };
  const getFlow = (h: Harness, flow: FlowName, id: string) =>
    h.browser(`${h.url}/self-service/${flow}/flows?id=${id}`, { headers: { Accept: 'application/json' } });
  /** The courier outbox (for one recipient), read like a test would over HTTP. */
  const outbox = async (h: Harness, to?: string): Promise<Json[]> => {
    const query = to ? `?to=${encodeURIComponent(to)}` : '';
    return (await (await h.native(`${h.url}/__mock/courier${query}`)).json()) as Json[];
  };
  const lastMessage = async (h: Harness, to = EMAIL): Promise<Json> => {
    const messages = await outbox(h, to);
    expect(messages.length).toBeGreaterThan(0);
    return messages[messages.length - 1] as Json;
  };
  const logout = async (h: Harness) => {
    const flow = await h.browser(`${h.url}/self-service/logout/browser`, {
      headers: { Accept: 'application/json' },
    });
    const { logout_url: url } = (await flow.json()) as Json;
    expect((await h.browser(url, { headers: { Accept: 'application/json' } })).status).toBe(204);
  };
  const login = async (h: Harness, password = PASSWORD, query = '', identifier = EMAIL) => {
    const flow = await init(h, 'login', query);
    return submit(h, flow, { method: 'password', csrf_token: csrfOf(flow), identifier, password });
  };
  const submit = (h: Harness, flow: Json, body: Json, fetcher = h.browser) =>
    fetcher(flow.ui.action, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  const register = async (h: Harness, email = EMAIL) => {
    const flow = await init(h, 'registration');
    return submit(h, flow, {
      method: 'password',
      csrf_token: csrfOf(flow),
      password: PASSWORD,
      traits: { email },
    });
  };
  const whoami = (h: Harness) =>
    h.browser(`${h.url}/sessions/whoami`, { headers: { Accept: 'application/json' } });
  return { harness, init, getFlow, submit, register, whoami, outbox, lastMessage, logout, login };
}

export type JourneyContext = ReturnType<typeof journeyContext>;
