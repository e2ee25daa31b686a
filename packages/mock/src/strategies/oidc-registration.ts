import { bodyString } from '../flows/out-of-band';
import { isPlainObject } from '../http';
import { messages } from '../messages';
import { requireProvider } from '../oidc/providers';
import { redirectToProvider } from '../oidc/round-trip';
import { coerceFormTraits } from '../schema/identity-schema';
import { isMethodEnabled } from './enabled-methods';
import { addProviders } from './oidc-nodes';
import { NOT_RESPONSIBLE, type RegistrationStrategy } from './strategy';

/**
 * Kratos' oidc strategy for registration: "Sign up with <provider>" buttons. The traits posted with the button
 * travel with the round trip and fill what the provider does not say (see `oidc/callback.ts`).
 */
export const oidcRegistration: RegistrationStrategy = {
  id: 'oidc',
  group: 'oidc',

  populateCredentials(ex, flow) {
    addProviders(flow, ex.options.oidcProviders, messages.registrationWith);
  },

  /** PopulateRegistrationMethodProfile: two-step registration offers the providers on the traits screen too. */
  populateProfile(ex, flow) {
    addProviders(flow, ex.options.oidcProviders, messages.registrationWith);
  },

  async register(ex, flow, body) {
    const provider = bodyString(body, 'provider');
    const method = bodyString(body, 'method');
    if (provider === '' || (method !== '' && method.toLowerCase() !== 'oidc')) return NOT_RESPONSIBLE;
    if (!isMethodEnabled(ex, 'oidc')) return NOT_RESPONSIBLE;
    requireProvider(ex, provider);
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, ex.options.identitySchema) : body.traits;
    throw redirectToProvider(ex, flow, provider, isPlainObject(traits) ? traits : undefined);
  },
};
