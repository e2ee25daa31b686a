import { describe, expect, it } from 'vitest';
import { csrfNode, inputNode, otherNode, submitNode } from '../test-utils/node-builders';
import { filterNodes } from './filter-nodes';
import { getNodeId } from './get-node-id';

const nodes = [
  submitNode('provider', 'github', 'Sign in with GitHub', 'oidc'),
  csrfNode(),
  inputNode('identifier', { required: true }),
  otherNode(
    'script',
    { id: 'webauthn_script', src: 'https://ory.example.com/.well-known/ory/webauthn.js' },
    'webauthn',
  ),
  inputNode('passkey_login_trigger', { group: 'passkey', type: 'button', onclickTrigger: 'oryPasskeyLogin' }),
  inputNode('password', { group: 'password', type: 'password' }),
  submitNode('method', 'password', 'Sign in'),
];
const ids = (list: typeof nodes) => list.map(getNodeId);

describe('filterNodes', () => {
  it('should return every node, in order, without options', () => {
    expect(ids(filterNodes(nodes))).toEqual(ids(nodes));
  });

  it('should keep the default group with the asked groups, in Kratos order', () => {
    expect(ids(filterNodes(nodes, { groups: ['password'] }))).toEqual([
      'csrf_token',
      'identifier',
      'password',
      'method:password',
    ]);
  });

  it('should leave the default group out when withDefaultGroup is false', () => {
    expect(ids(filterNodes(nodes, { groups: ['oidc'], withDefaultGroup: false }))).toEqual([
      'provider:github',
    ]);
  });

  it('should bring the WebAuthn script along with the passkey group', () => {
    expect(ids(filterNodes(nodes, { groups: ['passkey'] }))).toEqual([
      'csrf_token',
      'identifier',
      'webauthn_script',
      'passkey_login_trigger',
    ]);
  });

  it('should exclude groups, types and names', () => {
    expect(ids(filterNodes(nodes, { excludeGroups: ['oidc', 'default', 'webauthn', 'passkey'] }))).toEqual([
      'password',
      'method:password',
    ]);
    expect(ids(filterNodes(nodes, { types: ['script'] }))).toEqual(['webauthn_script']);
    expect(ids(filterNodes(nodes, { names: ['identifier', 'password'] }))).toEqual([
      'identifier',
      'password',
    ]);
  });

  it('should tolerate missing lists and garbage entries', () => {
    expect(filterNodes(undefined)).toEqual([]);
    expect(filterNodes([null, 1, csrfNode()] as never, { groups: ['password'] })).toHaveLength(1);
  });
});
