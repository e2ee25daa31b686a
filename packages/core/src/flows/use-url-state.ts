import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const readSearch = () => window.location.search;
const serverSearch = () => '';

/** The page's query string, re-read on history navigation (ours dispatches popstate too). */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, readSearch, serverSearch);
  return new URLSearchParams(search);
}

/** Writes `?flow=<id>` in place (replaceState: no new history entry) so a reload resumes the same flow. */
export function useWriteFlowId(): (id: string) => void {
  return useCallback((id: string) => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('flow') === id) return;
    url.searchParams.set('flow', id);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }, []);
}

/** A query parameter as a string, or undefined when absent or empty. */
export function param(search: URLSearchParams, name: string): string | undefined {
  const value = search.get(name);
  return value ? value : undefined;
}
