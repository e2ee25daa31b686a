import { isUuid, uuid } from '../crypto';
import { csrfError, flowMatchesCsrfCookie, maskedCsrfToken, verifyCsrfToken } from '../csrf';
import { asHerodot, forwardError } from '../error-manager';
import { FlowExpiredError, HerodotError, kratosErrors, ValidationError } from '../errors';
import { type Exchange, errorResponse, jsonResponse, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { addMessage, csrfNode, resetMessages, upsertNode } from '../nodes';
import { flowReturnTo, secureReturnTo } from '../return-to';
import type { FlowKind, FlowRecord } from '../store';
import type { FlowType, UiText } from '../types';

/** What differs between login, registration (and later settings, recovery, verification). */
export interface FlowDefinition {
  kind: FlowKind;
  uiUrl(ex: Exchange): string;
  expiredMessage(expiredAtMs: number, nowMs: number): UiText;
  /** The flow as Kratos sends it (settings flows embed their identity, hence the exchange). */
  serialize(flow: FlowRecord, ex: Exchange): Record<string, unknown>;
  sortNodes(ex: Exchange, flow: FlowRecord): void;
  /** A fresh flow replacing an expired one (Kratos' FromOldFlow). */
  replaceExpired(ex: Exchange, expired: FlowRecord): Promise<FlowRecord>;
}

/** A new flow shell: id, timestamps, request URL, validated return_to and the form action. */
export function newFlowRecord(ex: Exchange, kind: FlowKind, type: FlowType, requestUrl?: string): FlowRecord {
  const returnTo = ex.query('return_to');
  // Pre-validate the return_to, like login.NewFlow does, so a bad one fails at init.
  if (returnTo) secureReturnTo(ex.options, returnTo);
  const now = ex.now();
  const id = uuid();
  return {
    kind,
    id,
    type,
    issuedAt: now,
    expiresAt: now + ex.options.flowLifespanMs,
    updatedAt: now,
    requestUrl: requestUrl ?? `${ex.options.publicUrl}${ex.url.pathname}${ex.url.search}`,
    ...(returnTo ? { returnTo } : {}),
    state: 'choose_method',
    ui: { action: `${ex.options.publicUrl}/self-service/${kind}?flow=${id}`, method: 'POST', nodes: [] },
  };
}

export function saveFlow(ex: Exchange, flow: FlowRecord): void {
  flow.updatedAt = ex.now();
  ex.store.flows.set(flow.id, flow);
}

export function serializeUi(flow: FlowRecord) {
  const { action, method, nodes, messages: formMessages } = flow.ui;
  return {
    action,
    method,
    nodes: structuredClone(nodes),
    ...(formMessages && formMessages.length > 0 ? { messages: structuredClone(formMessages) } : {}),
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** The fields every self-service flow serialises alike; each flow type adds its own beside them. */
export function serializeFlowFields(flow: FlowRecord): Record<string, unknown> {
  return {
    id: flow.id,
    type: flow.type,
    expires_at: iso(flow.expiresAt),
    issued_at: iso(flow.issuedAt),
    request_url: flow.requestUrl,
    ...(flow.returnTo ? { return_to: flow.returnTo } : {}),
    ...(flow.active ? { active: flow.active } : {}),
    ui: serializeUi(flow),
    state: flow.state,
  };
}

/** `continue_with` of a flow that has one (settings, recovery), as a copy. */
export function serializeContinueWith(flow: FlowRecord): Record<string, unknown> {
  return flow.continueWith?.length ? { continue_with: structuredClone(flow.continueWith) } : {};
}

/** flow.GetFlowID: the `flow` query parameter of a submit. */
export function requireFlowId(ex: Exchange): string {
  const id = ex.query('flow');
  if (!isUuid(id)) throw kratosErrors.flowIdMissing();
  return id;
}

export function findFlow(ex: Exchange, kind: FlowKind, id: string | null): FlowRecord {
  const flow = id ? ex.store.flows.get(id) : undefined;
  if (!flow || flow.kind !== kind) throw kratosErrors.notFound();
  return flow;
}

export function assertNotExpired(ex: Exchange, flow: FlowRecord): void {
  const now = ex.now();
  if (flow.expiresAt <= now) throw new FlowExpiredError(flow.expiresAt, now);
}

/**
 * Get-flow on an expired flow: a plain 410 (`x.ErrGone`) that says where to start over. Login and registration set
 * the `self_service_flow_expired` id; settings, recovery and verification send none.
 */
export function expiredOnGet(ex: Exchange, flow: FlowRecord): HerodotError {
  const { kind } = flow;
  const id = kind === 'login' || kind === 'registration' ? { id: 'self_service_flow_expired' } : {};
  if (flow.type === 'api') {
    return new HerodotError(410, {
      ...id,
      reason: `The ${kind} flow has expired. Call the ${kind} flow init API endpoint to initialize a new ${kind} flow.`,
      details: { api: `${ex.options.publicUrl}/self-service/${kind}/api` },
    });
  }
  const redirectTo = new URL(`${ex.options.publicUrl}/self-service/${kind}/browser`);
  const returnTo = flowReturnTo(flow);
  if (returnTo) redirectTo.searchParams.set('return_to', returnTo);
  return new HerodotError(410, {
    ...id,
    reason: `The ${kind} flow has expired. Redirect the user to the ${kind} flow init endpoint to initialize a new ${kind} flow.`,
    details: { redirect_to: redirectTo.toString(), return_to: returnTo ?? '' },
  });
}

/**
 * `GET /self-service/<flow>/flows?id=` for login, registration, recovery and verification: a browser flow is bound
 * to its CSRF cookie, an expired one answers 410 (settings adds its session checks and has its own handler).
 */
export function getFlowResponse(
  ex: Exchange,
  kind: FlowKind,
  serialize: (flow: FlowRecord) => unknown,
): Response {
  try {
    const flow = findFlow(ex, kind, ex.query('id'));
    if (flow.type === 'browser' && !flowMatchesCsrfCookie(ex, flow.csrfToken)) throw csrfError(ex, undefined);
    if (flow.expiresAt <= ex.now()) throw expiredOnGet(ex, flow);
    return jsonResponse(serialize(flow));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}

/** JSON for SPAs and API clients, a 303 to the UI (`?flow=`) for browsers — x.AcceptToRedirectOrJSON. */
export function flowOrRedirect(ex: Exchange, def: FlowDefinition, flow: FlowRecord): Response {
  if (flow.type === 'api' || ex.acceptsJson()) return jsonResponse(def.serialize(flow, ex));
  return redirectResponse(withQuery(def.uiUrl(ex), { flow: flow.id }));
}

/** The error handler shared by flows' forward(): API flows get the error, browsers go through errorx. */
function forward(ex: Exchange, flow: FlowRecord | undefined, error: unknown): Response {
  if (flow?.type === 'api' && error instanceof HerodotError) return errorResponse(error);
  return forwardError(ex, error);
}

/**
 * Kratos' <flow>.ErrorHandler.WriteFlowError: an expired flow is replaced (410 + `use_flow_id`, or a 303 to the
 * new one); validation errors and 400s land in the flow (400 with the flow, or a 303 back to the UI); anything
 * else is forwarded as an error.
 */
export async function writeFlowError(
  ex: Exchange,
  def: FlowDefinition,
  flow: FlowRecord | undefined,
  error: unknown,
): Promise<Response> {
  if (!flow) return forward(ex, undefined, error);

  if (error instanceof FlowExpiredError) {
    let replacement: FlowRecord;
    try {
      replacement = await def.replaceExpired(ex, flow);
    } catch (inner) {
      return writeFlowError(ex, def, flow, inner);
    }
    addMessage(replacement.ui, def.expiredMessage(error.expiredAtMs, error.nowMs));
    saveFlow(ex, replacement);
    if (flow.type === 'api' || ex.isJsonRequest()) return errorResponse(error.toHerodot(replacement.id));
    return redirectResponse(withQuery(def.uiUrl(ex), { flow: replacement.id }));
  }

  resetMessages(flow.ui);
  if (error instanceof ValidationError) {
    for (const issue of error.issues) addMessage(flow.ui, issue.message, issue.field);
  } else if (error instanceof HerodotError && error.code === 400) {
    // container.ParseError folds any 400 into the form as 4000001 with the error's reason.
    addMessage(flow.ui, messages.validationGeneric(error.error.reason ?? error.error.message));
  } else {
    return forward(ex, flow, error);
  }

  def.sortNodes(ex, flow);
  saveFlow(ex, flow);
  if (flow.type === 'browser' && !ex.isJsonRequest()) {
    return redirectResponse(withQuery(def.uiUrl(ex), { flow: flow.id }));
  }
  return jsonResponse(def.serialize(flow, ex), 400);
}

/**
 * flow.EnsureCSRF: browser flows need the body's `csrf_token` to match the cookie; API flows must carry neither
 * an `Origin` header nor cookies (400).
 */
export function ensureCsrf(ex: Exchange, flow: FlowRecord, sent: unknown): void {
  if (flow.type === 'api') {
    if (ex.header('origin')) throw kratosErrors.originHeaderOnApiFlow();
    if (ex.hasCookies()) throw kratosErrors.cookieHeaderOnApiFlow();
    return;
  }
  if (!verifyCsrfToken(ex, sent)) throw csrfError(ex, sent);
}

/**
 * A strategy's error handler (Kratos' handle*Error): `keep` puts back what the form keeps (the typed identifier,
 * the traits), the CSRF token is re-masked, and the error is thrown for the flow handler to render. `checkCsrf`
 * is flow.EnsureCSRF failing through the same handler.
 */
export function submitFailure(ex: Exchange, flow: FlowRecord, keep?: () => void) {
  const fail = (error: unknown): never => {
    keep?.();
    refreshCsrfNode(ex, flow);
    throw error;
  };
  const checkCsrf = (sent: unknown): void => {
    try {
      ensureCsrf(ex, flow, sent);
    } catch (error) {
      fail(error);
    }
  };
  return { fail, checkCsrf };
}

/** Re-masks the csrf_token node after a failed submit, as the strategies' error handlers do. */
export function refreshCsrfNode(ex: Exchange, flow: FlowRecord): void {
  if (flow.type === 'browser') upsertNode(flow.ui, csrfNode(maskedCsrfToken(ex)));
}
