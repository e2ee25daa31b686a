import { type OryClientConfig, type ResolvedOryClientConfig, resolveConfig } from './config';
import { createFlowApi, type FlowApi } from './flow-api';
import type {
  FlowParams,
  LoginParams,
  RecoveryParams,
  RegistrationParams,
  SettingsParams,
  VerificationParams,
} from './params';
import {
  FLOW_TYPES,
  type Flow,
  type FlowType,
  type LoginFlowData,
  type RecoveryFlowData,
  type RegistrationFlowData,
  type SettingsFlowData,
  type VerificationFlowData,
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
}

/**
 * The framework-free engine: one object per Ory project. No React, no DOM, no storage — it runs in browsers,
 * React Native and Node alike; every answer comes back as an outcome to switch on, never as a throw.
 * Sessions (`whoami`, `logout`, …) and `mapKratosUrlToRoute` are functions of their own that take this
 * object, so an app pays only for what it imports.
 */
export function createOryClient(config: OryClientConfig): OryClient {
  const resolved = resolveConfig(config);
  const flows = {} as Record<FlowType, FlowApi<Flow, FlowParams>>;
  for (const type of FLOW_TYPES) {
    flows[type] = createFlowApi(resolved, type);
  }
  return Object.freeze({
    config: resolved,
    ...flows,
    flow(type: FlowType) {
      const api = flows[type];
      // The type in the message only in development, as for the config (see resolveConfig).
      if (!api)
        throw new TypeError(
          `Unknown flow type${typeof process === 'object' && process.env.NODE_ENV !== 'production' ? ` "${String(type)}"` : ''}.`,
        );
      return api;
    },
  });
}
