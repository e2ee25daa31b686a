import { checkSessionAal } from '../aal';
import { maskedCsrfToken } from '../csrf';
import { asHerodot, forwardError } from '../error-manager';
import { HerodotError, kratosErrors } from '../errors';
import { type Exchange, errorResponse, jsonResponse, redirectResponse, withQuery } from '../http';
import { serializeIdentity } from '../identity';
import { messages } from '../messages';
import { csrfNode, sortNodes, upsertNode } from '../nodes';
import { fetchSession } from '../session';
import type { FlowRecord, IdentityRecord } from '../store';
import { lookupSecretSettings } from '../strategies/lookup-secret-settings';
import { oidcSettings } from '../strategies/oidc-settings';
import { passkeySettings } from '../strategies/passkey-settings';
import { traitKeys } from '../strategies/profile';
import { passwordSettings } from '../strategies/settings-password';
import { profileSettings } from '../strategies/settings-profile';
import type { SettingsStrategy } from '../strategies/strategy';
import { totpSettings } from '../strategies/totp';
import { webauthnSettings } from '../strategies/webauthn-settings';
import type { FlowType } from '../types';
import {
  expiredOnGet,
  type FlowDefinition,
  findFlow,
  flowOrRedirect,
  newFlowRecord,
  saveFlow,
  serializeContinueWith,
  serializeFlowFields,
} from './flow';

/** Settings methods in Kratos' order; each renders its own group and answers only its `method`. */
export const SETTINGS_STRATEGIES: SettingsStrategy[] = [
  profileSettings,
  passwordSettings,
  // Off unless `methods` turns them on (they check it themselves).
  totpSettings,
  lookupSecretSettings,
  oidcSettings,
  webauthnSettings,
  passkeySettings,
];

// settings/sort.go: by group, then csrf_token, the traits in schema order, password; `method` last in its group.
const GROUP_ORDER = [
  'default',
  'profile',
  'password',
  'oidc',
  'lookup_secret',
  'webauthn',
  'passkey',
  'totp',
] as const;

export const settingsDefinition: FlowDefinition = {
  kind: 'settings',
  uiUrl: (ex) => ex.options.ui.settings,
  expiredMessage: messages.settingsFlowExpired,
  serialize: serializeSettingsFlow,
  sortNodes: (ex, flow) =>
    sortNodes(flow.ui, { groups: [...GROUP_ORDER], keys: ['csrf_token', ...traitKeys(ex), 'password'] }),
  replaceExpired: async (ex, expired) =>
    createSettingsFlow(ex, expired.type, identityById(ex, expired.identityId), {
      returnTo: expired.returnTo,
      requestUrl: expired.requestUrl,
    }),
};

/** The identity a settings flow (or a session) belongs to. */
export function identityById(ex: Exchange, id: string | undefined): IdentityRecord {
  const identity = id ? ex.store.identities.get(id) : undefined;
  if (!identity) throw kratosErrors.notFound();
  return identity;
}

export function serializeSettingsFlow(flow: FlowRecord, ex: Exchange): Record<string, unknown> {
  return {
    ...serializeFlowFields(flow),
    organization_id: null,
    identity: serializeIdentity(identityById(ex, flow.identityId), ex.options.publicUrl),
    ...serializeContinueWith(flow),
  };
}

/** Rebuilds the form of every settings method for the identity (NewFlow, also after a successful update). */
export function populateSettingsForm(ex: Exchange, flow: FlowRecord, identity: IdentityRecord): void {
  flow.ui.nodes = [];
  delete flow.ui.messages;
  // API flows carry the node too (Kratos' snapshots show it); only browser flows get a token in it.
  upsertNode(flow.ui, csrfNode(flow.type === 'browser' ? maskedCsrfToken(ex) : ''));
  for (const strategy of SETTINGS_STRATEGIES) strategy.populate(ex, flow, identity);
  settingsDefinition.sortNodes(ex, flow);
}

