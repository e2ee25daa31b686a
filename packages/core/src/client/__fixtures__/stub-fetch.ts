/** A fetch the test controls: records every request and answers from a handler. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  /** The JSON body, parsed. */
  json: unknown;
  signal: AbortSignal | undefined;
}

export type StubAnswer = { status: number; body?: unknown; text?: string } | Response;
export type StubHandler = (request: RecordedRequest) => StubAnswer | Promise<StubAnswer>;

export function stubFetch(handler: StubHandler): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetchStub = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      credentials: init.credentials,
      json: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const answer = await handler(request);
    if (answer instanceof Response) return answer;
    const text = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
    return new Response(answer.status === 204 ? null : text, { status: answer.status });
  };
  return { fetch: fetchStub as typeof fetch, requests };
}

/** A fetch that never answers but honours its abort signal, like a real one on a dead connection. */
export function hangingFetch(): typeof fetch {
  return ((_input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted.', 'AbortError')),
      );
    })) as typeof fetch;
}
