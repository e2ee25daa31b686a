export { type CarryValuesOptions, carryValues } from './carry-values';
export { type ClassifyContext, classify, type FlowPhase } from './classify';
export { DEFAULT_TIMEOUT_MS, type OryClientConfig, type ResolvedOryClientConfig } from './config';
export { type NextStep, type NextStepOptions, nextStepFromContinueWith } from './continue-with';
export { createOryClient, type OryClient } from './create-ory-client';
export { CLIENT_ERROR_IDS } from './errors';
export type { FlowApi } from './flow-api';
export { formDataToBody, getCsrfToken, type SubmitBody } from './form-body';
export type { RequestOptions } from './http';
export * from './outcome';
export type {
  FlowParams,
  LoginParams,
  RecoveryParams,
  RegistrationParams,
  SettingsParams,
  VerificationParams,
} from './params';
export { flowTypeOfRequestUrl, restartParams } from './restart-params';
export {
  defaultOryRoutes,
  type MapKratosUrlOptions,
  mapKratosUrlToRoute,
  type OryRouteMap,
  type OryRouteName,
} from './routes';
export { type SafeUrlOptions, safeLink, safeUrl } from './safe-url';
export {
  createLogoutFlow,
  exchangeSessionToken,
  getFlowError,
  type LogoutTarget,
  logout,
  sessionOutcome,
  whoami,
} from './session-api';
export type * from './types';
