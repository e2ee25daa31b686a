// A tiny history-API router: enough for the demo's flat routes, and the shape a real app hands to
// <OryProvider navigate={navigate}> (same-origin paths stay in the SPA, anything else leaves it).
import { type AnchorHTMLAttributes, type MouseEvent, useMemo, useSyncExternalStore } from 'react';

const LOCATION_CHANGE = 'demo:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE, onChange);
  };
}

// The href string is the snapshot: stable while the URL is unchanged, so no needless re-renders.
const readHref = () => window.location.href;

export interface DemoLocation {
  pathname: string;
  search: string;
  hash: string;
  searchParams: URLSearchParams;
}

/** The current location; re-renders on navigate(), <Link> clicks and the browser's back/forward. */
export function useLocation(): DemoLocation {
  const href = useSyncExternalStore(subscribe, readHref);
  return useMemo(() => {
    const url = new URL(href);
    return { pathname: url.pathname, search: url.search, hash: url.hash, searchParams: url.searchParams };
  }, [href]);
}

export interface NavigateOptions {
  /** Replace the current history entry instead of pushing one (e.g. when writing `?flow=` back). */
  replace?: boolean;
}

/** Same-origin URLs change the route without a reload; other origins (Ory, OIDC providers) get a full load. */
export function navigate(url: string, options: NavigateOptions = {}): void {
  const target = new URL(url, window.location.href);
  if (target.origin !== window.location.origin) {
    window.location.assign(target.href);
    return;
  }
  const path = `${target.pathname}${target.search}${target.hash}`;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
  if (!options.replace && !target.hash) window.scrollTo(0, 0);
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary <a> (works without JS, opens in new tabs) that navigates in-app on a plain left click. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || rest.target === '_blank') return;
    if (new URL(href, window.location.href).origin !== window.location.origin) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
