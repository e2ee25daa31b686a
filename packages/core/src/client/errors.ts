import { isErrorEnvelope } from './guards';
import { OryClientError } from './outcome';

/** Ids of failures the client itself detects. Kratos' own ids never start with `client_`. */
export const CLIENT_ERROR_IDS = {
  network: 'client_network_error',
  timeout: 'client_timeout',
  aborted: 'client_aborted',
  invalidResponse: 'client_invalid_response',
  /** A lost flow was replaced by one that could not be used either: only a reload helps. */
  restartFailed: 'client_restart_failed',
} as const;

/** How a request that got no answer ended. */
export type NoAnswerKind = 'network' | 'timeout' | 'aborted';

// The client's own sentences say "the server" whatever the request was for: one set of words fits every
// request, and the user's next step (check the connection, try again) is the same for all of them.
const noAnswerMessages: Record<NoAnswerKind, string> = {
  network: 'Could not reach the server. Check your connection and try again.',
  timeout: 'The server did not answer in time. Check your connection and try again.',
  aborted: 'The request was cancelled.',
};

/** The network failed, the request took longer than `timeoutMs`, or the caller cancelled it. */
export const noAnswerError = (ended: NoAnswerKind, cause?: unknown): OryClientError =>
  new OryClientError(noAnswerMessages[ended], {
    status: 0,
    id: CLIENT_ERROR_IDS[ended],
    // A timeout's cause would only be our own abort.
    cause: ended === 'timeout' ? undefined : cause,
  });

/**
 * An answer a UI cannot use. Kratos' error envelope: its `reason` is the specific, readable sentence ("This
 * account was disabled.", 'Requested return_to URL "…" is not allowed.'); `message` is herodot's generic one,
 * except for 5xx where the reason can be an internal detail a user should not read. Any other body (HTML from
 * a proxy, an empty 200, a JSON shape Kratos never sends) is one this client cannot read.
 */
export function answerError(status: number, body: unknown): OryClientError {
  const kratos = isErrorEnvelope(body) ? body.error : undefined;
  const words = (status < 500 && readable(kratos?.reason)) || readable(kratos?.message);
  return new OryClientError(words || unreadableAnswer(status, !!kratos), {
    status,
    id: kratos ? kratos.id : CLIENT_ERROR_IDS.invalidResponse,
    reason: kratos?.reason,
    body,
  });
}

/** The client's own sentence for an answer without readable words of Kratos' own. */
function unreadableAnswer(status: number, isKratosError: boolean): string {
  if (isKratosError) return `The server answered with an error (HTTP ${status}). Please try again.`;
  if (status >= 500) return `The server is having trouble (HTTP ${status}). Please try again in a moment.`;
  return `The server sent an answer this app could not read (HTTP ${status}). Please try again.`;
}

const readable = (text: unknown): string | undefined =>
  typeof text === 'string' && text.trim() !== '' ? text : undefined;
