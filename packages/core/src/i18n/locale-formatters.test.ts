import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocaleFormatters } from './locale-formatters';

const NOW = Date.parse('2030-01-01T12:00:00Z');
const iso = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe('createLocaleFormatters', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should say how long ago a time was, in the unit a reader expects', () => {
    const en = createLocaleFormatters('en');
    expect(en.ago(iso(-20_000))).toBe('20 seconds ago');
    expect(en.ago(iso(-30 * 60_000))).toBe('30 minutes ago');
    expect(en.ago(iso(-5 * 3_600_000))).toBe('5 hours ago');
    expect(en.ago(iso(-3 * 86_400_000))).toBe('3 days ago');
    expect(createLocaleFormatters('de').ago(iso(-120_000))).toBe('vor 2 Minuten');
  });

  it('should round the time left up, so it never promises more than the server gives', () => {
    const en = createLocaleFormatters('en');
    expect(en.timeLeft(iso(14 * 60_000 + 1_000))).toBe('15 minutes');
    expect(en.timeLeft(iso(3 * 3_600_000))).toBe('3 hours');
    expect(createLocaleFormatters('fr').timeLeft(iso(60_000))).toBe('1 minute');
  });

  it('should read RFC 3339 strings and Unix seconds alike', () => {
    const de = createLocaleFormatters('de');
    expect(de.date('2030-01-01T12:00:00Z')).toBe(de.date(NOW / 1000));
  });

  it('should list strings the way the language does', () => {
    expect(createLocaleFormatters('en').list(['a', 'b', 'c'], 'disjunction')).toBe('a, b, or c');
    expect(createLocaleFormatters('de').list(['a', 'b'])).toBe('a und b');
    expect(createLocaleFormatters('es').list('solo')).toBe('solo');
  });

  it('should throw on values Kratos never sends, so the server text is shown instead', () => {
    const en = createLocaleFormatters('en');
    expect(() => en.ago(undefined)).toThrow(RangeError);
    expect(() => en.date('yesterday')).toThrow(RangeError);
    expect(() => en.list({ a: 1 })).toThrow(TypeError);
  });
});
