export {
  type FlowHookOptions,
  type UseLoginFlowOptions,
  type UseRecoveryFlowOptions,
  type UseRegistrationFlowOptions,
  type UseSettingsFlowOptions,
  type UseVerificationFlowOptions,
  useLoginFlow,
  useRecoveryFlow,
  useRegistrationFlow,
  useSettingsFlow,
  useVerificationFlow,
} from './flow-hooks';
export { oryKeys } from './flow-keys';
export { defaultNavigate, withQuery } from './navigate';
export {
  defaultRoutes,
  type Navigate,
  type OryConfig,
  type OryContextValue,
  type OryRoutes,
  useOry,
} from './ory-context';
export { OryHooksProvider, type OryHooksProviderProps } from './ory-hooks-provider';
export {
  type FlowStatus,
  type SuccessOutcome,
  type UseFlowOptions,
  type UseFlowResult,
  useFlow,
} from './use-flow';
export { type UseFlowErrorResult, useFlowError } from './use-flow-error';
export { type UseLogoutOptions, type UseLogoutResult, useLogout } from './use-logout';
export { type SessionStatus, type UseSessionResult, useSession } from './use-session';
