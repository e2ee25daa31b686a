import { bodyString } from '../flows/out-of-band';
import { isPlainObject } from '../http';
import { messages } from '../messages';
import { requireProvider } from '../oidc/providers';
import { redirectToProvider } from '../oidc/round-trip';
import { coerceFormTraits } from '../schema/identity-schema';
import { isMethodEnabled } from './enabled-methods';
import { addProviders } from './oidc-nodes';
import { type LoginStrategy, NOT_RESPONSIBLE } from './strategy';

/**
 * Kratos' oidc strategy for login: a "Sign in with <provider>" button per provider. Submitting one sends the
 * browser to the provider (422 `browser_location_change_required` for JSON, 303 for forms); the callback
 * (`oidc/callback.ts`) finishes the login, or turns it into a registration for a new subject.
 */
export const oidcLogin: LoginStrategy = {
  id: 'oidc',
  group: 'oidc',

  populateFirstFactor(ex, flow) {
    addProviders(flow, ex.options.oidcProviders, messages.loginWith);
  },

  /** Refresh: only the providers this identity can sign in with. */
  populateRefresh(ex, flow, identity) {
    const linked = new Set((identity.oidcCredentials ?? []).map((c) => c.provider));
    addProviders(
      flow,
      ex.options.oidcProviders.filter((p) => linked.has(p.id)),
      messages.loginWith,
    );
  },

  // With account enumeration mitigation the buttons of the first step stay as they are.
  populateIdentifierFirstCredentials() {},

  async login(ex, flow, body) {
    const provider = bodyString(body, 'provider');
    const method = bodyString(body, 'method');
    // A provider posted next to another method is not a social sign-in (Kratos logs a warning).
    if (provider === '' || (method !== '' && method.toLowerCase() !== 'oidc')) return NOT_RESPONSIBLE;
    if (!isMethodEnabled(ex, 'oidc') || flow.requestedAal === 'aal2') return NOT_RESPONSIBLE;
    requireProvider(ex, provider);
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, ex.options.identitySchema) : body.traits;
    throw redirectToProvider(ex, flow, provider, isPlainObject(traits) ? traits : undefined);
  },
};
