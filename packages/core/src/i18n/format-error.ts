import { CLIENT_ERROR_IDS } from '../client/errors';
import type { OryTexts } from './texts';

/**
 * Each failure the client detects has a text named after it: `network` → `texts.networkError` (indexing the texts
 * with this type fails to compile when one is missing).
 */
type ClientErrorText = `${keyof typeof CLIENT_ERROR_IDS}Error`;

/** A failure to show: an `OryClientError` (or any error), or words of your own. */
export type ShownError = string | { id?: string | undefined; message?: string } | null | undefined;

/**
 * The words for a failure: the texts' own for the failures the client detects (by `error.id`), else the error's
 * message (Kratos' reason, which has no message id to translate by), else `texts.unknownError`.
 */
export function formatError(error: ShownError, texts: OryTexts): string {
  if (typeof error === 'string') return error || texts.unknownError;
  const clientError = Object.entries(CLIENT_ERROR_IDS).find(([, id]) => id === error?.id);
  const clientText = clientError && texts[`${clientError[0]}Error` as ClientErrorText];
  return clientText || error?.message || texts.unknownError;
}
