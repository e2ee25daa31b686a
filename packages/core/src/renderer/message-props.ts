import type { UiText } from '../client/types';
import { formatMessage } from '../i18n/format-message';
import type { FormatMessageOptions, Translations } from '../i18n/types';
import { resolveClassName } from './class-name';
import type { ClassNameProp, FormattedMessage, MessagePartProps } from './types';

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

/** Props for the Message part: form-level messages get a live-region role, node messages none. */
export function getMessagePartProps(
  message: FormattedMessage,
  options: { live?: boolean; className?: ClassNameProp<FormattedMessage> | undefined } = {},
): MessagePartProps {
  const isError = message.type === 'error';
  return {
    message,
    id: message.id,
    role: options.live ? (isError ? 'alert' : 'status') : undefined,
    // Errors can take focus (after a failed submit focus moves to the first one).
    tabIndex: options.live && isError ? -1 : undefined,
    children: message.text,
    className: resolveClassName(message, options.className),
    'data-ory-part': 'message',
    'data-ory-message-type': message.type,
    // Id 0 marks a message made here (the `error` prop), not one of Kratos' catalogue.
    'data-ory-message-id':
      typeof message.message.id === 'number' && message.message.id > 0
        ? String(message.message.id)
        : undefined,
  };
}
