import { describe, expect, it } from 'vitest';
import * as mock from './index';

describe('@headless-ory/mock', () => {
  it('should export exactly the public entry points', () => {
    expect(Object.keys(mock).sort()).toEqual([
      'WEBAUTHN_SCRIPT',
      'WEBAUTHN_SCRIPT_INTEGRITY',
      'WEBAUTHN_SCRIPT_PATH',
      'createMockApp',
      'createMockFetch',
      'createSoftwareAuthenticator',
      'kratosErrorIds',
      'setMockRecorder',
      'startMockServer',
    ]);
  });
});
