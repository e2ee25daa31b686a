import type { FlowType } from './types';
import { splitUrl } from './url-parts';

export type OryRouteName = FlowType | 'error';
export type OryRouteMap = Record<OryRouteName, string>;

export const defaultOryRoutes: Readonly<OryRouteMap> = Object.freeze({
  login: '/login',
  registration: '/registration',
  settings: '/settings',
  recovery: '/recovery',
  verification: '/verification',
  error: '/error',
});

export interface MapKratosUrlOptions {
  baseUrl: string;
  /** The app's routes; missing ones default to `defaultOryRoutes`. Extra keys are ignored. */
  routes?: Partial<OryRouteMap>;
}

const browserInit = /^\/self-service\/(login|registration|settings|recovery|verification)\/browser\/?$/;
const errorEndpoint = /^\/self-service\/errors\/?$/;

/**
 * Kratos sends users to its own browser-init URLs (`…/self-service/login/browser?aal=aal2&return_to=…`)
 * and error endpoint. An SPA would reload for those, so they become the app's route with the same query
 * (`/login?aal=aal2&return_to=…`). Any other URL comes back unchanged.
 */
export function mapKratosUrlToRoute(url: string, options: MapKratosUrlOptions): string {
  const base = splitUrl(options.baseUrl);
  const target = base ? splitUrl(url) : undefined;
  if (!base || !target || target.origin !== base.origin) return url;
  const basePath = base.pathname.replace(/\/+$/, '');
  if (!target.pathname.startsWith(`${basePath}/`)) return url;
  const path = target.pathname.slice(basePath.length);

  const routes = { ...defaultOryRoutes, ...definedOnly(options.routes) };
  const flow = browserInit.exec(path)?.[1] as FlowType | undefined;
  const route = flow ? routes[flow] : errorEndpoint.test(path) ? routes.error : undefined;
  return route === undefined ? url : appendQuery(route, target.search);
}

function appendQuery(route: string, search: string): string {
  if (search === '' || search === '?') return route;
  return route.includes('?') ? `${route}&${search.slice(1)}` : `${route}${search}`;
}

function definedOnly(routes: Partial<OryRouteMap> | undefined): Partial<OryRouteMap> {
  const out: Partial<OryRouteMap> = {};
  for (const [name, route] of Object.entries(routes ?? {})) {
    if (typeof route === 'string' && route !== '') out[name as OryRouteName] = route;
  }
  return out;
}
