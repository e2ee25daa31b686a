import { classify, type FlowPhase } from './classify';
import type { ResolvedOryClientConfig } from './config';
import { type SubmitBody, toSubmitBody } from './form-body';
import { endpoint, type RequestOptions, send } from './http';
import type { Outcome } from './outcome';
import { type FlowParams, toInitQuery } from './params';
import type { Flow, FlowType } from './types';
import { httpUrl, searchOf } from './url-parts';

export interface FlowApi<F extends Flow, P> {
  /** `GET /self-service/<flow>/browser` (browser) or `/api` (native), with the set parameters. */
  create(params?: P, options?: RequestOptions): Promise<Outcome<F>>;
  /**
   * A new flow made the way `flow` was, for when it cannot be used any more (expired, CSRF, not found): the init
   * endpoint on this client's baseUrl with the query Kratos recorded in `flow.request_url` (return_to, aal,
   * refresh, login_challenge, identity_schema, … whatever Kratos accepted then). Only the query is read, so a
   * proxy or custom domain in front of Kratos does not matter.
   */
  recreate(flow: F, options?: RequestOptions): Promise<Outcome<F>>;
  /** `GET /self-service/<flow>/flows?id=` — note `id`, not `flow`. */
  get(id: string, options?: RequestOptions): Promise<Outcome<F>>;
  /** `POST flow.ui.action` (which carries `?flow=`) with a JSON body. */
  submit(flow: F, body: SubmitBody, options?: RequestOptions): Promise<Outcome<F>>;
}

/**
 * Where a native client must prove its session. Settings always; login only to step up (aal2) or to
 * re-authenticate (refresh): sent on a plain login, a valid token would make Kratos answer
 * session_already_available.
 */
const needsToken = (flowType: FlowType, refresh: unknown, aal: unknown): boolean =>
  flowType === 'settings' || (flowType === 'login' && (refresh === true || (!!aal && aal !== 'aal1')));

export function createFlowApi<F extends Flow, P extends object>(
  config: ResolvedOryClientConfig,
  flowType: FlowType,
): FlowApi<F, P> {
  const { baseUrl, kind } = config;
  const path = `/self-service/${flowType}`;
  const request = (
    phase: FlowPhase,
    url: string,
    withSessionToken: boolean,
    options?: RequestOptions,
    json?: unknown,
  ) =>
    send(config, { ...options, method: json ? 'POST' : 'GET', url, json, withSessionToken }, (status, body) =>
      classify<F>(status, body, { flowType, phase }),
    );
  const initPath = `${path}/${kind === 'native' ? 'api' : 'browser'}`;
  return {
    create: (params?: FlowParams, options?: RequestOptions) =>
      request(
        'create',
        endpoint(baseUrl, initPath, toInitQuery(flowType, kind, params)),
        needsToken(flowType, params?.refresh, params?.aal),
        options,
      ),
    recreate: (flow, options) =>
      request(
        'create',
        `${baseUrl}${initPath}${searchOf(flow.request_url)}`,
        needsToken(flowType, flow.refresh, flow.requested_aal),
        options,
      ),
    get: (id, options) =>
      request('get', endpoint(baseUrl, `${path}/flows`, { id }), flowType === 'settings', options),
    submit: (flow, body, options) =>
      request(
        'submit',
        submitUrl(baseUrl, path, flow),
        needsToken(flowType, flow.refresh, flow.requested_aal),
        options,
        toSubmitBody(body, flow, kind),
      ),
  };
}

/**
 * `flow.ui.action` as Kratos wrote it (it carries `?flow=`, and `&token=` for recovery/verification links);
 * a root-relative one is put on baseUrl's origin; a missing or non-http(s) one is rebuilt from the flow id.
 */
function submitUrl(baseUrl: string, path: string, flow: Flow): string {
  const action = typeof flow.ui?.action === 'string' ? flow.ui.action.trim() : '';
  if (httpUrl.test(action)) return action;
  // Not `//host` nor its backslash variants, which browsers read as another host.
  if (/^\/(?![\\/])/.test(action)) return `${httpUrl.exec(baseUrl)?.[1]}${action}`;
  return endpoint(baseUrl, path, { flow: flow.id });
}
