import { describe, expect, it } from 'vitest';
import type { UiNode } from '../client/types';
import { inputNode, otherNode } from '../test-utils/node-builders';
import {
  getNodeType,
  isAnchorNode,
  isDivNode,
  isImageNode,
  isInputNode,
  isScriptNode,
  isTextNode,
} from './guards';

describe('node type guards', () => {
  it('should recognise each node type by attributes.node_type', () => {
    expect(isInputNode(inputNode('identifier'))).toBe(true);
    expect(
      isTextNode(otherNode('text', { id: 'totp_secret_key', text: { id: 1, text: 'x', type: 'info' } })),
    ).toBe(true);
    expect(isImageNode(otherNode('img', { id: 'totp_qr', src: 'data:image/png;base64,AA' }))).toBe(true);
    expect(isAnchorNode(otherNode('a', { id: 'continue', href: '/' }))).toBe(true);
    expect(isScriptNode(otherNode('script', { id: 'webauthn_script' }))).toBe(true);
    expect(isDivNode(otherNode('div', { id: 'captcha' }))).toBe(true);
  });

  it('should not confuse one type with another', () => {
    const input = inputNode('identifier');
    expect(
      isTextNode(input) ||
        isImageNode(input) ||
        isAnchorNode(input) ||
        isScriptNode(input) ||
        isDivNode(input),
    ).toBe(false);
  });

  it('should fall back to node.type when attributes.node_type is missing', () => {
    const node = {
      type: 'input',
      group: 'default',
      attributes: { name: 'x', type: 'text' },
      messages: [],
      meta: {},
    };
    expect(isInputNode(node)).toBe(true);
    expect(getNodeType(node)).toBe('input');
  });

  it('should answer false, never throw, for garbage', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      1,
      'input',
      [],
      {},
      { type: 'input' },
      { type: 'input', attributes: null },
    ];
    for (const value of garbage) {
      expect(isInputNode(value)).toBe(false);
      expect(isScriptNode(value)).toBe(false);
    }
    expect(getNodeType({ type: 42, attributes: {} } as unknown as UiNode)).toBeUndefined();
  });
});
