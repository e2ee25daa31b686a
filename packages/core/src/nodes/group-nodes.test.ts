import { describe, expect, it } from 'vitest';
import { csrfNode, inputNode, submitNode } from '../test-utils/node-builders';
import { getNodeId } from './get-node-id';
import { groupNodes } from './group-nodes';

describe('groupNodes', () => {
  it('should group nodes keeping the first-seen group order and the node order', () => {
    const grouped = groupNodes([
      submitNode('provider', 'github', 'GitHub', 'oidc'),
      csrfNode(),
      inputNode('password', { group: 'password', type: 'password' }),
      submitNode('provider', 'google', 'Google', 'oidc'),
      submitNode('method', 'password', 'Sign in'),
    ]);
    expect([...grouped.keys()]).toEqual(['oidc', 'default', 'password']);
    expect(grouped.get('oidc')?.map(getNodeId)).toEqual(['provider:github', 'provider:google']);
    expect(grouped.get('password')?.map(getNodeId)).toEqual(['password', 'method:password']);
  });

  it('should return an empty map for nothing', () => {
    expect(groupNodes(undefined).size).toBe(0);
  });
});
