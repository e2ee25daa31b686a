import { hasOwn } from '../client/guards';
import type { UiText } from '../client/types';
import type { FormatMessageOptions, Translations } from './types';

const placeholder = /\{([A-Za-z0-9_.-]+)\}/g;

/** A Kratos message: an object with a `text` string. */
export function isUiText(value: unknown): value is UiText {
  return typeof value === 'object' && value !== null && typeof (value as UiText).text === 'string';
}

function formatValue(
  value: unknown,
  translations: Translations | undefined,
  options: FormatMessageOptions,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Intl.NumberFormat(options.locale).format(value) : String(value);
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    // Kratos nests messages in context (lookup codes: secrets = [UiText…]): each is translated in turn.
    return value
      .map((item) =>
        isUiText(item)
          ? formatMessage(item, translations, options)
          : formatValue(item, translations, options),
      )
      .filter((item): item is string => item !== undefined)
      .join(', ');
  }
  if (isUiText(value)) return formatMessage(value, translations, options);
  return undefined;
}

/** Replaces `{key}` with the context's value; unknown keys stay as written so a typo is visible. */
export function interpolate(
  template: string,
  context: Record<string, unknown> | undefined,
  translations?: Translations,
  options: FormatMessageOptions = {},
): string {
  return template.replace(placeholder, (whole, key: string) => {
    if (!context || !hasOwn(context, key)) return whole;
    return formatValue(context[key], translations, options) ?? whole;
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
  if (typeof text !== 'object' || text === null) return '';
  const serverText = typeof text.text === 'string' ? text.text : '';
  const entry = typeof text.id === 'number' && translations ? translations[text.id] : undefined;
  const context = typeof text.context === 'object' && text.context !== null ? text.context : {};
  try {
    if (typeof entry === 'function') {
      const result = entry(context);
      return typeof result === 'string' ? result : serverText;
    }
    if (typeof entry === 'string') return interpolate(entry, context, translations, options);
  } catch {
    return serverText;
  }
  return serverText;
}
