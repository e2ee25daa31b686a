import { type LocaleLoader, type LocaleModule, loadLocale } from '@headless-ory/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

// English is what Kratos sends, so it needs no module; every other language is its own chunk, fetched the
// first time somebody picks it (the build emits one file per locale, none in the main bundle).
const languages: Record<string, { label: string; load?: LocaleLoader }> = {
  en: { label: 'English' },
  de: { label: 'Deutsch', load: () => import('@headless-ory/core/locales/de') },
  es: { label: 'Español', load: () => import('@headless-ory/core/locales/es') },
  fr: { label: 'Français', load: () => import('@headless-ory/core/locales/fr') },
  ja: { label: '日本語', load: () => import('@headless-ory/core/locales/ja') },
};

// A UI preference, not a credential: fine in localStorage.
const STORAGE_KEY = 'headless-ory-demo:language';

function readStoredLanguage(): string {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored !== null && Object.hasOwn(languages, stored) ? stored : 'en';
}

interface LanguageState {
  language: string;
  setLanguage(language: string): void;
  /** The loaded locale module; undefined for English (the server's texts) and until the first load ends. */
  locale: LocaleModule | undefined;
}

const LanguageContext = createContext<LanguageState>({
  language: 'en',
  setLanguage: () => {},
  locale: undefined,
});

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState(readStoredLanguage);
  const [locale, setLocale] = useState<LocaleModule>();

  useEffect(() => {
    window.localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
    const load = languages[language]?.load;
    if (!load) {
      setLocale(undefined);
      return;
    }
    // A quick second pick must win over a slow first load.
    let current = true;
    loadLocale(load).then(
      (loaded) => current && setLocale(loaded),
      () => current && setLocale(undefined),
    );
    return () => {
      current = false;
    };
  }, [language]);

  const value = useMemo(() => ({ language, setLanguage, locale }), [language, locale]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** The header's language menu: the flows' Kratos messages and own words switch to the chosen locale. */
export function LanguageMenu() {
  const { language, setLanguage } = useLanguage();
  return (
    <label className="language-menu">
      Language{' '}
      <select value={language} onChange={(event) => setLanguage(event.target.value)}>
        {Object.entries(languages).map(([tag, { label }]) => (
          <option key={tag} value={tag} lang={tag}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
