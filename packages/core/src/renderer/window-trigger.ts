import type { NodeTrigger } from '../nodes/get-node-trigger';
import { devWarn } from './dev-warn';

export interface CallTriggerOptions {
  /** Abort the wait (the component unmounted, or the user clicked again). */
  signal?: AbortSignal;
  /** Retry interval while the script has not defined the function yet (ms). Default 100, like Ory Elements. */
  interval?: number;
  /** Give up after this long (ms). Default 10 000. */
  timeout?: number;
  /**
   * Wait one tick before the first attempt. On-load triggers do, so React StrictMode's mount → unmount →
   * mount calls them once; click triggers don't, so WebAuthn runs inside the user's gesture.
   */
  defer?: boolean;
  /** Where the functions live; `window` by default. */
  target?: object;
  /**
   * The function threw or its promise rejected (the user cancelled, the authenticator refused), or it was never
   * defined before `timeout` ('unavailable'). Not called when aborted.
   */
  onFailure?: (failure: 'failed' | 'unavailable', error?: unknown) => void;
}

/**
 * Calls `window[name](...args)` as soon as the WebAuthn script has defined it: now if it exists, else every
 * `interval` ms until `timeout`. Resolves true when called, false when aborted or timed out.
 */
export function callWindowTrigger(trigger: NodeTrigger, options: CallTriggerOptions = {}): Promise<boolean> {
  const { signal, interval = 100, timeout = 10_000, defer, onFailure } = options;
  const target = (options.target ?? (typeof window === 'undefined' ? undefined : window)) as
    | Record<string, unknown>
    | undefined;
  return new Promise<boolean>((resolve) => {
    if (!target || signal?.aborted) return resolve(false);
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (called: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(called);
    };
    const onAbort = () => finish(false);
    const fail = (error: unknown) => {
      console.error(`[headless-ory] ${trigger.name} failed`, error);
      onFailure?.('failed', error);
    };
    const attempt = () => {
      // Only whitelisted WebAuthn names ever reach this lookup (see toTriggerName).
      const name = trigger.candidates.find((candidate) => typeof target[candidate] === 'function');
      if (name) {
        try {
          const result = (target[name] as (...args: unknown[]) => unknown)(...trigger.args);
          if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function')
            (result as PromiseLike<unknown>).then(undefined, fail);
        } catch (error) {
          fail(error);
        }
        return finish(true);
      }
      if (Date.now() - started >= timeout) {
        if (typeof process === 'object' && process.env.NODE_ENV !== 'production')
          devWarn(`${trigger.name} was not defined within ${timeout} ms: is the WebAuthn script loaded?`);
        onFailure?.('unavailable');
        return finish(false);
      }
      timer = setTimeout(attempt, interval);
    };
    // An abort clears the pending attempt, so no attempt runs after it.
    signal?.addEventListener('abort', onAbort);
    if (defer) timer = setTimeout(attempt, 0);
    else attempt();
  });
}
