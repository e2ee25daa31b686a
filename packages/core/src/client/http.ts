import type { ResolvedOryClientConfig } from './config';
import { abortedError, networkError, type ServiceName, timeoutError } from './errors';
import type { OryClientError } from './outcome';
import { buildQuery, type QueryInput } from './url-parts';

export interface RequestOptions {
  /** Cancels the request (react-query passes one to every query function). */
  signal?: AbortSignal;
}

export interface HttpRequest extends RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  url: string;
  /** Names the service in error messages. */
  service: ServiceName;
  /** Sent as JSON. */
  json?: unknown;
  /** Native clients: attach `X-Session-Token` (when one is configured). */
  withSessionToken?: boolean;
}

/** A request that got no answer (network, timeout, cancelled): the `error` outcome every client method returns. */
export interface NoAnswer {
  kind: 'error';
  status: 0;
  error: OryClientError;
}

export function endpoint(baseUrl: string, path: string, query?: QueryInput): string {
  const search = query ? buildQuery(query) : '';
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

/**
 * The only place that calls fetch: the answer (any status, the body parsed as JSON — or the raw text when it
 * is not JSON) goes to `read`; no answer becomes the `error` outcome. Browser requests carry cookies
 * (`credentials: 'include'`, needed across origins); native ones must not, because Kratos rejects API flows
 * that send cookies.
 */
export async function send<O>(
  config: ResolvedOryClientConfig,
  request: HttpRequest,
  read: (status: number, body: unknown) => O,
): Promise<O | NoAnswer> {
  const { json, service, signal } = request;
  const headers = new Headers(config.headers);
  headers.set('Accept', 'application/json');
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const token = config.kind === 'native' && request.withSessionToken && config.sessionToken();
  if (token) headers.set('X-Session-Token', token);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const onCallerAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  let answer: { status: number; text: string };
  try {
    const response = await config.fetch(request.url, {
      method: request.method ?? 'GET',
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      credentials: config.kind === 'browser' ? 'include' : 'omit',
      signal: controller.signal,
    });
    answer = { status: response.status, text: await response.text() };
  } catch (cause) {
    const error = timedOut
      ? timeoutError(service, config.timeoutMs)
      : signal?.aborted
        ? abortedError(service, cause)
        : networkError(service, cause);
    return { kind: 'error', status: 0, error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
  return read(answer.status, parseBody(answer.text));
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
