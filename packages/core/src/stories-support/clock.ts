import type { StoryClock } from './types';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function toMs(by: number | string): number {
  if (typeof by === 'number') return by;
  const parts = [...by.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== by.trim()) {
    throw new TypeError(`"${by}" is not a duration like 90m, 2h or 30s`);
  }
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * (UNIT_MS[unit ?? 'ms'] ?? 1), 0);
}

/**
 * Real time plus an offset a story can push forward: time keeps flowing (cookies, lifespans behave), yet a
 * play function can jump past a flow's lifespan without waiting for it.
 */
export function createStoryClock(base: () => number = () => Date.now()): StoryClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance: (by) => {
      offset += toMs(by);
    },
  };
}
