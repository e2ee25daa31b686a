import type { OryTexts } from './texts';

/**
 * A message template, or a function of the message's `context` (for plurals, dates, anything a template
 * can't say). Templates interpolate `{key}` from the context.
 */
export type TranslationEntry = string | ((context: Record<string, unknown>) => string);

/** Texts by Kratos message id (see Kratos' text/id.go). Missing ids show the server's English text. */
export type Translations = Record<number, TranslationEntry>;

/**
 * What a locale module exports, so locales can be code-split and loaded on demand:
 * `const { default: de } = await import('@headless-ory/core/locales/de')`.
 */
export interface LocaleModule {
  /** BCP 47 tag, used to format numbers in the context (`de`, `pt-BR`). */
  locale: string;
  translations: Translations;
  /** The library's own words in this language (headings, "Loading…", links): `<OryProvider texts={…}>`. */
  texts?: OryTexts;
}

/** A lazily loaded locale: `() => import('@headless-ory/core/locales/de')`. */
export type LocaleLoader = () => Promise<{ default: LocaleModule } | LocaleModule>;

export interface FormatMessageOptions {
  /** Locale for numbers in the context; default: the runtime's. */
  locale?: string;
}