/** settings.Handler.NewFlow: a flow owned by the identity, in `show_form`. */
export function createSettingsFlow(
  ex: Exchange,
  type: FlowType,
  identity: IdentityRecord,
  params: { returnTo?: string; requestUrl?: string } = {},
): FlowRecord {
  const flow = newFlowRecord(ex, 'settings', type, params.requestUrl);
  if (params.returnTo) flow.returnTo = params.returnTo;
  flow.state = 'show_form';
  flow.identityId = identity.id;
  populateSettingsForm(ex, flow, identity);
  saveFlow(ex, flow);
  return flow;
}

/**
 * `GET /self-service/settings/browser`: needs a session. Without one, JSON gets 401 `session_inactive` and a
 * browser is sent to the login init endpoint, carrying over this request's return_to.
 */
export function initBrowserSettings(ex: Exchange): Response {
  const { session, credentialsMissing } = fetchSession(ex);
  if (!session) {
    if (ex.isJsonRequest()) return errorResponse(kratosErrors.noActiveSession(credentialsMissing));
    const login = new URL(`${ex.options.publicUrl}/self-service/login/browser`);
    const returnTo = ex.query('return_to');
    if (returnTo) login.searchParams.set('return_to', returnTo);
    return redirectResponse(login.toString());
  }
  // required_aal: an aal2 login first; it returns here only when this request named a return_to.
  const returnTo = ex.query('return_to');
  const aalError = checkSessionAal(
    ex.options,
    session,
    ex.store.identities.get(session.identityId),
    ex.options.settingsRequiredAal,
    returnTo ? `${ex.options.publicUrl}${ex.url.pathname}${ex.url.search}` : undefined,
  );
  if (aalError) {
    if (ex.isJsonRequest()) return errorResponse(aalError);
    return redirectResponse(String(aalError.extra.redirect_browser_to));
  }
  try {
    const flow = createSettingsFlow(ex, 'browser', identityById(ex, session.identityId));
    return flowOrRedirect(ex, settingsDefinition, flow);
  } catch (error) {
    return forwardError(ex, error);
  }
}

/** `GET /self-service/settings/api`: for the `X-Session-Token` session, else 401 `session_inactive`. */
export function initApiSettings(ex: Exchange): Response {
  const { session, credentialsMissing } = fetchSession(ex);
  if (!session) return errorResponse(kratosErrors.noActiveSession(credentialsMissing));
  const identity = ex.store.identities.get(session.identityId);
  const aalError = checkSessionAal(ex.options, session, identity, ex.options.settingsRequiredAal);
  if (aalError) return errorResponse(aalError);
  try {
    const flow = createSettingsFlow(ex, 'api', identityById(ex, session.identityId));
    return jsonResponse(serializeSettingsFlow(flow, ex));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}

/** settings.OnUnauthenticated: JSON gets a 401 without an id, browsers a 302 to the login UI. */
export function settingsUnauthenticated(ex: Exchange): Response {
  if (!ex.isJsonRequest()) return redirectResponse(ex.options.ui.login, 302);
  return errorResponse(
    new HerodotError(401, { reason: 'A valid ORY Session Cookie or ORY Session Token is missing.' }),
  );
}

export const identityMismatch = () =>
  new HerodotError(403, {
    id: 'security_identity_mismatch',
    reason: 'The request was made for another identity and has been blocked for security reasons.',
  });

/** `GET /self-service/settings/flows?id=`: the session's own flow only (403 otherwise); 410 without an id. */
export function getSettingsFlow(ex: Exchange): Response {
  const { session } = fetchSession(ex);
  if (!session) return settingsUnauthenticated(ex);
  try {
    const flow = findFlow(ex, 'settings', ex.query('id'));
    if (flow.identityId !== session.identityId) throw identityMismatch();
    // An aal2 login that comes back to this flow in the settings UI.
    const aalError = checkSessionAal(
      ex.options,
      session,
      ex.store.identities.get(session.identityId),
      ex.options.settingsRequiredAal,
      withQuery(ex.options.ui.settings, { flow: flow.id }),
    );
    if (aalError) throw aalError;
    if (flow.expiresAt <= ex.now()) throw expiredOnGet(ex, flow);
    return jsonResponse(serializeSettingsFlow(flow, ex));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}
