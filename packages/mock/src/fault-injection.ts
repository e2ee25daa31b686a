import { aal2LoginUrl, aalNotSatisfied, browserLocationChangeRequired } from './aal';
import { csrfError } from './csrf';
import { HerodotError, kratosErrors, PrivilegedSessionRequired } from './errors';
import { identityMismatch } from './flows/settings';
import { type Exchange, emptyResponse, errorResponse, isPlainObject, jsonResponse } from './http';
import type { Store } from './store';

/**
 * Test control: "answer the next matching request with this", so a UI test can meet every error Kratos can send
 * (../kratos/NOTES.md §2) without staging the situation that causes it. Over HTTP: `POST /__mock/next-error` with a
 * `FaultSpec` (`DELETE` clears them); in process: `app.nextError(spec)`. `reset()` forgets them too.
 */

/** The error ids of NOTES.md §2 (Kratos' text/message_error.go). */
export const kratosErrorIds = [
  'self_service_flow_expired',
  'security_csrf_violation',
  'session_already_available',
  'session_aal1_required',
  'session_aal2_required',
  'session_refresh_required',
  'browser_location_change_required',
  'session_inactive',
  'self_service_flow_return_to_forbidden',
  'security_identity_mismatch',
  'self_service_flow_replaced',
  'self_service_flow_disabled',
  'session_verified_address_required',
  'session_aal_already_fulfilled',
  'identity_disabled',
] as const;

export type KratosErrorId = (typeof kratosErrorIds)[number];

export interface FaultSpec {
  /** Only requests whose path starts with this, e.g. `/self-service/login` (init, get and submit). Default: any. */
  path?: string;
  /** Only this HTTP method (`POST` for submits). Default: any. */
  method?: string;
  /** A Kratos error by id, built as Kratos builds it (its status, message, reason and extra fields). */
  id?: KratosErrorId;
  /** The status to answer with; default the id's own, else 500. */
  status?: number;
  /** The body instead of the id's: objects, arrays, numbers and null as JSON; a string as is (`text/html`). */
  body?: unknown;
  /** Top-level fields added to the id's envelope: `use_flow_id`, `redirect_browser_to`, … */
  extra?: Record<string, unknown>;
  /** How many matching requests get this answer (default 1). */
  times?: number;
}

interface QueuedFault extends FaultSpec {
  remaining: number;
}

// Keyed by the app's store: one queue per MockApp, gone with it.
const queues = new WeakMap<Store, QueuedFault[]>();

function queueOf(store: Store): QueuedFault[] {
  let queue = queues.get(store);
  if (!queue) {
    queue = [];
    queues.set(store, queue);
  }
  return queue;
}

/** Checks a spec (it may come over HTTP as any JSON); throws a readable TypeError when it can't be used. */
export function validateFaultSpec(spec: unknown): FaultSpec {
  if (!isPlainObject(spec)) throw new TypeError('a fault is a JSON object');
  const { path, method, id, status, extra, times } = spec;
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/')))
    throw new TypeError('`path` must start with "/"');
  if (method !== undefined && typeof method !== 'string') throw new TypeError('`method` must be a string');
  if (id !== undefined && !(kratosErrorIds as readonly unknown[]).includes(id))
    throw new TypeError(`\`id\` must be one of ${kratosErrorIds.join(', ')}`);
  if (
    status !== undefined &&
    (!Number.isInteger(status) || (status as number) < 100 || (status as number) > 599)
  )
    throw new TypeError('`status` must be an HTTP status (100–599)');
  if (id === undefined && status === undefined && !('body' in spec))
    throw new TypeError('give an `id`, a `status` or a `body`');
  if (extra !== undefined && !isPlainObject(extra)) throw new TypeError('`extra` must be an object');
  if (times !== undefined && (!Number.isInteger(times) || (times as number) < 1))
    throw new TypeError('`times` must be a positive integer');
  return spec as FaultSpec;
}

/** Queues a fault for the app whose store this is. */
export function queueFault(store: Store, spec: FaultSpec): void {
  const valid = validateFaultSpec(spec);
  queueOf(store).push({ ...valid, remaining: valid.times ?? 1 });
}

export function clearFaults(store: Store): void {
  queues.delete(store);
}

function matches(fault: FaultSpec, ex: Exchange): boolean {
  if (fault.method && fault.method.toUpperCase() !== ex.request.method.toUpperCase()) return false;
  return fault.path === undefined || ex.url.pathname.startsWith(fault.path);
}

