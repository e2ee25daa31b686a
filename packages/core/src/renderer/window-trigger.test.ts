import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseLegacyTrigger } from '../nodes/get-node-trigger';
import { callWindowTrigger } from './window-trigger';

const trigger = parseLegacyTrigger('window.oryWebAuthnLogin({"a":1})');
if (!trigger) throw new Error('fixture trigger did not parse');

describe('callWindowTrigger', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should call the function on the target with the parsed arguments and resolve true', async () => {
    const target = { oryWebAuthnLogin: vi.fn() };
    await expect(callWindowTrigger(trigger, { target })).resolves.toBe(true);
    expect(target.oryWebAuthnLogin).toHaveBeenCalledWith({ a: 1 });
  });

  it('should resolve false after the timeout when the function never appears', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = callWindowTrigger(trigger, { target: {}, interval: 50, timeout: 200 });
    await vi.advanceTimersByTimeAsync(250);
    await expect(result).resolves.toBe(false);
    warn.mockRestore();
  });

  it('should resolve false when aborted', async () => {
    const controller = new AbortController();
    const target: Record<string, unknown> = {};
    const result = callWindowTrigger(trigger, { target, signal: controller.signal });
    controller.abort();
    target.oryWebAuthnLogin = vi.fn();
    await vi.advanceTimersByTimeAsync(500);
    await expect(result).resolves.toBe(false);
    expect(target.oryWebAuthnLogin).not.toHaveBeenCalled();
  });

  it('should report, not throw, when the script function fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const target = {
      oryWebAuthnLogin: () => {
        throw new Error('NotAllowedError');
      },
    };
    await expect(callWindowTrigger(trigger, { target })).resolves.toBe(true);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
