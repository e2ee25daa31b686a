import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { createElement } from 'react';
import { type LocaleModule, loadLocale } from '../packages/core/src/i18n';
import { OryComponentsProvider } from '../packages/core/src/renderer';

// Each locale is its own module, loaded only when picked in the toolbar (as an app would load it with
// `import('@headless-ory/core/locales/de')`; the root package does not depend on core, hence the paths).
const localeLoaders = {
  en: () => import('../packages/core/src/i18n/locales/en'),
  de: () => import('../packages/core/src/i18n/locales/de'),
  es: () => import('../packages/core/src/i18n/locales/es'),
  fr: () => import('../packages/core/src/i18n/locales/fr'),
  ja: () => import('../packages/core/src/i18n/locales/ja'),
};

function isLocaleTag(value: unknown): value is keyof typeof localeLoaders {
  return typeof value === 'string' && Object.hasOwn(localeLoaders, value);
}

/** `loaded.oryLocale`: the module for the `locale` global; none for "server" (Kratos' own English). */
const loadOryLocale: Loader = async ({ globals }) => ({
  oryLocale: isLocaleTag(globals.locale) ? await loadLocale(localeLoaders[globals.locale]) : undefined,
});

/**
 * Translations (Kratos' messages) and texts (the drop-ins' own words) reach the stories' OryProvider through
 * context: its OryComponentsProvider merges over the one given here, so no story has to know about the locale.
 * `lang` tells screen readers (and axe) the language.
 */
const withOryLocale: Decorator = (Story, { loaded }) => {
  const locale = loaded.oryLocale as LocaleModule | undefined;
  if (!locale) return createElement(Story);
  return createElement(
    OryComponentsProvider,
    { translations: locale.translations, texts: locale.texts, locale: locale.locale },
    createElement('div', { lang: locale.locale }, createElement(Story)),
  );
};

const preview: Preview = {
  parameters: {
    // Every story doubles as an accessibility test: any axe violation fails it under addon-vitest.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description:
        'Language of the Kratos messages and the drop-ins’ own words (a lazily loaded locale module)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'server', title: 'Server texts (Kratos English)' },
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'ja', title: '日本語' },
        ],
      },
    },
  },
  // The server's texts by default, so every story's assertions stay on what Kratos sends.
  initialGlobals: { locale: 'server' },
  loaders: [loadOryLocale],
  decorators: [withOryLocale],
};

export default preview;
