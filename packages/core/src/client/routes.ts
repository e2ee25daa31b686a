import { nonEmptyString } from './guards';
import { FLOW_TYPES, type FlowType } from './types';
import { splitUrl, withSearch } from './url-parts';

export type OryRouteName = FlowType | 'error';
export type OryRouteMap = Record<OryRouteName, string>;

/** `{ login: '/login', …, error: '/error' }`: each route is its name. */
export const defaultOryRoutes: Readonly<OryRouteMap> = Object.freeze(
  Object.fromEntries([...FLOW_TYPES, 'error'].map((name) => [name, `/${name}`])) as OryRouteMap,
);

export interface MapKratosUrlOptions {
  baseUrl: string;
  /** The app's routes; missing ones default to `defaultOryRoutes`. Extra keys are ignored. */
  routes?: Partial<OryRouteMap>;
}

/** Kratos' browser-init pages (group 1: the flow) and its error page, below baseUrl's path. */
const kratosPage = new RegExp(`^/self-service/(?:(${FLOW_TYPES.join('|')})/browser|errors)/?$`);

/**
 * Kratos sends users to its own browser-init URLs (`…/self-service/login/browser?aal=aal2&return_to=…`)
 * and error endpoint. An SPA would reload for those, so they become the app's route with the same query
 * (`/login?aal=aal2&return_to=…`). Any other URL comes back unchanged.
 */
export function mapKratosUrlToRoute(url: string, options: MapKratosUrlOptions): string {
  const base = splitUrl(options.baseUrl);
  const target = splitUrl(url);
  if (!base || target?.origin !== base.origin) return url;
  const basePath = base.pathname.replace(/\/+$/, '');
  const page =
    target.pathname.startsWith(`${basePath}/`) && kratosPage.exec(target.pathname.slice(basePath.length));
  if (!page) return url;
  const name = (page[1] ?? 'error') as OryRouteName;
  const route = nonEmptyString(options.routes?.[name]) ?? defaultOryRoutes[name];
  // The route may carry a query of its own.
  return withSearch(route, target.search);
}
