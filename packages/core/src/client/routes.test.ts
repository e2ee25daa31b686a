import { describe, expect, it } from 'vitest';
import { KRATOS } from './__fixtures__/kratos-responses';
import { mapKratosUrlToRoute } from './index';

const returnTo = encodeURIComponent('http://localhost:5173/settings');

describe('mapKratosUrlToRoute', () => {
  it.each([
    [
      `${KRATOS}/self-service/login/browser?aal=aal2&return_to=${returnTo}`,
      `/login?aal=aal2&return_to=${returnTo}`,
    ],
    [`${KRATOS}/self-service/login/browser?refresh=true`, '/login?refresh=true'],
    [`${KRATOS}/self-service/registration/browser`, '/registration'],
    [`${KRATOS}/self-service/settings/browser?return_to=x`, '/settings?return_to=x'],
    [`${KRATOS}/self-service/recovery/browser`, '/recovery'],
    [`${KRATOS}/self-service/verification/browser/`, '/verification'],
    [`${KRATOS}/self-service/errors?id=abc`, '/error?id=abc'],
  ])('should map %s to %s', (url, route) => {
    expect(mapKratosUrlToRoute(url, { baseUrl: KRATOS })).toBe(route);
  });

  it('should use the app routes given, keeping their own query', () => {
    const routes = { login: '/auth/sign-in', registration: '/auth/sign-up?tab=1' };
    expect(
      mapKratosUrlToRoute(`${KRATOS}/self-service/login/browser?aal=aal2`, { baseUrl: KRATOS, routes }),
    ).toBe('/auth/sign-in?aal=aal2');
    expect(
      mapKratosUrlToRoute(`${KRATOS}/self-service/registration/browser?x=1`, { baseUrl: KRATOS, routes }),
    ).toBe('/auth/sign-up?tab=1&x=1');
  });

  it('should honour a baseUrl with a path (a proxy) and a trailing slash', () => {
    const baseUrl = 'https://app.example.com/.ory/';
    expect(
      mapKratosUrlToRoute('https://app.example.com/.ory/self-service/login/browser?aal=aal2', { baseUrl }),
    ).toBe('/login?aal=aal2');
    expect(mapKratosUrlToRoute('https://app.example.com/self-service/login/browser', { baseUrl })).toBe(
      'https://app.example.com/self-service/login/browser',
    );
  });

  it('should keep the query and drop a fragment', () => {
    expect(
      mapKratosUrlToRoute(`${KRATOS}/self-service/login/browser?aal=aal2#top`, { baseUrl: KRATOS }),
    ).toBe('/login?aal=aal2');
    expect(mapKratosUrlToRoute(`${KRATOS}/self-service/login/browser#top`, { baseUrl: KRATOS })).toBe(
      '/login',
    );
  });

  it.each([
    ['another origin', 'https://accounts.example.com/self-service/login/browser'],
    ['a host that only starts like baseUrl', `${KRATOS}.evil.example/self-service/login/browser`],
    ['userinfo that looks like baseUrl', `${KRATOS}@evil.example/self-service/login/browser`],
    // Kratos writes its URLs from its public base URL, the app's baseUrl: another spelling gets a real page load.
    ['baseUrl spelled another way', `${KRATOS.toUpperCase()}/self-service/login/browser`],
    ['a Kratos path that is not a page', `${KRATOS}/self-service/login/browser/extra`],
    ['a submit URL', `${KRATOS}/self-service/login?flow=1`],
    ['an API init URL', `${KRATOS}/self-service/login/api`],
    ['a relative URL', '/dashboard'],
    ['an OIDC provider', 'https://accounts.google.com/o/oauth2/auth?x=1'],
  ])('should leave %s unchanged', (_name, url) => {
    expect(mapKratosUrlToRoute(url, { baseUrl: KRATOS })).toBe(url);
  });
});