/** Kratos' envelope for an id, as the mock builds it elsewhere (or as Kratos' handlers do, for ids it never sends). */
function errorFor(id: KratosErrorId, ex: Exchange): HerodotError {
  const { publicUrl } = ex.options;
  switch (id) {
    case 'self_service_flow_expired':
      return new HerodotError(
        410,
        {
          id,
          reason: 'The self-service flow expired 0.00 minutes ago, initialize a new one.',
          message: 'self-service flow expired',
        },
        { expired_at: new Date(ex.now()).toISOString(), since: 0 },
      );
    case 'security_csrf_violation':
      return csrfError(ex, undefined);
    case 'session_already_available':
      return kratosErrors.alreadyLoggedIn(
        ex.url.pathname.includes('/registration') ? 'registration' : 'login',
      );
    case 'session_aal1_required':
      return kratosErrors.aal1Required();
    case 'session_aal2_required':
      return aalNotSatisfied(aal2LoginUrl(ex.options));
    case 'session_refresh_required':
      return new PrivilegedSessionRequired().toHerodot(
        `${publicUrl}/self-service/login/browser?refresh=true`,
      );
    case 'browser_location_change_required':
      return browserLocationChangeRequired(`${publicUrl}/__mock/oidc/github/authorize`);
    case 'session_inactive':
      return kratosErrors.noActiveSession(true);
    case 'self_service_flow_return_to_forbidden':
      return kratosErrors.returnToForbidden('https://evil.example/');
    case 'security_identity_mismatch':
      return identityMismatch();
    case 'self_service_flow_replaced':
      return new HerodotError(410, {
        id,
        reason: 'The flow has been replaced by another flow.',
        message: 'self-service flow replaced',
      });
    case 'self_service_flow_disabled':
      return new HerodotError(400, {
        id,
        reason: 'Registration is not allowed because it was disabled.',
        message: 'registration flow disabled',
      });
    case 'session_verified_address_required':
      return new HerodotError(400, {
        id,
        reason:
          'Your account’s email or phone address are not verified yet. Please check your email or phone inbox or re-request verification.',
        message: 'identity is not verified',
      });
    case 'session_aal_already_fulfilled':
      return new HerodotError(401, {
        id,
        reason: 'The session already has the requested Authenticator Assurance Level.',
      });
    case 'identity_disabled':
      return new HerodotError(400, {
        id,
        reason: 'This account was disabled.',
        message: 'identity is disabled',
      });
  }
}

function responseFor(fault: FaultSpec, ex: Exchange): Response {
  if (fault.id) {
    const error = errorFor(fault.id, ex);
    const status = fault.status ?? error.code;
    if ('body' in fault) return bodyResponse(fault.body, status);
    return jsonResponse({ ...error.toJSON(), ...fault.extra }, status, { 'Ory-Error-Id': fault.id });
  }
  return bodyResponse(fault.body, fault.status ?? 500);
}

function bodyResponse(body: unknown, status: number): Response {
  if (body === undefined) return emptyResponse(status);
  if (typeof body === 'string')
    return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  return jsonResponse(body, status);
}

/** Marks an injected answer: the exchange recorder leaves it out (it is the test's answer, not Kratos'). */
export const FAULT_HEADER = 'X-Mock-Fault';

/** The queued answer for this request, if one matches (it is used up); the mock's own controls never match. */
export function takeFault(ex: Exchange): Response | undefined {
  if (ex.url.pathname.startsWith('/__mock/')) return undefined;
  const queue = queues.get(ex.store);
  const index = queue?.findIndex((fault) => matches(fault, ex)) ?? -1;
  const fault = index >= 0 ? queue?.[index] : undefined;
  if (!queue || !fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining === 0) queue.splice(index, 1);
  const response = responseFor(fault, ex);
  response.headers.set(FAULT_HEADER, 'injected');
  return response;
}

/** `POST /__mock/next-error` with a FaultSpec: 204, or 400 saying what is wrong with it. */
export async function postFault(ex: Exchange): Promise<Response> {
  let spec: unknown;
  try {
    spec = JSON.parse(await ex.request.text());
  } catch {
    return errorResponse(new HerodotError(400, { reason: 'The body must be a JSON FaultSpec.' }));
  }
  try {
    queueFault(ex.store, spec as FaultSpec);
  } catch (error) {
    return errorResponse(new HerodotError(400, { reason: (error as Error).message }));
  }
  return emptyResponse(204);
}

/** `DELETE /__mock/next-error`: forget every queued fault. */
export function deleteFaults(ex: Exchange): Response {
  clearFaults(ex.store);
  return emptyResponse(204);
}
