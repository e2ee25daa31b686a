import { describe, expect, it } from 'vitest';
import { uiText } from '../test-utils/node-builders';
import { formatMessage, interpolate } from './format-message';
import type { Translations } from './types';

describe('formatMessage', () => {
  it('should show the server text when there is no translation', () => {
    expect(formatMessage(uiText(1010001, 'Sign in'))).toBe('Sign in');
    expect(formatMessage(uiText(1010001, 'Sign in'), { 1040001: 'Registrieren' })).toBe('Sign in');
  });

  it('should interpolate the context into a template', () => {
    const text = uiText(1010002, 'Sign in with GitHub', 'info', {
      provider: 'GitHub',
      provider_id: 'github',
    });
    expect(formatMessage(text, { 1010002: 'Mit {provider} anmelden' })).toBe('Mit GitHub anmelden');
  });

  it('should format numbers with the locale and join arrays', () => {
    const text = uiText(4000032, 'The password must be at least 8 characters long, but got 3.', 'error', {
      min_length: 1234.5,
      breaches: ['a', 'b'],
    });
    const translations: Translations = { 4000032: 'min {min_length} ({breaches})' };
    expect(formatMessage(text, translations, { locale: 'de' })).toBe('min 1.234,5 (a, b)');
    expect(formatMessage(text, translations, { locale: 'en' })).toBe('min 1,234.5 (a, b)');
  });

  it('should leave unknown keys as written', () => {
    expect(formatMessage(uiText(1, 'x', 'info', { a: 1 }), { 1: '{a} {missing}' })).toBe('1 {missing}');
    expect(interpolate('{a}', undefined)).toBe('{a}');
  });

  it('should translate messages nested in the context (lookup codes)', () => {
    const text = uiText(1050015, 'abc, Secret was used at …', 'info', {
      secrets: [uiText(1050009, 'abc', 'info', { secret: 'abc' }), uiText(1050014, 'Secret was used at …')],
    });
    expect(formatMessage(text, { 1050015: 'Codes: {secrets}', 1050014: 'benutzt' })).toBe(
      'Codes: abc, benutzt',
    );
  });

  it('should call function entries with the context', () => {
    const text = uiText(4000032, 'server', 'error', { min_length: 8 });
    expect(formatMessage(text, { 4000032: (context) => `at least ${String(context.min_length)}` })).toBe(
      'at least 8',
    );
  });

  it('should fall back to the server text when a function entry throws', () => {
    const text = uiText(1, 'server text');
    expect(
      formatMessage(text, {
        1: () => {
          throw new Error('boom');
        },
      }),
    ).toBe('server text');
  });

  it('should never throw on garbage', () => {
    expect(formatMessage(undefined)).toBe('');
    expect(formatMessage(null)).toBe('');
    expect(formatMessage({ id: 1050006, type: 'info', context: {} } as never)).toBe('');
  });
});
