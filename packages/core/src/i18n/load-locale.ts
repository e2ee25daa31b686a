import type { LocaleLoader, LocaleModule } from './types';

/** Resolves a lazy locale (`() => import('…/locales/de')`), whether it has a default export or not. */
export async function loadLocale(loader: LocaleLoader): Promise<LocaleModule> {
  const loaded = await loader();
  return 'default' in loaded ? loaded.default : loaded;
}
