// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { flow, KRATOS } from './__fixtures__/kratos-responses';
import { hangingFetch, stubFetch } from './__fixtures__/stub-fetch';
import { createOryClient } from './index';

describe('createOryClient requests', () => {
  it('should end a request that takes too long as an error outcome with status 0', async () => {
    const client = createOryClient({ baseUrl: KRATOS, fetch: hangingFetch(), timeoutMs: 20 });
    const outcome = await client.login.create();
    expect(outcome.kind).toBe('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.status).toBe(0);
    expect(outcome.error.id).toBe('client_timeout');
    expect(outcome.error.message).toBe(
      'The server did not answer in time. Check your connection and try again.',
    );
  });

  it('should report a network failure with a message a user understands', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const client = createOryClient({ baseUrl: KRATOS, fetch: failing });
    const outcome = await client.registration.create();
    expect(outcome).toMatchObject({ kind: 'error', status: 0 });
    if (outcome.kind !== 'error') return;
    expect(outcome.error.message).toBe('Could not reach the server. Check your connection and try again.');
    expect(outcome.error.id).toBe('client_network_error');
    expect((outcome.error.cause as Error).message).toBe('Failed to fetch');
  });

  it('should report a cancelled request (the caller aborted) apart from a timeout', async () => {
    const client = createOryClient({ baseUrl: KRATOS, fetch: hangingFetch() });
    const controller = new AbortController();
    const pending = client.login.get('id', { signal: controller.signal });
    controller.abort();
    const outcome = await pending;
    expect(outcome.kind === 'error' && outcome.error.id).toBe('client_aborted');
    expect(outcome.kind === 'error' && outcome.error.message).toBe('The request was cancelled.');
  });

  it('should end as cancelled when the caller signal is aborted before the request', async () => {
    const { fetch: stub } = stubFetch((request) => {
      if (request.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return { status: 200, body: flow('login') };
    });
    const client = createOryClient({ baseUrl: KRATOS, fetch: stub });
    const outcome = await client.login.create(undefined, { signal: AbortSignal.abort() });
    expect(outcome.kind === 'error' && outcome.error.id).toBe('client_aborted');
  });

  it('should classify a body that is not JSON as an error, keeping the text for debugging', async () => {
    const { fetch: stub } = stubFetch(() => ({ status: 502, text: '<html>Bad Gateway</html>' }));
    const client = createOryClient({ baseUrl: KRATOS, fetch: stub });
    const outcome = await client.login.create();
    expect(outcome.kind === 'error' && outcome.error.body).toBe('<html>Bad Gateway</html>');
  });

  it('should send the configured headers without letting them replace Accept', async () => {
    const { fetch: stub, requests } = stubFetch(() => ({ status: 200, body: flow('login') }));
    const client = createOryClient({
      baseUrl: KRATOS,
      fetch: stub,
      headers: { 'X-Api-Key': 'k', accept: 'text/html' },
    });
    await client.login.create();
    expect(requests[0]?.headers.get('x-api-key')).toBe('k');
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
  });

  it('should call a custom fetch as a plain function (a browser fetch throws when called as a method)', async () => {
    let receiver: unknown = 'unset';
    const fetchRecordingThis = function (this: unknown) {
      receiver = this;
      return Promise.resolve(new Response(JSON.stringify(flow('login')), { status: 200 }));
    } as unknown as typeof fetch;
    await createOryClient({ baseUrl: KRATOS, fetch: fetchRecordingThis }).login.create();
    expect(receiver).toBeUndefined();
  });
});

describe('createOryClient config', () => {
  it('should resolve defaults and strip trailing slashes from baseUrl', () => {
    const client = createOryClient({
      baseUrl: `${KRATOS}//`,
      fetch: stubFetch(() => ({ status: 200 })).fetch,
    });
    expect(client.config.baseUrl).toBe(KRATOS);
    expect(client.config.kind).toBe('browser');
    expect(client.config.timeoutMs).toBe(30_000);
    expect(client.config.sessionToken()).toBeUndefined();
    expect(Object.isFrozen(client.config)).toBe(true);
  });

  it('should refuse a config without an absolute baseUrl', () => {
    expect(() => createOryClient({ baseUrl: '' })).toThrow('invalid `baseUrl`: it is required');
    expect(() => createOryClient({ baseUrl: 'localhost:4433' })).toThrow('must be an absolute http(s) URL');
  });

  it('should name only the option in production builds, where the longer sentence is left out', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(() => createOryClient({ baseUrl: 'localhost:4433' })).toThrow(
        /^createOryClient: invalid `baseUrl`\.$/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('should refuse an unknown kind', () => {
    expect(() => createOryClient({ baseUrl: KRATOS, kind: 'server' as never })).toThrow(
      'invalid `kind`: it must be "browser" or "native"',
    );
  });
});
