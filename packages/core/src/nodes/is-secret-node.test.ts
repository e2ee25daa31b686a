import { describe, expect, it } from 'vitest';
import { csrfNode, inputNode, otherNode, uiText } from '../test-utils/node-builders';
import { isSecretNode } from './is-secret-node';

describe('isSecretNode', () => {
  it('should flag passwords, codes and the csrf token', () => {
    expect(isSecretNode(inputNode('password', { type: 'password' }))).toBe(true);
    expect(isSecretNode(inputNode('code', { group: 'code' }))).toBe(true);
    expect(isSecretNode(inputNode('totp_code', { group: 'totp' }))).toBe(true);
    expect(isSecretNode(inputNode('lookup_secret', { group: 'lookup_secret' }))).toBe(true);
    expect(isSecretNode(inputNode('anything', { autocomplete: 'one-time-code' }))).toBe(true);
    expect(isSecretNode(csrfNode())).toBe(true);
  });

  it('should flag the TOTP secret and lookup codes text nodes', () => {
    expect(
      isSecretNode(otherNode('text', { id: 'totp_secret_key', text: uiText(1050006, 'S3CR3T') }, 'totp')),
    ).toBe(true);
    expect(
      isSecretNode(otherNode('text', { id: 'lookup_secret_codes', text: uiText(1050015, 'a, b') })),
    ).toBe(true);
  });

  it('should not flag what the user may keep', () => {
    expect(isSecretNode(inputNode('identifier'))).toBe(false);
    expect(isSecretNode(inputNode('traits.email', { type: 'email' }))).toBe(false);
    expect(isSecretNode(otherNode('img', { id: 'totp_qr' }))).toBe(false);
  });
});
