/** Query parameters the drop-ins read or write; none may survive from one story into the next. */
export const DROP_IN_QUERY_PARAMS = [
  'flow',
  'return_to',
  'refresh',
  'aal',
  'login_challenge',
  'organization',
  'via',
  'identity_schema',
  'after_verification_return_to',
  // <FlowError/> reads the stored error's id.
  'id',
] as const;

function replaceUrl(url: string): void {
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Puts a story's query on the page's URL (after dropping any drop-in parameter left there) and returns the
 * undo, which puts the URL back exactly as it was — including the `?flow=` the drop-in wrote meanwhile.
 */
export function setStoryQuery(query: Record<string, string> = {}): () => void {
  const original = window.location.href;
  const url = new URL(original);
  for (const name of DROP_IN_QUERY_PARAMS) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  replaceUrl(url.href);
  return () => replaceUrl(original);
}

/** A target as the user would read it: a path for this page's origin, the full URL for any other. */
export function describeTarget(target: string): string {
  try {
    const url = new URL(target, window.location.href);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
  } catch {
    return target;
  }
}
