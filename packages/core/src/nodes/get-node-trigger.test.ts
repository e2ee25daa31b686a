import { describe, expect, it } from 'vitest';
import { inputNode } from '../test-utils/node-builders';
import { getNodeTrigger, parseLegacyTrigger, toTriggerName } from './get-node-trigger';

describe('getNodeTrigger', () => {
  it('should prefer onclickTrigger and map it to its alias', () => {
    const node = inputNode('passkey_login_trigger', {
      type: 'button',
      onclickTrigger: 'oryPasskeyLogin',
      onclick: 'window.oryPasskeyLogin()',
    });
    expect(getNodeTrigger(node, 'click')).toEqual({
      name: 'oryPasskeyLogin',
      candidates: ['oryPasskeyLogin', '__oryPasskeyLogin'],
      args: [],
    });
  });

  it('should read onloadTrigger for load', () => {
    const node = inputNode('passkey_login', {
      type: 'hidden',
      onloadTrigger: 'oryPasskeyLoginAutocompleteInit',
    });
    expect(getNodeTrigger(node, 'load')?.name).toBe('oryPasskeyLoginAutocompleteInit');
    expect(getNodeTrigger(node, 'click')).toBeUndefined();
  });

  it('should parse a legacy onclick with a JSON argument, without evaluating it', () => {
    const node = inputNode('webauthn_login_trigger', {
      type: 'button',
      onclick: 'window.__oryWebAuthnLogin({"publicKey":{"challenge":"abc","rpId":"example.com"}})',
    });
    expect(getNodeTrigger(node, 'click')).toEqual({
      name: 'oryWebAuthnLogin',
      candidates: ['__oryWebAuthnLogin', 'oryWebAuthnLogin'],
      args: [{ publicKey: { challenge: 'abc', rpId: 'example.com' } }],
    });
  });

  it('should refuse unknown functions and anything that is not a single JSON call', () => {
    const refused = [
      'window.alert(1)',
      'fetch("https://evil.example")',
      'window.oryWebAuthnLogin(document.cookie)',
      'window.oryWebAuthnLogin({}); alert(1)',
      'window.oryWebAuthnLogin({}) || alert(1)',
      'window["oryWebAuthnLogin"]()',
      '',
    ];
    for (const source of refused) expect(parseLegacyTrigger(source), source).toBeUndefined();
    expect(
      getNodeTrigger(inputNode('x', { type: 'button', onclickTrigger: 'alert' }), 'click'),
    ).toBeUndefined();
  });

  it('should know both the new and the __ory names', () => {
    expect(toTriggerName('__oryPasskeyRegistration')).toBe('oryPasskeyRegistration');
    expect(toTriggerName('oryPasskeySettingsRegistration')).toBe('oryPasskeySettingsRegistration');
    expect(toTriggerName('__proto__')).toBeUndefined();
    expect(toTriggerName(undefined)).toBeUndefined();
  });
});
