import { describe, expect, it } from 'vitest';
import { inputNode, uiText } from '../test-utils/node-builders';
import { formatLabel } from './format-label';

describe('formatLabel', () => {
  it('should format the node label with translations', () => {
    const node = inputNode('password', { label: uiText(1070001, 'Password') });
    expect(formatLabel(node)).toBe('Password');
    expect(formatLabel(node, { 1070001: 'Passwort' })).toBe('Passwort');
  });

  it('should be undefined for a node without a label', () => {
    expect(formatLabel(inputNode('csrf_token', { type: 'hidden' }))).toBeUndefined();
  });
});
