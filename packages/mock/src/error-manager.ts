import { uuid } from './crypto';
import { HerodotError, kratosErrors } from './errors';
import { type Exchange, errorResponse, jsonResponse, redirectResponse, withQuery } from './http';

/** Anything thrown that is not a Kratos error becomes a 500, so a bug in the mock still answers like Kratos. */
export function asHerodot(error: unknown): HerodotError {
  if (error instanceof HerodotError) return error;
  return kratosErrors.internal(error instanceof Error ? error.message : String(error));
}

export function storeError(ex: Exchange, error: HerodotError): string {
  const id = uuid();
  ex.store.errors.set(id, { id, error: error.error, createdAt: ex.now() });
  return id;
}

/**
 * errorx.Manager.Forward: JSON clients get the error; browsers are sent to the error UI with `?id=` of the
 * stored error, which `GET /self-service/errors?id=` returns.
 */
export function forwardError(ex: Exchange, error: unknown): Response {
  const herodot = asHerodot(error);
  if (ex.isJsonRequest()) return errorResponse(herodot);
  const id = storeError(ex, herodot);
  return redirectResponse(withQuery(ex.options.ui.error, { id }));
}

/** `GET /self-service/errors?id=` (`error` is an alias; `stub:500` returns a stub). */
export function getSelfServiceError(ex: Exchange): Response {
  const id = ex.query('id') ?? ex.query('error');
  const now = new Date(ex.now()).toISOString();
  if (id === 'stub:500') {
    const stub = new HerodotError(500, { reason: 'This is a stub error.' });
    return jsonResponse({ id: uuid(), error: stub.error, created_at: now, updated_at: now });
  }
  const stored = id ? ex.store.errors.get(id) : undefined;
  if (!stored) return errorResponse(kratosErrors.notFound());
  const at = new Date(stored.createdAt).toISOString();
  return jsonResponse({ id: stored.id, error: stored.error, created_at: at, updated_at: at });
}
