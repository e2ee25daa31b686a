import { describe, expect, it } from 'vitest';
import { CSRF, flow, input } from './__fixtures__/kratos-responses';
import { toSubmitBody } from './form-body';
import { formDataToBody, getCsrfToken } from './index';

const profile = flow('registration', {
  ui: {
    action: 'http://localhost:4433/self-service/registration?flow=1',
    method: 'POST',
    nodes: [
      input('csrf_token', 'hidden', { value: CSRF }),
      input('traits.email', 'email', {}, 'profile'),
      input('traits.age', 'number', {}, 'profile'),
      input('traits.consent', 'checkbox', {}, 'profile'),
      input('method', 'submit', { value: 'profile' }, 'profile'),
    ],
  },
});

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('getCsrfToken', () => {
  it('should read the hidden csrf_token node', () => {
    expect(getCsrfToken(profile)).toBe(CSRF);
  });

  it('should be undefined for API flows, which have none', () => {
    expect(getCsrfToken(flow('login', {}, 'api'))).toBeUndefined();
    expect(getCsrfToken(undefined)).toBeUndefined();
  });
});

describe('formDataToBody', () => {
  it('should keep dotted names as keys and single values as strings', () => {
    expect(
      formDataToBody(
        form([
          ['traits.email', 'ada@example.com'],
          ['method', 'profile'],
        ]),
        profile,
      ),
    ).toEqual({
      'traits.email': 'ada@example.com',
      method: 'profile',
      csrf_token: CSRF,
    });
  });

  it('should turn checkbox nodes into booleans, the last value winning over a hidden "false"', () => {
    expect(
      formDataToBody(
        form([
          ['traits.consent', 'false'],
          ['traits.consent', 'true'],
        ]),
        profile,
      ),
    ).toMatchObject({
      'traits.consent': true,
    });
    expect(formDataToBody(form([['traits.consent', 'false']]), profile)).toMatchObject({
      'traits.consent': false,
    });
  });

  it('should turn number nodes into numbers and leave an empty one out', () => {
    expect(formDataToBody(form([['traits.age', '42']]), profile)).toMatchObject({ 'traits.age': 42 });
    expect(formDataToBody(form([['traits.age', '']]), profile)).not.toHaveProperty(['traits.age']);
  });

  it('should make an array only of names sent more than once', () => {
    expect(
      formDataToBody(
        form([
          ['traits.tags', 'a'],
          ['traits.tags', 'b'],
          ['one', 'x'],
        ]),
      ),
    ).toEqual({
      'traits.tags': ['a', 'b'],
      one: 'x',
    });
  });

  it('should send a value repeated under one name once (Kratos code forms: hidden method + submit method)', () => {
    expect(
      formDataToBody(
        form([
          ['identifier', 'ada@example.com'],
          ['method', 'code'],
          ['code', '123456'],
          ['method', 'code'],
        ]),
      ),
    ).toEqual({ identifier: 'ada@example.com', method: 'code', code: '123456' });
  });

  it('should keep a csrf_token the form sent rather than the flow one', () => {
    expect(formDataToBody(form([['csrf_token', 'from-form']]), profile).csrf_token).toBe('from-form');
  });

  it('should send a number repeated under one name once, like any other repeated value', () => {
    expect(
      formDataToBody(
        form([
          ['traits.age', '42'],
          ['traits.age', '42'],
        ]),
        profile,
      ),
    ).toMatchObject({ 'traits.age': 42 });
    expect(
      formDataToBody(
        form([
          ['traits.age', '1'],
          ['traits.age', '2'],
        ]),
        profile,
      ),
    ).toMatchObject({ 'traits.age': [1, 2] });
  });

  it('should skip files, which Kratos never takes', () => {
    const data = form([['a', '1']]);
    data.append('upload', new Blob(['x']), 'x.txt');
    expect(formDataToBody(data)).toEqual({ a: '1' });
  });
});

describe('toSubmitBody', () => {
  it('should add the csrf_token to an object body for browser flows', () => {
    expect(toSubmitBody({ method: 'password' }, profile, 'browser')).toEqual({
      method: 'password',
      csrf_token: CSRF,
    });
  });

  it('should strip csrf_token for native flows', () => {
    expect(toSubmitBody({ method: 'password', csrf_token: 'x' }, profile, 'native')).toEqual({
      method: 'password',
    });
  });

  it('should not change the caller object', () => {
    const body = { method: 'password' };
    toSubmitBody(body, profile, 'browser');
    expect(body).toEqual({ method: 'password' });
  });
});
