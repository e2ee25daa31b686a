import { describe, expect, it } from 'vitest';
import { loadLocale } from './load-locale';
import type { LocaleModule } from './types';

const de: LocaleModule = { locale: 'de', translations: { 1010001: 'Anmelden' } };

describe('loadLocale', () => {
  it('should resolve a lazily imported module with a default export', async () => {
    expect(await loadLocale(async () => ({ default: de }))).toBe(de);
  });

  it('should resolve a module without a default export', async () => {
    expect(await loadLocale(async () => de)).toBe(de);
  });
});
