import { describe, expect, it } from 'vitest';
import { inputNode, otherNode, submitNode } from '../test-utils/node-builders';
import { getNodeId } from './get-node-id';

describe('getNodeId', () => {
  it('should use the input name', () => {
    expect(getNodeId(inputNode('traits.email'))).toBe('traits.email');
  });

  it('should add the value of submit buttons that share a name', () => {
    expect(getNodeId(submitNode('method', 'password', 'Sign in'))).toBe('method:password');
    expect(getNodeId(submitNode('provider', 'github', 'Sign in with GitHub', 'oidc'))).toBe(
      'provider:github',
    );
  });

  it('should not add the value of other inputs', () => {
    expect(
      getNodeId(inputNode('webauthn_login_trigger', { type: 'button', value: '{"publicKey":{}}' })),
    ).toBe('webauthn_login_trigger');
    expect(getNodeId(inputNode('csrf_token', { type: 'hidden', value: 'abc' }))).toBe('csrf_token');
  });

  it('should use attributes.id for non-input nodes', () => {
    expect(getNodeId(otherNode('img', { id: 'totp_qr' }, 'totp'))).toBe('totp_qr');
  });

  it('should stay stable when a node has neither name nor id', () => {
    const node = otherNode('div', { id: '' }, 'captcha');
    expect(getNodeId(node)).toBe('div:captcha');
    expect(getNodeId(node)).toBe(getNodeId(otherNode('div', { id: '' }, 'captcha')));
  });
});
