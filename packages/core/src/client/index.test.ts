import { describe, expect, it } from 'vitest';
import * as client from './index';

describe('@headless-ory/core/client', () => {
  it('should export exactly the public runtime API', () => {
    expect(Object.keys(client).sort()).toEqual([
      'CLIENT_ERROR_IDS',
      'DEFAULT_TIMEOUT_MS',
      'OryClientError',
      'carryValues',
      'classify',
      'createLogoutFlow',
      'createOryClient',
      'defaultOryRoutes',
      'exchangeSessionToken',
      'flowTypeOfRequestUrl',
      'formDataToBody',
      'getCsrfToken',
      'getFlowError',
      'logout',
      'mapKratosUrlToRoute',
      'nextStepFromContinueWith',
      'restartParams',
      'safeLink',
      'safeUrl',
      'sessionOutcome',
      'whoami',
    ]);
  });
});
