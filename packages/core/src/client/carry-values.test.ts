import { describe, expect, it } from 'vitest';
import { CSRF, flow, input } from './__fixtures__/kratos-responses';
import { carryValues } from './index';
import type { Flow, UiNodeInputAttributes } from './types';

const restarted: Flow = flow('registration', {
  id: 'new',
  ui: {
    action: 'http://localhost:4433/self-service/registration?flow=new',
    method: 'POST',
    nodes: [
      input('csrf_token', 'hidden', { value: 'new-csrf' }),
      input('traits.email', 'email', { value: '' }, 'profile'),
      input('traits.name.first', 'text', {}, 'profile'),
      input('traits.newsletter', 'checkbox', { value: false }, 'profile'),
      input('password', 'password', {}, 'password'),
      input('code', 'text', { autocomplete: 'one-time-code' }, 'code'),
      input('totp_code', 'text', {}, 'totp'),
      input('lookup_secret', 'text', {}, 'lookup_secret'),
      input('one_time', 'text', { autocomplete: 'one-time-code' }, 'default'),
      input('webauthn_register_displayname', 'text', {}, 'webauthn'),
      input('passkey_register', 'hidden', {}, 'passkey'),
      input('method', 'submit', { value: 'password' }, 'password'),
    ],
  },
});

function nodeValue(result: Flow, name: string): unknown {
  const node = result.ui.nodes.find(
    (candidate) => (candidate.attributes as UiNodeInputAttributes).name === name,
  );
  return (node?.attributes as UiNodeInputAttributes | undefined)?.value;
}

const typed: Record<string, unknown> = {
  csrf_token: CSRF,
  'traits.email': 'ada@example.com',
  'traits.name.first': 'Ada',
  'traits.newsletter': 'true',
  password: 'hunter2-secret',
  code: '123456',
  totp_code: '654321',
  lookup_secret: 'abcd-efgh',
  one_time: '999999',
  webauthn_register_displayname: 'My key',
  passkey_register: '{"id":"x"}',
  method: 'profile',
};

describe('carryValues', () => {
  it('should carry what the user typed into the new flow', () => {
    const result = carryValues(restarted, typed);
    expect(nodeValue(result, 'traits.email')).toBe('ada@example.com');
    expect(nodeValue(result, 'traits.name.first')).toBe('Ada');
    expect(nodeValue(result, 'traits.newsletter')).toBe(true);
  });

  it('should never carry passwords, codes, csrf, the method button or WebAuthn/passkey data', () => {
    const result = carryValues(restarted, typed);
    expect(nodeValue(result, 'password')).toBeUndefined();
    expect(nodeValue(result, 'code')).toBeUndefined();
    expect(nodeValue(result, 'totp_code')).toBeUndefined();
    expect(nodeValue(result, 'lookup_secret')).toBeUndefined();
    expect(nodeValue(result, 'one_time')).toBeUndefined();
    expect(nodeValue(result, 'webauthn_register_displayname')).toBeUndefined();
    expect(nodeValue(result, 'passkey_register')).toBeUndefined();
    expect(nodeValue(result, 'csrf_token')).toBe('new-csrf');
    expect(nodeValue(result, 'method')).toBe('password');
  });

  it('should carry identifiers and traits only, not fields it does not know', () => {
    const login = flow('login', {
      ui: {
        action: '',
        method: 'POST',
        nodes: [
          input('identifier', 'text', {}, 'default'),
          input('email', 'email', {}, 'code'),
          input('transient_payload.invite', 'text', {}, 'default'),
          input('identifier', 'hidden', {}, 'identifier_first'),
        ],
      },
    });
    const typedHere = { identifier: 'ada', email: 'ada@example.com', 'transient_payload.invite': 'x' };
    const result = carryValues(login, typedHere);
    expect(result.ui.nodes.map((node) => (node.attributes as UiNodeInputAttributes).value)).toEqual([
      'ada',
      'ada@example.com',
      undefined,
      undefined,
    ]);
  });

  it('should read FormData and nested objects alike', () => {
    const data = new FormData();
    data.append('traits.email', 'from-form@example.com');
    data.append('password', 'secret');
    expect(nodeValue(carryValues(restarted, data), 'traits.email')).toBe('from-form@example.com');
    expect(nodeValue(carryValues(restarted, data), 'password')).toBeUndefined();
    expect(
      nodeValue(carryValues(restarted, { traits: { name: { first: 'Grace' } } }), 'traits.name.first'),
    ).toBe('Grace');
  });

  it('should drop the extra names given in secretsDropped', () => {
    const result = carryValues(restarted, typed, { secretsDropped: ['traits.name.first'] });
    expect(nodeValue(result, 'traits.name.first')).toBeUndefined();
    expect(nodeValue(result, 'traits.email')).toBe('ada@example.com');
  });

  it('should return a copy and leave the new flow untouched', () => {
    const before = JSON.stringify(restarted);
    const result = carryValues(restarted, typed);
    expect(result).not.toBe(restarted);
    expect(JSON.stringify(restarted)).toBe(before);
  });

  it('should return the flow itself when nothing was typed', () => {
    expect(carryValues(restarted, {})).toBe(restarted);
    expect(carryValues(restarted, undefined)).toBe(restarted);
  });
});
