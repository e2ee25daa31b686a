import { type OryClientConfig, type ResolvedOryClientConfig, resolveConfig } from './config';
import { createFlowApi, type FlowApi } from './flow-api';
import type { RequestOptions } from './http';
import type { FlowErrorOutcome, LogoutOutcome, LogoutResult, SessionOutcome } from './outcome';
import type {
  FlowParams,
  LoginParams,
  RecoveryParams,
  RegistrationParams,
  SettingsParams,
  VerificationParams,
} from './params';
import { mapKratosUrlToRoute, type OryRouteMap } from './routes';
import * as sessionApi from './session-api';
import type {
  Flow,
  FlowType,
  LoginFlowData,
  RecoveryFlowData,
  RegistrationFlowData,
  SettingsFlowData,
  VerificationFlowData,
} from './types';

export interface OryClient {
  readonly config: ResolvedOryClientConfig;
  readonly login: FlowApi<LoginFlowData, LoginParams>;
  readonly registration: FlowApi<RegistrationFlowData, RegistrationParams>;
  readonly settings: FlowApi<SettingsFlowData, SettingsParams>;
  readonly recovery: FlowApi<RecoveryFlowData, RecoveryParams>;
  readonly verification: FlowApi<VerificationFlowData, VerificationParams>;
  /** The same objects as the properties above, by name. */
  flow(type: FlowType): FlowApi<Flow, FlowParams>;
  /** `GET /sessions/whoami`. */
  whoami(options?: { tokenizeAs?: string } & RequestOptions): Promise<SessionOutcome>;
  /** Browser: `GET /self-service/logout/browser`. Native: the API endpoint and the token to revoke. */
  createLogoutFlow(params?: { returnTo?: string } & RequestOptions): Promise<LogoutOutcome>;
  /** Browser: `GET logout_url` (JSON → 204). Native: `DELETE /self-service/logout/api {session_token}`. */
  logout(target?: sessionApi.LogoutTarget, options?: RequestOptions): Promise<LogoutResult>;
  /** `GET /self-service/errors?id=`. */
  getFlowError(id: string, options?: RequestOptions): Promise<FlowErrorOutcome>;
  /** Native OIDC: `GET /sessions/token-exchange` (after `returnSessionTokenExchangeCode: true`). */
  exchangeSessionToken(
    codes: { initCode: string; returnToCode: string },
    options?: RequestOptions,
  ): Promise<SessionOutcome>;
  /** `mapKratosUrlToRoute` with this client's baseUrl. */
  mapUrl(url: string, routes?: Partial<OryRouteMap>): string;
}

/**
 * The framework-free engine: one object per Ory project. No React, no DOM, no storage — it runs in browsers,
 * React Native and Node alike; every answer comes back as an outcome to switch on, never as a throw.
 */
export function createOryClient(config: OryClientConfig): OryClient {
  const resolved = resolveConfig(config);
  const flows = {} as Record<FlowType, FlowApi<Flow, FlowParams>>;
  for (const type of ['login', 'registration', 'settings', 'recovery', 'verification'] as const) {
    flows[type] = createFlowApi(resolved, type);
  }
  return Object.freeze({
    config: resolved,
    ...flows,
    flow(type: FlowType) {
      const api = flows[type];
      if (!api) throw new TypeError(`Unknown flow type "${String(type)}".`);
      return api;
    },
    whoami: (options?: { tokenizeAs?: string } & RequestOptions) => sessionApi.whoami(resolved, options),
    createLogoutFlow: (params?: { returnTo?: string } & RequestOptions) =>
      sessionApi.createLogoutFlow(resolved, params),
    logout: (target?: sessionApi.LogoutTarget, options?: RequestOptions) =>
      sessionApi.logout(resolved, target, options),
    getFlowError: (id: string, options?: RequestOptions) => sessionApi.getFlowError(resolved, id, options),
    exchangeSessionToken: (codes: { initCode: string; returnToCode: string }, options?: RequestOptions) =>
      sessionApi.exchangeSessionToken(resolved, codes, options),
    mapUrl: (url: string, routes?: Partial<OryRouteMap>) =>
      mapKratosUrlToRoute(url, { baseUrl: resolved.baseUrl, routes }),
  });
}
