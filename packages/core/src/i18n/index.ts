export { translateFieldTitles } from './field-titles';
export { formatLabel } from './format-label';
export { formatMessage, interpolate } from './format-message';
export { loadLocale } from './load-locale';
export type {
  FormatMessageOptions,
  LocaleLoader,
  LocaleModule,
  TranslationEntry,
  Translations,
} from './types';
