import { nonEmptyString } from './guards';
import { FLOW_TYPES, type FlowType } from './types';
import { withSearch } from './url-parts';

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

/** Kratos' browser-init pages (group 1: the flow) and its error page, below baseUrl's path; group 2: the query. */
const kratosPage = new RegExp(
  `^/self-service/(?:(${FLOW_TYPES.join('|')})/browser|errors)/?(\\?[^#]*)?(?:#.*)?$`,
);

/**
 * Kratos sends users to its own browser-init URLs (`…/self-service/login/browser?aal=aal2&return_to=…`)
 * and error endpoint. An SPA would reload for those, so they become the app's route with the same query
 * (`/login?aal=aal2&return_to=…`). Any other URL comes back unchanged. Kratos writes these URLs from its
 * public base URL, which is the app's `baseUrl`: a URL written any other way (another case, an explicit
 * default port) is left to a real page load, which ends on the same page.
 */
export function mapKratosUrlToRoute(url: string, options: MapKratosUrlOptions): string {
  const base = options.baseUrl.trim().replace(/\/+$/, '');
  const page = url.startsWith(`${base}/`) && kratosPage.exec(url.slice(base.length));
  if (!page) return url;
  const name = (page[1] ?? 'error') as OryRouteName;
  const route = nonEmptyString(options.routes?.[name]) ?? defaultOryRoutes[name];
  // The route may carry a query of its own.
  return withSearch(route, page[2] ?? '');
}
