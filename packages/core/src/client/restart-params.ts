import { nonEmptyString } from './guards';
import { type FlowParams, fromInitQuery } from './params';
import { FLOW_TYPES, type Flow, type FlowType } from './types';
import { parseQuery, splitUrl } from './url-parts';

const initPath = new RegExp(`/self-service/(${FLOW_TYPES.join('|')})/(?:browser|api)/?$`);

/** An absolute or root-relative URL's parts (request_url is absolute in Kratos; tests and proxies vary). */
const partsOf = (url: string | undefined) =>
  url ? splitUrl(url.startsWith('/') ? `http://relative.invalid${url}` : url) : undefined;

/** Which flow a `request_url` initialised, e.g. `…/self-service/login/browser?aal=aal2` → login. */
export const flowTypeOfRequestUrl = (requestUrl: string | undefined): FlowType | undefined =>
  initPath.exec(partsOf(requestUrl)?.pathname ?? '')?.[1] as FlowType | undefined;

/**
 * The parameters to create an equivalent flow when this one cannot be used any more (expired, CSRF, not
 * found): what its request_url asked for, and the fields Kratos resolved (return_to, requested_aal,
 * oauth2_login_challenge, organization_id). `flowType` is read from request_url when not given. Only the
 * parameters the flow's init endpoint takes are kept. (To start over, `FlowApi.recreate` replays request_url's
 * query as it is; this is for code that wants the parameters themselves.)
 */
export function restartParams(flow: Flow, flowType?: FlowType): FlowParams {
  // Without a known flow type request_url's query means nothing; the resolved fields are read as login's.
  const type = flowType ?? flowTypeOfRequestUrl(flow.request_url);
  const query = parseQuery((type && partsOf(flow.request_url)?.search) || '');
  // What Kratos resolved wins. aal1 is what every login asks for anyway: only a step-up must survive.
  const resolved = {
    return_to: flow.return_to,
    refresh: flow.refresh === true && 'true',
    aal: flow.requested_aal === 'aal2' && 'aal2',
    login_challenge: flow.oauth2_login_challenge,
    organization: flow.organization_id,
  };
  for (const [name, value] of Object.entries(resolved)) {
    const text = nonEmptyString(value);
    if (text) query.set(name, text);
  }
  return fromInitQuery(type ?? 'login', flow.type === 'api' ? 'native' : 'browser', query);
}
