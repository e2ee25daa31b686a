import { describe, expect, it } from 'vitest';
import { flow, KRATOS } from './__fixtures__/kratos-responses';
import { flowTypeOfRequestUrl, restartParams } from './index';

describe('restartParams', () => {
  it('should keep a login flow parameters: return_to, refresh, aal, login_challenge, organization', () => {
    const login = flow('login', {
      request_url: `${KRATOS}/self-service/login/browser?return_to=%2Fdashboard&refresh=true&aal=aal2&login_challenge=ch&organization=org&via=email`,
      return_to: '/dashboard',
      refresh: true,
      requested_aal: 'aal2',
      oauth2_login_challenge: 'ch',
      organization_id: 'org',
    });
    expect(restartParams(login)).toEqual({
      returnTo: '/dashboard',
      refresh: true,
      aal: 'aal2',
      loginChallenge: 'ch',
      organization: 'org',
      via: 'email',
    });
  });

  it('should read the flow fields when request_url has no query', () => {
    const login = flow('login', {
      return_to: 'http://localhost:5173/after',
      requested_aal: 'aal2',
      oauth2_login_challenge: 'ch',
    });
    expect(restartParams(login)).toEqual({
      returnTo: 'http://localhost:5173/after',
      aal: 'aal2',
      loginChallenge: 'ch',
    });
  });

  it('should leave out the defaults (aal1, refresh false, empty organization)', () => {
    const login = flow('login', { requested_aal: 'aal1', refresh: false, organization_id: null });
    expect(restartParams(login)).toEqual({});
  });

  it('should keep registration and recovery parameters', () => {
    const registration = flow('registration', {
      request_url: `${KRATOS}/self-service/registration/browser?after_verification_return_to=%2Fverified&identity_schema=customer`,
    });
    expect(restartParams(registration)).toEqual({
      afterVerificationReturnTo: '/verified',
      identitySchema: 'customer',
    });
    const recovery = flow('recovery', {
      request_url: `${KRATOS}/self-service/recovery/browser?return_to=%2Fback&skip_settings=true`,
    });
    expect(restartParams(recovery)).toEqual({ returnTo: '/back', skipSettings: true });
  });

  it('should keep only native parameters for API flows', () => {
    const native = flow(
      'login',
      {
        request_url: `${KRATOS}/self-service/login/api?return_session_token_exchange_code=true&return_to=app%3A%2F%2Fdone`,
        return_to: 'app://done',
        oauth2_login_challenge: 'ignored-on-native',
      },
      'api',
    );
    expect(restartParams(native)).toEqual({ returnSessionTokenExchangeCode: true, returnTo: 'app://done' });
  });

  it('should not throw on a request_url it cannot read', () => {
    expect(restartParams(flow('login', { request_url: 'http://[bad' }))).toEqual({});
  });
});

describe('flowTypeOfRequestUrl', () => {
  it('should read the flow type from an init URL', () => {
    expect(flowTypeOfRequestUrl(`${KRATOS}/self-service/settings/browser?return_to=x`)).toBe('settings');
    expect(flowTypeOfRequestUrl(`${KRATOS}/self-service/verification/api`)).toBe('verification');
    expect(flowTypeOfRequestUrl(`${KRATOS}/sessions/whoami`)).toBeUndefined();
    expect(flowTypeOfRequestUrl(undefined)).toBeUndefined();
  });
});
