import type { UiText } from '../client/types';
import { formatMessage } from '../i18n/format-message';
import type { FormatMessageOptions, Translations } from '../i18n/types';
import type { FormattedMessage } from './types';

/** Translated messages with the DOM ids `aria-describedby` points at: `<baseId>-message-<index>`. */
export function formatMessages(
  messages: readonly UiText[],
  baseId: string,
  translations: Translations | undefined,
  options?: FormatMessageOptions,
): FormattedMessage[] {
  return messages.map((message, index) => ({
    id: `${baseId}-message-${index}`,
    text: formatMessage(message, translations, options),
    type: typeof message.type === 'string' ? message.type : 'info',
    message,
  }));
}
