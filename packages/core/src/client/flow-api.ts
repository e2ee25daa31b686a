import { classify, type FlowPhase } from './classify';
import type { ResolvedOryClientConfig } from './config';
import { type SubmitBody, toSubmitBody } from './form-body';
import { endpoint, type RequestOptions, send } from './http';
import type { Outcome } from './outcome';
import { type FlowParams, toInitQuery } from './params';
import type { Flow, FlowType } from './types';
import { splitUrl } from './url-parts';

export interface FlowApi<F extends Flow, P> {
  /** `GET /self-service/<flow>/browser` (browser) or `/api` (native), with the set parameters. */
  create(params?: P, options?: RequestOptions): Promise<Outcome<F>>;
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
function createNeedsToken(flowType: FlowType, params: FlowParams | undefined): boolean {
  if (flowType === 'settings') return true;
  return flowType === 'login' && (params?.refresh === true || params?.aal === 'aal2');
}

function flowNeedsToken(flowType: FlowType, flow: Flow): boolean {
  if (flowType === 'settings') return true;
  return (
    flowType === 'login' &&
    (flow.refresh === true || (flow.requested_aal !== undefined && flow.requested_aal !== 'aal1'))
  );
}

export function createFlowApi<F extends Flow, P extends object>(
  config: ResolvedOryClientConfig,
  flowType: FlowType,
): FlowApi<F, P> {
  const { baseUrl, kind } = config;
  const request = (
    phase: FlowPhase,
    url: string,
    withSessionToken: boolean,
    options?: RequestOptions,
    json?: unknown,
  ) =>
    send(
      config,
      {
        method: json ? 'POST' : 'GET',
        url,
        service: flowType,
        json,
        withSessionToken,
        signal: options?.signal,
      },
      (status, body) => classify<F>(status, body, { flowType, phase }),
    );
  return {
    create: (params, options) =>
      request(
        'create',
        endpoint(
          baseUrl,
          `/self-service/${flowType}/${kind === 'native' ? 'api' : 'browser'}`,
          toInitQuery(flowType, kind, params as FlowParams | undefined),
        ),
        createNeedsToken(flowType, params as FlowParams | undefined),
        options,
      ),
    get: (id, options) =>
      request(
        'get',
        endpoint(baseUrl, `/self-service/${flowType}/flows`, { id }),
        flowType === 'settings',
        options,
      ),
    submit: (flow, body, options) =>
      request(
        'submit',
        submitUrl(baseUrl, flowType, flow),
        flowNeedsToken(flowType, flow),
        options,
        toSubmitBody(body, flow, kind),
      ),
  };
}

/**
 * `flow.ui.action` as Kratos wrote it (it carries `?flow=`, and `&token=` for recovery/verification links);
 * a root-relative one is put on baseUrl's origin; a missing or non-http(s) one is rebuilt from the flow id.
 */
export function submitUrl(baseUrl: string, flowType: FlowType, flow: Flow): string {
  const action = typeof flow.ui?.action === 'string' ? flow.ui.action.trim() : '';
  if (splitUrl(action)) return action;
  const base = splitUrl(baseUrl);
  if (base && action.startsWith('/') && !/^[\\/]{2}/.test(action)) return `${base.origin}${action}`;
  return endpoint(baseUrl, `/self-service/${flowType}`, { flow: flow.id });
}
