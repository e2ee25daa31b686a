import type { NetworkControl, NetworkOptions } from './types';

type Fetch = typeof globalThis.fetch;

function droppedConnection(): TypeError {
  return new TypeError('Failed to fetch', { cause: new Error('network failure simulated by the story') });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects as soon as the request is aborted (the client's timeout, an unmount). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortReason(signal));
      },
      { once: true },
    );
  });
}

/**
 * Wraps the mock's fetch with what a real network does to an auth form: slow answers (to see the pending
 * states), and dropped connections. It also logs `METHOD /path` so a story can count requests.
 */
export function createNetworkControl(
  target: Fetch,
  initial: NetworkOptions = {},
): { fetch: Fetch; control: NetworkControl } {
  let options: NetworkOptions = { ...initial };
  const requests: string[] = [];
  const waiting = new Set<() => void>();

  const holdUntilReleased = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(abortReason(signal));
      const go = () => {
        waiting.delete(go);
        resolve();
      };
      waiting.add(go);
      signal.addEventListener(
        'abort',
        () => {
          waiting.delete(go);
          reject(abortReason(signal));
        },
        { once: true },
      );
    });

  const fetch: Fetch = async (input, init) => {
    const request = new Request(input, init);
    const isSubmit = request.method === 'POST';
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    const { failNetwork } = options;
    const delay = isSubmit ? options.delaySubmit : options.delayLoad;
    if (delay === 'manual') await holdUntilReleased(request.signal);
    else if (typeof delay === 'number') await wait(delay, request.signal);
    if (failNetwork === true || (failNetwork === 'submit' && isSubmit)) throw droppedConnection();
    return target(request);
  };

  const control: NetworkControl = {
    requests,
    count: (methodAndPath) => requests.filter((entry) => entry === methodAndPath).length,
    set: (next) => {
      options = { ...options, ...next };
    },
    release: () => {
      for (const go of [...waiting]) go();
    },
    held: () => waiting.size,
  };
  return { fetch, control };
}
