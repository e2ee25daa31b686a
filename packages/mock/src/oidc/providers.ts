import { HerodotError } from '../errors';
import type { Exchange } from '../http';
import type { OidcProvider } from '../options';

// The mock is its own OpenID Connect provider: every configured provider is served by the fake consent page
// under `/__mock/oidc/<id>/authorize`, which sends the browser back to Kratos' callback route.

export function findProvider(ex: Exchange, id: string): Required<OidcProvider> | undefined {
  return ex.options.oidcProviders.find((provider) => provider.id === id);
}

/** ConfigurationCollection.Provider: an id that is not configured is a 404. */
export function requireProvider(ex: Exchange, id: string): Required<OidcProvider> {
  const provider = findProvider(ex, id);
  if (!provider) {
    throw new HerodotError(404, {
      reason: `OpenID Connect Provider "${id}" is unknown or has not been configured`,
    });
  }
  return provider;
}

/** Kratos' RouteCallback, `/self-service/methods/oidc/callback/:provider`. */
export function callbackUrl(ex: Exchange, providerId: string): string {
  return `${ex.options.publicUrl}/self-service/methods/oidc/callback/${providerId}`;
}

export function consentPath(providerId: string): string {
  return `/__mock/oidc/${providerId}/authorize`;
}

/** oauth2.Config.AuthCodeURL for the fake provider. */
export function authorizeUrl(ex: Exchange, providerId: string, state: string): string {
  const url = new URL(`${ex.options.publicUrl}${consentPath(providerId)}`);
  url.searchParams.set('client_id', `mock-${providerId}`);
  url.searchParams.set('redirect_uri', callbackUrl(ex, providerId));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', 'openid email profile');
  url.searchParams.set('state', state);
  return url.toString();
}
