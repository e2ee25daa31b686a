import { OryClientError } from './outcome';
import type { FlowType, KratosErrorEnvelope } from './types';

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

/** How messages name a service; the others by their own name ("the login service"). */
const labels: Partial<Record<ServiceName, string>> = {
  settings: 'account settings',
  recovery: 'account recovery',
  error: 'account',
};
const label = (service: ServiceName) => labels[service] ?? service;

export function networkError(service: ServiceName, cause: unknown): OryClientError {
  return new OryClientError(
    `Could not reach the ${label(service)} service. Check your connection and try again.`,
    { status: 0, id: CLIENT_ERROR_IDS.network, cause },
  );
}

export function timeoutError(service: ServiceName, timeoutMs: number): OryClientError {
  const seconds = Math.round(timeoutMs / 1000);
  const when = seconds < 1 ? 'in time' : `within ${seconds} second${seconds === 1 ? '' : 's'}`;
  return new OryClientError(
    `The ${label(service)} service did not answer ${when}. Check your connection and try again.`,
    { status: 0, id: CLIENT_ERROR_IDS.timeout },
  );
}

export function abortedError(service: ServiceName, cause: unknown): OryClientError {
  return new OryClientError(`The request to the ${label(service)} service was cancelled.`, {
    status: 0,
    id: CLIENT_ERROR_IDS.aborted,
    cause,
  });
}

/** A body this client cannot read: HTML from a proxy, an empty 200, a JSON shape Kratos never sends. */
export function invalidResponseError(service: ServiceName, status: number, body: unknown): OryClientError {
  const message =
    status >= 500
      ? `The ${label(service)} service is having trouble (HTTP ${status}). Please try again in a moment.`
      : `The ${label(service)} service sent an answer this app could not read (HTTP ${status}). Please try again.`;
  return new OryClientError(message, { status, id: CLIENT_ERROR_IDS.invalidResponse, body });
}

/**
 * Kratos' own error. Its `reason` is the specific, readable sentence ("This account was disabled.",
 * 'Requested return_to URL "…" is not allowed.'); `message` is herodot's generic one, except for 5xx where
 * the reason can be an internal detail a user should not read.
 */
export function kratosError(
  service: ServiceName,
  status: number,
  envelope: KratosErrorEnvelope,
): OryClientError {
  const { error } = envelope;
  const specific = status >= 500 ? undefined : nonEmpty(error.reason);
  const message =
    specific ??
    nonEmpty(error.message) ??
    `The ${label(service)} service answered with an error (HTTP ${status}). Please try again.`;
  return new OryClientError(message, { status, id: error.id, reason: error.reason, body: envelope });
}

function nonEmpty(text: unknown): string | undefined {
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}
