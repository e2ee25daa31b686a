import type {
  LoginFlowData,
  LoginParams,
  RecoveryFlowData,
  RecoveryParams,
  RegistrationFlowData,
  RegistrationParams,
  SettingsFlowData,
  SettingsParams,
  VerificationFlowData,
  VerificationParams,
} from '../client';
import { type UseFlowOptions, type UseFlowResult, useFlow } from './use-flow';

/** Flow parameters (returnTo, aal, …) sit beside the hook's own options, as in `useLoginFlow({ returnTo })`. */
export type FlowHookOptions<P> = P & Omit<UseFlowOptions<P>, 'params'>;

function split<P extends object>(options: FlowHookOptions<P>): UseFlowOptions<P> {
  const { flowId, onFlowId, onSuccess, ...params } = options;
  return { flowId, onFlowId, onSuccess, params: params as unknown as P };
}

export type UseLoginFlowOptions = FlowHookOptions<LoginParams>;
export type UseRegistrationFlowOptions = FlowHookOptions<RegistrationParams>;
export type UseSettingsFlowOptions = FlowHookOptions<SettingsParams>;
export type UseRecoveryFlowOptions = FlowHookOptions<RecoveryParams>;
export type UseVerificationFlowOptions = FlowHookOptions<VerificationParams>;

/** Creates (or fetches `flowId`) a login flow; `submit` handles every answer Kratos gives. */
export function useLoginFlow(options: UseLoginFlowOptions = {}): UseFlowResult<LoginFlowData> {
  return useFlow<LoginFlowData, LoginParams>('login', split(options));
}

export function useRegistrationFlow(
  options: UseRegistrationFlowOptions = {},
): UseFlowResult<RegistrationFlowData> {
  return useFlow<RegistrationFlowData, RegistrationParams>('registration', split(options));
}

/** Needs a session: without one the user is sent to the login route with `return_to` back here. */
export function useSettingsFlow(options: UseSettingsFlowOptions = {}): UseFlowResult<SettingsFlowData> {
  return useFlow<SettingsFlowData, SettingsParams>('settings', split(options));
}

export function useRecoveryFlow(options: UseRecoveryFlowOptions = {}): UseFlowResult<RecoveryFlowData> {
  return useFlow<RecoveryFlowData, RecoveryParams>('recovery', split(options));
}

export function useVerificationFlow(
  options: UseVerificationFlowOptions = {},
): UseFlowResult<VerificationFlowData> {
  return useFlow<VerificationFlowData, VerificationParams>('verification', split(options));
}
