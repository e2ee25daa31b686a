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

/** Hands one exchange to the recorder, if any. The body is read from a clone: the caller's stays unread. */
export async function recordExchange(request: Request, response: Response): Promise<void> {
  const current = recorder;
  if (!current) return;
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
    });
  } catch (error) {
    console.error('[mock] the exchange recorder failed:', error);
  }
}
