import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { defaultOryRoutes, type OryClient, type OryClientConfig, type OryRouteMap } from '../client';

/** The app's own routes for each flow; Kratos' browser-init URLs are mapped onto them so an SPA never reloads. */
export interface OryRoutes extends OryRouteMap {
  /** Where a user goes after login/registration when neither the flow nor Kratos names a return_to. */
  home: string;
}

export const defaultRoutes: OryRoutes = { ...defaultOryRoutes, home: '/' };

export interface OryConfig extends OryClientConfig {
  routes?: Partial<OryRoutes>;
}

export type Navigate = (url: string, options?: { replace?: boolean }) => void;

export interface OryContextValue {
  client: OryClient;
  routes: OryRoutes;
  navigate: Navigate;
  queryClient: QueryClient;
  /** Native apps receive the session token here; the library never stores it. */
  onSessionToken?: (token: string) => void;
}

export const OryContext = createContext<OryContextValue | null>(null);

export function useOry(): OryContextValue {
  const value = useContext(OryContext);
  if (!value) throw new Error('`useOry` must be used within `<OryProvider>`');
  return value;
}
