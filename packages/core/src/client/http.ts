import type { ResolvedOryClientConfig } from './config';
import { abortedError, networkError, type ServiceName, timeoutError } from './errors';
import type { OryClientError } from './outcome';
import { buildQuery, type QueryInput } from './url-parts';

export interface RequestOptions {
  /** Cancels the request (react-query passes one to every query function). */
  signal?: AbortSignal;
}

export interface HttpRequest extends RequestOptions {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  /** Names the service in error messages. */
  service: ServiceName;
  /** Sent as JSON. */
  json?: unknown;
  /** Native clients: attach `X-Session-Token` (when one is configured). */
  withSessionToken?: boolean;
}

/** A response that arrived (any status), with the body parsed as JSON — or the raw text when it is not JSON. */
export type HttpResult =
  | { ok: true; status: number; body: unknown; headers: Headers }
  | { ok: false; error: OryClientError };

export function endpoint(baseUrl: string, path: string, query?: QueryInput): string {
  const search = query ? buildQuery(query) : '';
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

/**
 * The only place that calls fetch. Browser requests carry cookies (`credentials: 'include'`, needed across
 * origins); native ones must not, because Kratos rejects API flows that send cookies.
 */
export async function send(config: ResolvedOryClientConfig, request: HttpRequest): Promise<HttpResult> {
  const headers = new Headers(config.headers);
  headers.set('Accept', 'application/json');
  if (request.json !== undefined) headers.set('Content-Type', 'application/json');
  if (config.kind === 'native' && request.withSessionToken) {
    const token = config.sessionToken();
    if (token) headers.set('X-Session-Token', token);
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const onCallerAbort = () => controller.abort();
  if (request.signal?.aborted) controller.abort();
  request.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const response = await config.fetch(request.url, {
      method: request.method,
      headers,
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
      credentials: config.kind === 'browser' ? 'include' : 'omit',
      signal: controller.signal,
    });
    const text = await response.text();
    return { ok: true, status: response.status, body: parseBody(text), headers: response.headers };
  } catch (cause) {
    if (timedOut) return { ok: false, error: timeoutError(request.service, config.timeoutMs) };
    if (request.signal?.aborted) return { ok: false, error: abortedError(request.service, cause) };
    return { ok: false, error: networkError(request.service, cause) };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
