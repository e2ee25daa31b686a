import type { ResolvedOryClientConfig } from './config';
import { noAnswerError } from './errors';
import type { OryClientError } from './outcome';
import { buildQuery, type QueryInput } from './url-parts';

export interface RequestOptions {
  /** Cancels the request (react-query passes one to every query function). */
  signal?: AbortSignal;
}

export interface HttpRequest extends RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  url: string;
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
  const search = query && buildQuery(query);
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
  { method, url, json, withSessionToken, signal }: HttpRequest,
  read: (status: number, body: unknown) => O,
): Promise<O | NoAnswer> {
  const headers = new Headers(config.headers);
  headers.set('Accept', 'application/json');
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const token = config.kind === 'native' && withSessionToken && config.sessionToken();
  if (token) headers.set('X-Session-Token', token);

  // Ours ends the request on a timeout or when the caller's signal aborts; only one of them tells which.
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, config.timeoutMs);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);

  try {
    const response = await config.fetch(url, {
      method, // fetch's default is GET
      headers,
      body: JSON.stringify(json), // undefined stays undefined
      credentials: config.kind === 'browser' ? 'include' : 'omit',
      signal: controller.signal,
    });
    // `read` is a pure classifier that never throws, so only fetch and the body can fail here.
    return read(response.status, parseBody(await response.text()));
  } catch (cause) {
    const ended = signal?.aborted ? 'aborted' : controller.signal.aborted ? 'timeout' : 'network';
    return { kind: 'error', status: 0, error: noAnswerError(ended, cause) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** JSON, or the raw text when it is not JSON (a proxy's HTML page), or undefined when empty. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.trim() ? text : undefined;
  }
}
