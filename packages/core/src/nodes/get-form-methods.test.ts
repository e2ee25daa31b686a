import { describe, expect, it } from 'vitest';
import { csrfNode, inputNode, makeFlow, passwordLoginNodes, submitNode } from '../test-utils/node-builders';
import { getFormMethods } from './get-form-methods';

describe('getFormMethods', () => {
  it('should list each group that can be submitted, once, in Kratos order', () => {
    const flow = makeFlow([
      submitNode('provider', 'github', 'GitHub', 'oidc'),
      submitNode('provider', 'google', 'Google', 'oidc'),
      ...passwordLoginNodes(),
      inputNode('passkey_login_trigger', {
        group: 'passkey',
        type: 'button',
        onclickTrigger: 'oryPasskeyLogin',
      }),
    ]);
    expect(getFormMethods(flow)).toEqual(['oidc', 'password', 'passkey']);
  });

  it('should not count the default group or groups without a submit', () => {
    const flow = makeFlow([csrfNode(), inputNode('totp_code', { group: 'totp' })]);
    expect(getFormMethods(flow)).toEqual([]);
    expect(getFormMethods(undefined)).toEqual([]);
  });
});
