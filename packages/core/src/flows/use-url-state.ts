import { useState, useSyncExternalStore } from 'react';
import { type FlowParams, flowParamNames, fromInitQuery } from '../client/params';
import type { FlowType } from '../client/types';
import { parseQuery } from '../client/url-parts';
import { useOry } from '../hooks';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const readSearch = () => window.location.search;
const serverSearch = () => '';

/** The page's query (?flow=, ?return_to=, ?id=), re-read on history navigation (ours dispatches popstate too). */
export function useUrlQuery(): Map<string, string> {
  return parseQuery(useSyncExternalStore(subscribe, readSearch, serverSearch));
}

/**
 * Writes `?flow=<id>` in place (replaceState: no new history entry) so a reload resumes the same flow. The hook
 * calls it only for an id that is not the URL's yet. A module function, not a hook: its identity never changes,
 * so the hook's effect never re-runs for it.
 */
function writeFlowId(id: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('flow', id);
  window.history.replaceState(window.history.state, '', url);
}

export interface UrlFlowOptions {
  flowId: string | undefined;
  onFlowId: (id: string) => void;
}

/**
 * Splits a drop-in's props into its hook's options and the rest (the form's props). Each parameter the flow type
 * takes (the client's table) is taken as given, else from the page's query under Kratos' name (`returnTo` ←
 * `?return_to=`, `refresh` ← `?refresh=true`); the flow is the one named in `?flow=`, and `?flow=` is kept in
 * step with the flow in use. The third item starts over without parameters, for when Kratos refused them (a
 * return_to it does not allow): the URL loses its query and the props' parameters are set aside, since asking
 * again with them could only be refused again.
 */
export function useUrlFlowOptions<P extends object>(
  flowType: FlowType,
  props: P,
): [FlowParams & UrlFlowOptions, Omit<P, keyof FlowParams>, () => void] {
  const { navigate } = useOry();
  const [withoutProps, setWithoutProps] = useState(false);
  const query = useUrlQuery();
  // The names a browser flow takes, whatever the client's kind: the drop-ins always read the same ones.
  const fromUrl = fromInitQuery(flowType, 'browser', query);
  const options: Record<string, unknown> = { flowId: query.get('flow') || undefined, onFlowId: writeFlowId };
  const rest: Record<string, unknown> = { ...(props as Record<string, unknown>) };
  for (const name of flowParamNames(flowType)) {
    options[name] = (withoutProps ? undefined : rest[name]) ?? fromUrl[name];
    delete rest[name];
  }
  const startOver = () => {
    setWithoutProps(true);
    navigate(window.location.pathname);
  };
  return [options as unknown as FlowParams & UrlFlowOptions, rest as Omit<P, keyof FlowParams>, startOver];
}
