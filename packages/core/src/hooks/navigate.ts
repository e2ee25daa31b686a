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
  const path = `${target.pathname}${target.search}${target.hash}`;
  if (options?.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

/** The current URL, for return_to after a forced login. Undefined outside a browser (React Native has a
 * `window` without `location`). */
export function currentUrl(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location?.href;
}
