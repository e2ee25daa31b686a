import { hasOwn, isRecord } from '../client/guards';
import type { UiText } from '../client/types';
import type { FormatMessageOptions, Translations } from './types';

const placeholder = /\{([A-Za-z0-9_.-]+)\}/g;

/** A Kratos message: an object with a `text` string. */
export function isUiText(value: unknown): value is UiText {
  return typeof value === 'object' && value !== null && typeof (value as UiText).text === 'string';
}

/** A context value as text: numbers in the locale, lists joined, nested messages translated; else undefined. */
function formatValue(
  value: unknown,
  translations: Translations | undefined,
  options: FormatMessageOptions,
): string | undefined {
  if (Number.isFinite(value)) return new Intl.NumberFormat(options.locale).format(value as number);
  if (Array.isArray(value)) {
    // Kratos nests messages in context (lookup codes: secrets = [UiText…]): each is translated in turn.
    return value.flatMap((item) => formatValue(item, translations, options) ?? []).join(', ');
  }
  if (isUiText(value)) return formatMessage(value, translations, options);
  // Strings as they are; NaN, Infinity, booleans and bigints as JavaScript writes them.
  return scalarTypes.includes(typeof value) ? String(value) : undefined;
}

const scalarTypes = ['string', 'number', 'boolean', 'bigint'];

/** Replaces `{key}` with the context's value; unknown keys stay as written so a typo is visible. */
export function interpolate(
  template: string,
  context: Record<string, unknown> | undefined,
  translations?: Translations,
  options: FormatMessageOptions = {},
): string {
  return template.replace(placeholder, (whole, key: string) => {
    const value =
      context && hasOwn(context, key) ? formatValue(context[key], translations, options) : undefined;
    return value ?? whole;
  });
}

/**
 * The text to show for a Kratos message: `translations[text.id]` with `{key}` filled from `text.context`
 * (or the function's result), else the server's English `text`. Never throws: a broken translation falls
 * back to the server text.
 */
export function formatMessage(
  text: UiText | null | undefined,
  translations?: Translations,
  options: FormatMessageOptions = {},
): string {
  if (!isRecord(text)) return '';
  const serverText = typeof text.text === 'string' ? text.text : '';
  const entry = typeof text.id === 'number' ? translations?.[text.id] : undefined;
  const context = isRecord(text.context) ? text.context : {};
  try {
    const translated =
      typeof entry === 'function'
        ? entry(context)
        : typeof entry === 'string'
          ? interpolate(entry, context, translations, options)
          : serverText;
    return typeof translated === 'string' ? translated : serverText;
  } catch {
    return serverText;
  }
}
