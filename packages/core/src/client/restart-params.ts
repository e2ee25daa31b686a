import { nonEmptyString } from './guards';
import { type FlowParams, fromInitQuery } from './params';
import type { ClientKind, Flow, FlowType } from './types';
import { parseQuery, splitUrl } from './url-parts';

const initPath = /\/self-service\/(login|registration|settings|recovery|verification)\/(browser|api)\/?$/;

/** Path and query of an absolute or root-relative URL (request_url is absolute in Kratos; tests and proxies vary). */
function pathAndQuery(url: string | undefined): { pathname: string; query: Map<string, string> } | undefined {
  if (!url) return undefined;
  const parts =
    splitUrl(url) ?? (url.startsWith('/') ? splitUrl(`http://relative.invalid${url}`) : undefined);
  return parts ? { pathname: parts.pathname, query: parseQuery(parts.search) } : undefined;
}

/** Which flow a `request_url` initialised, e.g. `…/self-service/login/browser?aal=aal2` → login. */
export function flowTypeOfRequestUrl(requestUrl: string | undefined): FlowType | undefined {
  const url = pathAndQuery(requestUrl);
  return url ? (initPath.exec(url.pathname)?.[1] as FlowType | undefined) : undefined;
}

/**
 * The parameters to create an equivalent flow when this one cannot be used any more (expired, CSRF, not
 * found): what its request_url asked for, and the fields Kratos resolved (return_to, requested_aal,
 * oauth2_login_challenge, organization_id). `flowType` is read from request_url when not given.
 */
export function restartParams(flow: Flow, flowType?: FlowType): FlowParams {
  const url = pathAndQuery(flow.request_url);
  const type = flowType ?? flowTypeOfRequestUrl(flow.request_url);
  const kind: ClientKind = flow.type === 'api' ? 'native' : 'browser';
  const params: FlowParams = type && url ? fromInitQuery(type, kind, url.query) : {};

  const returnTo = nonEmptyString(flow.return_to);
  if (returnTo && acceptsReturnTo(type, kind)) params.returnTo = returnTo;
  if (type === 'login' || type === undefined) {
    if (flow.refresh === true) params.refresh = true;
    // aal1 is what every login asks for anyway; only a step-up must survive the restart.
    if (flow.requested_aal === 'aal2') params.aal = 'aal2';
  }
  const challenge = nonEmptyString(flow.oauth2_login_challenge);
  if (
    challenge &&
    kind === 'browser' &&
    (type === 'login' || type === 'registration' || type === undefined)
  ) {
    params.loginChallenge = challenge;
  }
  const organization = nonEmptyString(flow.organization_id);
  if (organization && type !== 'recovery' && type !== 'verification') params.organization = organization;
  return params;
}

function acceptsReturnTo(type: FlowType | undefined, kind: ClientKind): boolean {
  if (kind === 'native') return type !== 'settings' && type !== 'recovery';
  return true;
}
