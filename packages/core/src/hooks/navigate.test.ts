import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultNavigate } from './navigate';

describe('defaultNavigate', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('should move within the app through the History API and tell routers with a popstate', () => {
    const popstate = vi.fn();
    window.addEventListener('popstate', popstate);
    const length = window.history.length;
    defaultNavigate('/verification?flow=f1#code');
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/verification?flow=f1#code',
    );
    expect(window.history.length).toBe(length + 1);
    defaultNavigate(`${window.location.origin}/login?aal=aal2`, { replace: true });
    expect(`${window.location.pathname}${window.location.search}`).toBe('/login?aal=aal2');
    expect(window.history.length).toBe(length + 1);
    expect(popstate).toHaveBeenCalledTimes(2);
    window.removeEventListener('popstate', popstate);
  });

  it('should resolve a relative target against the current page', () => {
    defaultNavigate('/settings/');
    defaultNavigate('profile?tab=1');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/settings/profile?tab=1');
  });
});
