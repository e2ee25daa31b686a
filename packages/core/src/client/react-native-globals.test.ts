// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errors, FLOW_ID, flow, KRATOS, successes, TOKEN } from './__fixtures__/kratos-responses';
import { stubFetch } from './__fixtures__/stub-fetch';
import {
  createOryClient,
  logout,
  mapKratosUrlToRoute,
  nextStepFromContinueWith,
  restartParams,
  safeUrl,
} from './index';

/** React Native's URL polyfill: constructing works for some inputs, but most members throw. */
class NotImplemented {
  constructor() {
    throw new Error('not implemented');
  }
}

describe('the client where URL and URLSearchParams are not usable (React Native)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should create, submit, restart and map URLs without them', async () => {
    const { fetch, requests } = stubFetch((request) => {
      if (request.method === 'DELETE') return { status: 204 };
      if (request.method === 'POST') return { status: 200, body: successes.nativeLogin };
      return { status: 200, body: flow('login', {}, 'api') };
    });
    const client = createOryClient({ baseUrl: KRATOS, kind: 'native', fetch });
    vi.stubGlobal('URL', NotImplemented);
    vi.stubGlobal('URLSearchParams', NotImplemented);

    const created = await client.login.create({ returnTo: 'app://done', aal: 'aal2' });
    expect(created.kind).toBe('flow');
    const fetched = await client.login.get(FLOW_ID);
    expect(fetched.kind).toBe('flow');
    const submitted = await client.login.submit(flow('login', {}, 'api'), {
      identifier: 'ada',
      password: 'pw',
    });
    expect(submitted).toMatchObject({ kind: 'success', sessionToken: TOKEN });
    expect(
      restartParams(flow('login', { request_url: `${KRATOS}/self-service/login/api?return_to=x` }, 'api')),
    ).toEqual({
      returnTo: 'x',
    });
    expect(mapKratosUrlToRoute(`${KRATOS}/self-service/login/browser?aal=aal2`, { baseUrl: KRATOS })).toBe(
      '/login?aal=aal2',
    );
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(await logout(client, TOKEN)).toEqual({ kind: 'done', status: 204 });

    vi.unstubAllGlobals();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/self-service/login/api',
      '/self-service/login/flows',
      '/self-service/login',
      '/self-service/logout/api',
    ]);
    expect(new URL(requests[0]?.url ?? '').search).toBe('?aal=aal2&return_to=app%3A%2F%2Fdone');
  });

  it('should classify errors without them', async () => {
    const { fetch } = stubFetch(() => ({ status: 410, body: errors.expired }));
    const client = createOryClient({ baseUrl: KRATOS, fetch });
    vi.stubGlobal('URL', NotImplemented);
    expect(await client.registration.submit(flow('registration'), new FormData())).toMatchObject({
      kind: 'restart',
      reason: 'expired',
    });
  });

  it('should read continue_with without Object.hasOwn (older Hermes engines)', () => {
    const original = Object.hasOwn;
    // biome-ignore lint/suspicious/noExplicitAny: removing an ES2022 builtin, as an old engine lacks it
    delete (Object as any).hasOwn;
    let step: ReturnType<typeof nextStepFromContinueWith>;
    try {
      step = nextStepFromContinueWith([
        { action: 'show_verification_ui', flow: { id: FLOW_ID, verifiable_address: 'ada@example.com' } },
      ]);
    } finally {
      // Back before asserting: the test runner itself uses it.
      Object.hasOwn = original;
    }
    expect(step).toMatchObject({ kind: 'flow-ui', flowType: 'verification', flowId: FLOW_ID });
  });
});
