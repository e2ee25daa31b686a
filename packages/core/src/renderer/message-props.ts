import type { UiText } from '../client/types';
import { formatMessage } from '../i18n/format-message';
import type { OryComponentsContextValue } from './components-context';
import type { FormattedMessage } from './types';

/** A Kratos message in the nearest provider's translations and locale. */
export const translate = (
  text: UiText | null | undefined,
  { translations, locale }: OryComponentsContextValue,
): string => formatMessage(text, translations, { locale });

/** Translated messages with the DOM ids `aria-describedby` points at: `<baseId>-message-<index>`. */
export const formatMessages = (
  messages: readonly UiText[],
  baseId: string,
  ory: OryComponentsContextValue,
): FormattedMessage[] =>
  messages.map((message, index) => ({
    id: `${baseId}-message-${index}`,
    text: translate(message, ory),
    type: typeof message.type === 'string' ? message.type : 'info',
    message,
  }));
