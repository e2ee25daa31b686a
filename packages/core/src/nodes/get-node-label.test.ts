import { describe, expect, it } from 'vitest';
import { inputNode, otherNode, uiText } from '../test-utils/node-builders';
import { getNodeLabel } from './get-node-label';

describe('getNodeLabel', () => {
  it('should prefer meta.label', () => {
    const node = inputNode('password', { label: uiText(1070001, 'Password') });
    expect(getNodeLabel(node)?.text).toBe('Password');
  });

  it('should fall back to attributes.label for inputs', () => {
    const node = inputNode('traits.email', { label: undefined });
    (node.attributes as { label?: unknown }).label = uiText(1070007, 'Email');
    expect(getNodeLabel(node)?.id).toBe(1070007);
  });

  it('should fall back to the title for anchors', () => {
    const node = otherNode('a', { id: 'continue', href: '/', title: uiText(1070009, 'Continue') });
    expect(getNodeLabel(node)?.text).toBe('Continue');
  });

  it('should be undefined when there is no label, or a null title', () => {
    expect(getNodeLabel(inputNode('csrf_token', { type: 'hidden' }))).toBeUndefined();
    expect(
      getNodeLabel(otherNode('a', { href: 'https://example.com', title: null, id: '' })),
    ).toBeUndefined();
  });
});
