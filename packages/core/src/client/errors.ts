import { isErrorEnvelope } from './guards';
import { OryClientError } from './outcome';
import type { FlowType } from './types';

/** What a request was for, to name it in messages a user reads. */
export type ServiceName = FlowType | 'session' | 'logout' | 'error';

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

/** How messages name a service: "the account settings service", "the account service" (errors), "the login service". */
const label = (service: ServiceName) =>
  service === 'error'
    ? 'account'
    : service === 'settings' || service === 'recovery'
      ? `account ${service}`
      : service;

/** The network failed, the request took longer than `timeoutMs`, or the caller cancelled it. */
export function noAnswerError(
  service: ServiceName,
  ended: NoAnswerKind,
  cause?: unknown,
  timeoutMs = 0,
): OryClientError {
  const name = label(service);
  const seconds = Math.round(timeoutMs / 1000);
  const message =
    ended === 'aborted'
      ? `The request to the ${name} service was cancelled.`
      : `${
          ended === 'network'
            ? `Could not reach the ${name} service`
            : `The ${name} service did not answer ${seconds < 1 ? 'in time' : `within ${seconds} second${seconds === 1 ? '' : 's'}`}`
        }. Check your connection and try again.`;
  // A timeout's cause would only be our own abort.
  return new OryClientError(message, {
    status: 0,
    id: CLIENT_ERROR_IDS[ended],
    cause: ended === 'timeout' ? undefined : cause,
  });
}

/**
 * An answer a UI cannot use. Kratos' error envelope: its `reason` is the specific, readable sentence ("This
 * account was disabled.", 'Requested return_to URL "…" is not allowed.'); `message` is herodot's generic one,
 * except for 5xx where the reason can be an internal detail a user should not read. Any other body (HTML from
 * a proxy, an empty 200, a JSON shape Kratos never sends) is one this client cannot read.
 */
export function answerError(service: ServiceName, status: number, body: unknown): OryClientError {
  const serverSide = status >= 500;
  const kratos = isErrorEnvelope(body) ? body.error : undefined;
  const problem = kratos
    ? 'answered with an error'
    : serverSide
      ? 'is having trouble'
      : 'sent an answer this app could not read';
  const soon = serverSide && !kratos ? ' in a moment' : '';
  return new OryClientError(
    (!serverSide && readable(kratos?.reason)) ||
      readable(kratos?.message) ||
      `The ${label(service)} service ${problem} (HTTP ${status}). Please try again${soon}.`,
    { status, id: kratos ? kratos.id : CLIENT_ERROR_IDS.invalidResponse, reason: kratos?.reason, body },
  );
}

const readable = (text: unknown): string | undefined =>
  typeof text === 'string' && text.trim() !== '' ? text : undefined;
