import type { Exchange } from './http';

/**
 * What was sent, without values (no passwords or tokens in reports): the body's top-level keys and which
 * credential headers came along. Lets the suites check, say, that every browser submit carried `csrf_token`.
 */
export interface RecordedRequest {
  /** Top-level keys of a POST/PUT/DELETE body (`csrf_token`, `method`, `traits`…); empty for GET. */
  bodyKeys: string[];
  /** Which of `cookie`, `origin`, `x-csrf-token`, `x-session-token`, `authorization` were sent. */
  headers: string[];
}

/** One response the mock gave, as the contract suite reads it (JSON bodies parsed, others as text). */
export interface RecordedExchange {
  method: string;
  url: string;
  /** The URL's path, without the query. */
  path: string;
  status: number;
  contentType: string | null;
  /** Parsed JSON for JSON responses; the text otherwise ('' when there is no body). */
  body: unknown;
  /** The request's shape, when the app recorded it (not for answers injected with `nextError`). */
  request?: RecordedRequest;
}

export type MockRecorder = (exchange: RecordedExchange) => void;

// Module-level on purpose: test setup files and the CLI switch recording on for every app created afterwards,
// without threading an option through each adapter.
let recorder: MockRecorder | undefined;

/**
 * Calls `fn` with every response any mock app gives from now on (`undefined` stops). Used to check the mock
 * against Kratos' OpenAPI spec. A recorder that throws never breaks a response.
 */
export function setMockRecorder(fn: MockRecorder | undefined): void {
  recorder = fn;
}

const credentialHeaders = ['origin', 'x-csrf-token', 'x-session-token', 'authorization'];

async function requestShape(ex: Exchange): Promise<RecordedRequest> {
  const method = ex.request.method;
  // ex.body() is cached: a handler that read it already gets the same object; otherwise it is read now.
  const body = method === 'GET' || method === 'HEAD' ? {} : await ex.body();
  const headers = credentialHeaders.filter((name) => ex.header(name) !== null);
  return { bodyKeys: Object.keys(body), headers: ex.hasCookies() ? ['cookie', ...headers] : headers };
}

/**
 * Hands one exchange to the recorder, if any. The body is read from a clone: the caller's stays unread. Answers a
 * test injected (fault-injection.ts) are not Kratos' and are left out.
 */
export async function recordExchange(request: Request, response: Response, ex?: Exchange): Promise<void> {
  const current = recorder;
  if (!current || response.headers.has('x-mock-fault')) return;
  const url = new URL(request.url);
  const contentType = response.headers.get('content-type');
  const text = response.body ? await response.clone().text() : '';
  let body: unknown = text;
  if (text !== '' && /[/+]json\b/i.test(contentType ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  try {
    current({
      method: request.method,
      url: request.url,
      path: url.pathname,
      status: response.status,
      contentType,
      body,
      ...(ex ? { request: await requestShape(ex) } : {}),
    });
  } catch (error) {
    console.error('[mock] the exchange recorder failed:', error);
  }
}
