export { withQuery } from '../client/url-parts';

import type { Navigate } from './ory-context';

/**
 * Same-origin targets go through the History API (and a popstate event so routers and the drop-ins notice);
 * other origins — Kratos, an OIDC provider — get a real page load.
 */
export const defaultNavigate: Navigate = (url, options) => {
  if (typeof window === 'undefined') return;
  const target = new URL(url, window.location.href);
  if (target.origin !== window.location.origin) {
    window.location.assign(target.href);
    return;
  }
  // The History API takes a same-origin absolute URL as it is.
  window.history[options?.replace ? 'replaceState' : 'pushState'](null, '', target.href);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

/** The current URL, for return_to after a forced login. Undefined outside a browser (React Native has a
 * `window` without `location`). */
export function currentUrl(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location?.href;
}
