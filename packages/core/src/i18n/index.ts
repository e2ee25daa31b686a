export { translateFieldTitles } from './field-titles';
export { formatError, type ShownError } from './format-error';
export { formatLabel } from './format-label';
export { formatMessage, interpolate } from './format-message';
export { loadLocale } from './load-locale';
export type { OryTexts } from './texts';
export type {
  FormatMessageOptions,
  LocaleLoader,
  LocaleModule,
  TranslationEntry,
  Translations,
} from './types';
