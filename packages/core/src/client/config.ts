import type { ClientKind } from './types';
import { httpUrl } from './url-parts';

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

/**
 * A mistake in the config is the developer's to fix: name the option, and in development say what was wrong with
 * it. Each call site writes the development check inline (`typeof process === 'object' && process.env.NODE_ENV
 * !== 'production' && …`): only an inline check lets an app's bundler drop the longer sentence from production
 * builds; where nothing replaces it (plain ESM in a browser) there is no `process` and the option alone is named.
 */
const refuse = (option: string, detail: string | false): never => {
  throw new TypeError(`createOryClient: invalid \`${option}\`${detail ? `: ${detail}` : ''}.`);
};

export function resolveConfig(config: OryClientConfig): ResolvedOryClientConfig {
  const given = config?.baseUrl;
  const baseUrl = typeof given === 'string' ? given.trim().replace(/\/+$/, '') : '';
  const kind = config?.kind ?? 'browser';
  const custom = config?.fetch;
  if (!httpUrl.test(baseUrl))
    refuse(
      'baseUrl',
      typeof process === 'object' &&
        process.env.NODE_ENV !== 'production' &&
        `it is required and must be an absolute http(s) URL, got "${given}"`,
    );
  if (kind !== 'browser' && kind !== 'native')
    refuse(
      'kind',
      typeof process === 'object' &&
        process.env.NODE_ENV !== 'production' &&
        `it must be "browser" or "native", got "${String(kind)}"`,
    );
  if (!custom && typeof globalThis.fetch !== 'function')
    refuse(
      'fetch',
      typeof process === 'object' &&
        process.env.NODE_ENV !== 'production' &&
        'there is no global fetch here, so pass one in the config',
    );
  const token = config.sessionToken;
  return Object.freeze<ResolvedOryClientConfig>({
    baseUrl,
    kind,
    // A browser's native fetch throws "Illegal invocation" when called as a method of another object, so it is
    // called bare. The global one is looked up on each call, so a fetch that is polyfilled or instrumented after
    // the client was made is still the one used.
    fetch: (input, init) => (custom ?? globalThis.fetch)(input, init),
    sessionToken: typeof token === 'function' ? token : () => token,
    headers: Object.freeze({ ...config.headers }),
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}
