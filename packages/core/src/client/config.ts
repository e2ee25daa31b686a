import type { ClientKind } from './types';

export interface OryClientConfig {
  /** Kratos' public URL, e.g. `http://localhost:4433` or `https://<slug>.projects.oryapis.com`. */
  baseUrl: string;
  /** `browser` (cookies + CSRF, the default) or `native` (session token, no cookies): React Native, desktop, CLI. */
  kind?: ClientKind;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Native: sent as `X-Session-Token` where Kratos needs a session. A function is read on every request. */
  sessionToken?: string | (() => string | undefined);
  /** Extra headers on every request (e.g. an API gateway key). */
  headers?: Record<string, string>;
  /** Default 30 000. A request that takes longer ends as an `error` outcome with status 0. */
  timeoutMs?: number;
}

/** The config with every default filled in; `baseUrl` has no trailing slash. */
export interface ResolvedOryClientConfig {
  readonly baseUrl: string;
  readonly kind: ClientKind;
  readonly fetch: typeof fetch;
  /** Always a function, so a token that changes (login, logout) is read fresh on each request. */
  readonly sessionToken: () => string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function resolveConfig(config: OryClientConfig): ResolvedOryClientConfig {
  if (!config || typeof config.baseUrl !== 'string' || config.baseUrl.trim() === '') {
    throw new TypeError('createOryClient: `baseUrl` is required, e.g. "http://localhost:4433".');
  }
  const baseUrl = config.baseUrl.trim().replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new TypeError(
      `createOryClient: \`baseUrl\` must be an absolute http(s) URL, got "${config.baseUrl}".`,
    );
  }
  const kind = config.kind ?? 'browser';
  if (kind !== 'browser' && kind !== 'native') {
    throw new TypeError(`createOryClient: \`kind\` must be "browser" or "native", got "${String(kind)}".`);
  }
  const token = config.sessionToken;
  return Object.freeze({
    baseUrl,
    kind,
    fetch: resolveFetch(config.fetch),
    sessionToken: typeof token === 'function' ? token : () => token,
    headers: Object.freeze({ ...config.headers }),
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}

/**
 * A browser's native fetch throws "Illegal invocation" when called as a method of another object, so the
 * caller's fetch is wrapped and called bare. The global one is looked up on each call, so a fetch that
 * is polyfilled or instrumented after the client was made is still the one used.
 */
function resolveFetch(custom: typeof fetch | undefined): typeof fetch {
  if (custom) return (input, init) => custom(input, init);
  if (typeof globalThis.fetch !== 'function') {
    throw new TypeError('createOryClient: there is no global fetch here; pass `fetch` in the config.');
  }
  return (input, init) => globalThis.fetch(input, init);
}
