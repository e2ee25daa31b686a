import { maskedCsrfToken } from '../csrf';
import { FlowExpiredError, ValidationError } from '../errors';
import { saveFlow, writeFlowError } from '../flows/flow';
import { completeLogin, createLoginFlow, serializeLoginFlow } from '../flows/login';
import { completeRegistration, createRegistrationFlow, registrationDefinition } from '../flows/registration';
import { type Exchange, jsonResponse, redirectResponse, withQuery } from '../http';
import { newIdentity } from '../identity';
import { messages } from '../messages';
import { csrfNode, findNode, setNodeValue, upsertNode } from '../nodes';
import { validateTraits } from '../schema/validate-traits';
import { fetchSession } from '../session';
import type { FlowRecord, IdentityRecord } from '../store';
import { providerNode } from '../strategies/oidc-nodes';
import { markVerified } from '../strategies/out-of-band';
import { keepTraitValues, traitNodes } from '../strategies/profile';
import { mergeTraits, traitsFromClaims, verifiedEmails } from './claims';
import { findByOidcSubject } from './credentials';
import { findProvider } from './providers';

/** What the provider round trip brought back: who the provider says the user is, and the traits posted. */
export interface Callback {
  provider: string;
  claims: Record<string, unknown>;
  formTraits: unknown;
}

const subjectOf = (callback: Callback) => String(callback.claims.sub);

/**
 * ProcessLogin: a known subject signs in; an unknown one is turned into a new registration flow (keeping
 * return_to), which then registers it.
 */
export async function processLogin(ex: Exchange, flow: FlowRecord, callback: Callback): Promise<Response> {
  const identity = findByOidcSubject(ex, callback.provider, subjectOf(callback));
  if (identity) {
    flow.active = 'oidc';
    return completeLogin(ex, flow, identity, fetchSession(ex));
  }
  const registration = await createRegistrationFlow(ex, flow.type, {
    returnTo: flow.returnTo,
    requestUrl: flow.requestUrl,
  });
  return processRegistration(ex, registration, callback);
}

/**
 * processRegistration: a known subject signs in instead (through a fresh login flow). Otherwise the claims,
 * merged with the posted traits, must satisfy the identity schema — if they do not, the registration flow asks
 * for the rest — and an identifier that belongs to another account starts account linking.
 */
export async function processRegistration(
  ex: Exchange,
  flow: FlowRecord,
  callback: Callback,
): Promise<Response> {
  flow.active = 'oidc';
  const existing = findByOidcSubject(ex, callback.provider, subjectOf(callback));
  if (existing) {
    const login = await createLoginFlow(ex, flow.type, {
      refresh: false,
      aal: 'aal1',
      returnTo: flow.returnTo,
      requestUrl: flow.requestUrl,
    });
    login.active = 'oidc';
    return completeLogin(ex, login, existing, fetchSession(ex));
  }
  const schema = ex.options.identitySchema;
  const traits = mergeTraits(traitsFromClaims(schema, callback.claims), callback.formTraits);
  const issues = validateTraits(traits, schema.properties?.traits ?? {});
  if (issues.length > 0)
    return registrationError(ex, flow, callback.provider, traits, new ValidationError(issues));

  const identity = newIdentity(traits as Record<string, unknown>, schema, ex.now());
  identity.oidcCredentials = [{ provider: callback.provider, subject: subjectOf(callback) }];
  const verified = verifiedEmails(callback.claims);
  for (const address of identity.verifiableAddresses) {
    if (address.via === 'email' && verified.includes(address.value)) markVerified(ex, address);
  }
  const conflict = conflictingIdentifier(ex, identity);
  if (conflict) return startAccountLinking(ex, flow, callback, conflict);
  try {
    return completeRegistration(ex, flow, identity);
  } catch (error) {
    return registrationError(ex, flow, callback.provider, traits, error);
  }
}

/**
 * Strategy.HandleError for registration flows: all nodes are reset to the CSRF token and a "Continue" button
 * for the provider, plus — when traits are known — the trait fields (group `default` since Kratos v25) with
 * their values; the flow error handler then adds the messages and sends the browser back to the UI.
 */
export function registrationError(
  ex: Exchange,
  flow: FlowRecord,
  providerId: string,
  traits: unknown,
  error: unknown,
): Promise<Response> {
  if (!(error instanceof FlowExpiredError)) {
    flow.ui.nodes = flow.type === 'browser' ? [csrfNode(maskedCsrfToken(ex))] : [];
    flow.ui.nodes.push(providerNode(providerId, messages.registrationContinue()));
    if (traits !== undefined) {
      for (const node of traitNodes(ex.options.identitySchema, 'default')) upsertNode(flow.ui, node);
      keepTraitValues(ex, flow, traits);
    }
  }
  return writeFlowError(ex, registrationDefinition, flow, error);
}

/** identity.Manager's duplicate check: an identifier of the new identity that another identity already has. */
function conflictingIdentifier(ex: Exchange, identity: IdentityRecord): string | undefined {
  for (const other of ex.store.identities.values()) {
    const shared = identity.passwordIdentifiers.find((id) => other.passwordIdentifiers.includes(id));
    if (shared) return shared;
  }
  return undefined;
}

/**
 * HandleError for ErrDuplicateCredentials (registrationToLogin + populateAccountLinkingUI): a new login flow
 * that explains the situation (1010016), keeps the identifier, offers the other providers as "Confirm with",
 * and remembers the provider account to link once the user has signed in.
 */
async function startAccountLinking(
  ex: Exchange,
  registration: FlowRecord,
  callback: Callback,
  identifier: string,
): Promise<Response> {
  const login = await createLoginFlow(ex, registration.type, {
    refresh: false,
    aal: 'aal1',
    returnTo: registration.returnTo,
    requestUrl: registration.requestUrl,
  });
  login.active = 'oidc';
  login.duplicateCredentials = { provider: callback.provider, subject: subjectOf(callback), identifier };
  const usedLabel = findProvider(ex, callback.provider)?.label ?? callback.provider;
  login.ui.nodes = login.ui.nodes.flatMap((node) => {
    if (node.group !== 'oidc' || !node.meta.label) return [node];
    const providerId = node.meta.label.context?.provider_id;
    if (providerId === callback.provider) return [];
    if (node.meta.label.id !== 1010002) return [node];
    const provider = String(node.meta.label.context?.provider ?? providerId);
    return [{ ...node, meta: { label: messages.loginWithAndLink(provider) } }];
  });
  const identifierNode = findNode(login.ui, 'identifier');
  if (identifierNode) {
    identifierNode.attributes = { ...identifierNode.attributes, type: 'hidden' };
    setNodeValue(login.ui, 'identifier', identifier);
  }
  login.ui.messages = [messages.loginLink(identifier, usedLabel, ex.options.ui.login)];
  saveFlow(ex, login);
  registration.state = 'choose_method';
  saveFlow(ex, registration);
  if (login.type === 'browser' && !ex.isJsonRequest()) {
    return redirectResponse(withQuery(ex.options.ui.login, { flow: login.id, no_org_ui: 'true' }));
  }
  return jsonResponse(serializeLoginFlow(login), 400);
}
