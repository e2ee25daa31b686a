import { createOryClient, type Flow, type OryClient } from '@headless-ory/core/client';
import { createMockFetch, type RecordedExchange, setMockRecorder } from '@headless-ory/mock';
import { afterAll, describe, expect, it } from 'vitest';
import { exchangesDir } from '../setup/record-paths';
import { reportCount } from '../support/report-count';
import { readRecordings, type SourcedExchange } from './support/recorded-exchanges';

// Kratos' CSRF rule seen from the wire (NOTES.md §1 "Cookies"): every browser submit carries `csrf_token` (body, or
// the X-CSRF-Token header) and no native one does, since API flows have no CSRF cookie to check it against.
// Judged over what the library sent in the other runs (reports/exchanges: the jsdom suites and the Playwright
// journeys, each request recorded with its body keys and credential headers) plus flows driven here with the
// library's own client, so it never passes empty. The mock's own suites (mock-*.jsonl) are left out: they post
// without a token on purpose, to test the mock's CSRF check.

const submitPath = /^\/self-service\/(login|registration|settings|recovery|verification)$/;
const PASSWORD = 'correct horse battery staple';

interface Judged {
  exchange: SourcedExchange;
  kind: 'browser' | 'native';
  carriesToken: boolean;
}

/** Drives login, registration, settings, recovery and verification with the library's client (browser and native). */
async function driveWithLibrary(): Promise<SourcedExchange[]> {
  const recorded: SourcedExchange[] = [];
  setMockRecorder((exchange) => recorded.push({ ...exchange, source: 'driven' }));
  try {
    for (const kind of ['browser', 'native'] as const) {
      const mockFetch = createMockFetch({
        publicUrl: 'http://localhost:4433',
        uiUrl: 'http://localhost:5173',
      });
      let token: string | undefined;
      const client = createOryClient({
        baseUrl: 'http://localhost:4433',
        kind,
        fetch: mockFetch,
        sessionToken: () => token,
      });
      const email = `csrf-${kind}@example.com`;
      const submit = async (api: OryClient['login'], body: Record<string, unknown>) => {
        const created = await api.create();
        if (created.kind !== 'flow') throw new Error(`no ${kind} flow: ${created.kind}`);
        return api.submit(created.flow as Flow, body);
      };
      await submit(client.registration, { method: 'password', password: PASSWORD, traits: { email } });
      // Signed in by registration: a fresh browser (no cookies) recovers, verifies, then signs in again.
      mockFetch.clearCookies();
      await submit(client.recovery, { method: 'code', email });
      await submit(client.verification, { method: 'code', email });
      const login = await submit(client.login, { method: 'password', identifier: email, password: PASSWORD });
      if (login.kind === 'success') token = login.sessionToken;
      await submit(client.settings, { method: 'profile', traits: { email, name: { first: 'Ada' } } });
    }
  } finally {
    setMockRecorder(undefined);
  }
  return recorded;
}

/** Browser or native, from the flow's own `type` as Kratos answered it anywhere in the same recording. */
function judge(exchanges: SourcedExchange[]): {
  judged: Judged[];
  unknown: SourcedExchange[];
  unrecorded: SourcedExchange[];
} {
  const typeById = new Map<string, 'browser' | 'api'>();
  for (const { body } of exchanges) {
    const flow = body as { id?: unknown; type?: unknown; ui?: unknown } | null;
    if (flow && typeof flow.id === 'string' && (flow.type === 'browser' || flow.type === 'api') && flow.ui)
      typeById.set(flow.id, flow.type);
  }
  const judged: Judged[] = [];
  const unknown: SourcedExchange[] = [];
  const unrecorded: SourcedExchange[] = [];
  for (const exchange of exchanges) {
    if (exchange.method !== 'POST' || !submitPath.test(exchange.path)) continue;
    if (!exchange.request) {
      unrecorded.push(exchange);
      continue;
    }
    const type = typeById.get(new URL(exchange.url).searchParams.get('flow') ?? '');
    if (!type) {
      unknown.push(exchange);
      continue;
    }
    const { bodyKeys, headers } = exchange.request;
    judged.push({
      exchange,
      kind: type === 'browser' ? 'browser' : 'native',
      carriesToken: bodyKeys.includes('csrf_token') || headers.includes('x-csrf-token'),
    });
  }
  return { judged, unknown, unrecorded };
}

const recordings = readRecordings(exchangesDir);
const librarySent = recordings.exchanges.filter((exchange) => !exchange.source.startsWith('mock-'));
const driven = await driveWithLibrary();
const { judged, unknown, unrecorded } = judge([...librarySent, ...driven]);
const browser = judged.filter((entry) => entry.kind === 'browser');
const native = judged.filter((entry) => entry.kind === 'native');
const line = (exchange: RecordedExchange & { source: string }) =>
  `${exchange.method} ${exchange.url} → ${exchange.status} (${exchange.source}) sent ${JSON.stringify(exchange.request)}`;

describe('CSRF tokens on the wire', () => {
  afterAll(() => {
    const browserWith = browser.filter((entry) => entry.carriesToken).length;
    const nativeWithout = native.filter((entry) => !entry.carriesToken).length;
    reportCount(
      'csrf',
      'browser submits with a CSRF token (recorded)',
      `${browserWith} of ${browser.length}; native submits without: ${nativeWithout} of ${native.length}`,
    );
    const bySource = new Map<string, number>();
    for (const { exchange } of judged)
      bySource.set(exchange.source, (bySource.get(exchange.source) ?? 0) + 1);
    console.log(
      `[csrf] submits judged by source: ${[...bySource].map(([source, n]) => `${source} ${n}`).join(', ')}; ` +
        `flow type unknown (its flow was not recorded): ${unknown.length}`,
    );
  });

  it('should have browser and native submits to judge', () => {
    expect(browser.length).toBeGreaterThan(0);
    expect(native.length).toBeGreaterThan(0);
  });

  it('should have the request shape of every recorded submit (re-run the recording suites if not)', () => {
    expect(unrecorded.map(line)).toEqual([]);
  });

  it('should send csrf_token with every browser submit', () => {
    expect(browser.filter((entry) => !entry.carriesToken).map((entry) => line(entry.exchange))).toEqual([]);
  });

  it('should never send csrf_token with a native submit', () => {
    expect(native.filter((entry) => entry.carriesToken).map((entry) => line(entry.exchange))).toEqual([]);
  });
});
