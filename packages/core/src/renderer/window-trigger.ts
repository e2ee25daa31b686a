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

type Callable = (...args: unknown[]) => unknown;

function findFunction(target: object, trigger: NodeTrigger): Callable | undefined {
  for (const name of trigger.candidates) {
    // Only whitelisted WebAuthn names ever reach this lookup (see toTriggerName).
    const candidate = (target as Record<string, unknown>)[name];
    if (typeof candidate === 'function') return candidate as Callable;
  }
  return undefined;
}

function invoke(
  fn: Callable,
  trigger: NodeTrigger,
  target: object,
  onFailure: CallTriggerOptions['onFailure'],
): void {
  const fail = (error: unknown) => {
    console.error(`[headless-ory] ${trigger.name} failed`, error);
    onFailure?.('failed', error);
  };
  try {
    const result = fn.apply(target, trigger.args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(undefined, fail);
    }
  } catch (error) {
    fail(error);
  }
}

/**
 * Calls `window[name](...args)` as soon as the WebAuthn script has defined it: now if it exists, else every
 * `interval` ms until `timeout`. Resolves true when called, false when aborted or timed out.
 */
export function callWindowTrigger(trigger: NodeTrigger, options: CallTriggerOptions = {}): Promise<boolean> {
  const { signal, interval = 100, timeout = 10_000, defer = false, onFailure } = options;
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window);
  return new Promise<boolean>((resolve) => {
    if (!target || signal?.aborted) {
      resolve(false);
      return;
    }
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (called: boolean) => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(called);
    };
    const onAbort = () => finish(false);
    const attempt = () => {
      timer = undefined;
      if (signal?.aborted) return finish(false);
      const fn = findFunction(target, trigger);
      if (fn) {
        invoke(fn, trigger, target, onFailure);
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
    signal?.addEventListener('abort', onAbort);
    if (defer) timer = setTimeout(attempt, 0);
    else attempt();
  });
}
