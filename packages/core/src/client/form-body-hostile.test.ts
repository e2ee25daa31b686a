import { describe, expect, it } from 'vitest';
import { flow } from './__fixtures__/kratos-responses';
import { getCsrfToken, toSubmitBody } from './form-body';
import type { Flow, UiNode } from './types';

/** A flow passes the client's guard with any `nodes` array: holes and nulls in it must not break a submit. */
describe('form body with holes in the node list', () => {
  it('should still find the csrf_token and build the body', () => {
    const login = flow('login');
    const broken = {
      ...login,
      ui: { ...login.ui, nodes: [null, undefined, 7, ...login.ui.nodes] as unknown as UiNode[] },
    };
    expect(getCsrfToken(broken as Flow)).toBe(getCsrfToken(login));
    expect(toSubmitBody({ method: 'password' }, broken as Flow, 'browser')).toEqual({
      method: 'password',
      csrf_token: getCsrfToken(login),
    });
  });
});
