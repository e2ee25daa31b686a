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
  // `globalThis.window`: undefined outside browsers (SSR, tests in node), where there is nothing to call.
  const target = (options.target ?? globalThis.window) as Record<string, unknown> | undefined;
  return new Promise<boolean>((resolve) => {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (called: boolean) => {
      clearTimeout(timer);
      resolve(called);
    };
    if (!target || signal?.aborted) return finish(false);
    // An abort clears the pending attempt, so no attempt runs after it. (After the end it changes nothing.)
    signal?.addEventListener('abort', () => finish(false));
    const fail = (error: unknown) => {
      console.error(`[headless-ory] ${trigger.name} failed`, error);
      onFailure?.('failed', error);
    };
    const attempt = () => {
      // Only whitelisted WebAuthn names ever reach this lookup (see toTriggerName).
      const name = trigger.candidates.find((candidate) => typeof target[candidate] === 'function');
      if (name) {
        // Called at once (inside the user's gesture); a throw and a rejected promise are reported alike.
        new Promise((settle) =>
          settle((target[name] as (...args: unknown[]) => unknown)(...trigger.args)),
        ).catch(fail);
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
    if (defer) timer = setTimeout(attempt, 0);
    else attempt();
  });
}
