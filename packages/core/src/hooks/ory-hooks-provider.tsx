import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { createOryClient } from '../client';
import { defaultNavigate } from './navigate';
import {
  defaultRoutes,
  type Navigate,
  type OryConfig,
  OryContext,
  type OryContextValue,
} from './ory-context';

export interface OryHooksProviderProps {
  config: OryConfig;
  /** Your router's navigate; default: History API for this origin, a page load for others. */
  navigate?: Navigate;
  onSessionToken?: (token: string) => void;
  /**
   * The cache for flows and the session. Pass your app's client to share devtools and invalidation;
   * by default a private one is made. It is never installed as a QueryClientProvider, so it can't shadow yours.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** The hooks' half of `<OryProvider>`: one Kratos client, the app's routes, navigation and the query cache. */
export function OryHooksProvider({
  config,
  navigate,
  onSessionToken,
  queryClient,
  children,
}: OryHooksProviderProps) {
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient());
  const { baseUrl, kind, fetch, sessionToken, headers, timeoutMs, routes } = config;
  const client = useMemo(
    () => createOryClient({ baseUrl, kind, fetch, sessionToken, headers, timeoutMs }),
    [baseUrl, kind, fetch, sessionToken, headers, timeoutMs],
  );
  const value = useMemo<OryContextValue>(
    () => ({
      client,
      routes: { ...defaultRoutes, ...routes },
      navigate: navigate ?? defaultNavigate,
      queryClient: queryClient ?? ownQueryClient,
      onSessionToken,
    }),
    [client, routes, navigate, queryClient, ownQueryClient, onSessionToken],
  );
  return <OryContext.Provider value={value}>{children}</OryContext.Provider>;
}
