import { CLIENT_ERROR_IDS } from '../client/errors';
import { hasOwn } from '../client/guards';
import type { OryTexts } from './texts';

type ClientErrorText =
  | 'networkError'
  | 'timeoutError'
  | 'abortedError'
  | 'invalidResponseError'
  | 'restartFailedError';

const clientErrorTexts: Record<string, ClientErrorText> = {
  [CLIENT_ERROR_IDS.network]: 'networkError',
  [CLIENT_ERROR_IDS.timeout]: 'timeoutError',
  [CLIENT_ERROR_IDS.aborted]: 'abortedError',
  [CLIENT_ERROR_IDS.invalidResponse]: 'invalidResponseError',
  [CLIENT_ERROR_IDS.restartFailed]: 'restartFailedError',
};

/** A failure to show: an `OryClientError` (or any error), or words of your own. */
export type ShownError = string | { id?: string | undefined; message?: string } | null | undefined;

/**
 * The words for a failure: the texts' own for the failures the client detects (by `error.id`), else the error's
 * message (Kratos' reason, which has no message id to translate by), else `texts.unknownError`.
 */
export function formatError(error: ShownError, texts: OryTexts): string {
  if (typeof error === 'string') return error || texts.unknownError;
  const id = error?.id;
  const key = id && hasOwn(clientErrorTexts, id) ? clientErrorTexts[id] : undefined;
  return (key && texts[key]) || error?.message || texts.unknownError;
}
