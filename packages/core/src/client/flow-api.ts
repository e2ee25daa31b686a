import { classify } from './classify';
import type { ResolvedOryClientConfig } from './config';
import { type SubmitBody, toSubmitBody } from './form-body';
import { endpoint, type HttpResult, type RequestOptions, send } from './http';
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
  const toOutcome = (result: HttpResult, phase: 'create' | 'get' | 'submit'): Outcome<F> =>
    result.ok
      ? classify<F>(result.status, result.body, { flowType, phase })
      : { kind: 'error', status: 0, error: result.error };

  return {
    async create(params, options) {
      const initParams = params as FlowParams | undefined;
      const path = `/self-service/${flowType}/${config.kind === 'native' ? 'api' : 'browser'}`;
      const result = await send(config, {
        method: 'GET',
        url: endpoint(config.baseUrl, path, toInitQuery(flowType, config.kind, initParams)),
        service: flowType,
        withSessionToken: createNeedsToken(flowType, initParams),
        signal: options?.signal,
      });
      return toOutcome(result, 'create');
    },

    async get(id, options) {
      const result = await send(config, {
        method: 'GET',
        url: endpoint(config.baseUrl, `/self-service/${flowType}/flows`, { id }),
        service: flowType,
        withSessionToken: flowType === 'settings',
        signal: options?.signal,
      });
      return toOutcome(result, 'get');
    },

    async submit(flow, body, options) {
      const result = await send(config, {
        method: 'POST',
        url: submitUrl(config.baseUrl, flowType, flow),
        service: flowType,
        json: toSubmitBody(body, flow, config.kind),
        withSessionToken: flowNeedsToken(flowType, flow),
        signal: options?.signal,
      });
      return toOutcome(result, 'submit');
    },
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
