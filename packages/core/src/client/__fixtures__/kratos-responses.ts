/**
 * Kratos answers, built from ../shared/kratos/NOTES.md §1–2 and the openapi.json schemas
 * (errorGeneric, selfServiceFlowExpiredError, errorFlowReplaced, errorBrowserLocationChangeRequired,
 * needsPrivilegedSessionError, errorAuthenticatorAssuranceLevelNotSatisfied, successfulNativeLogin,
 * successfulNativeRegistration, *Flow). Test data only.
 */
import type { ContinueWith, Flow, FlowType, KratosErrorEnvelope, Session, UiNode } from '../types';

export const KRATOS = 'http://localhost:4433';
export const APP = 'http://localhost:5173';
export const FLOW_ID = '5b2b5d69-3d7e-4f3a-9d7c-0c1b2a3f4e5d';
export const NEW_FLOW_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
export const CSRF = 'masked-csrf-token==';
export const TOKEN = 'ory_st_abcdefghijklmnopqrstuvwxyz012345';

export function input(
  name: string,
  type: string,
  extra: Record<string, unknown> = {},
  group = 'default',
): UiNode {
  return {
    type: 'input',
    group,
    attributes: { node_type: 'input', name, type, disabled: false, ...extra },
    messages: [],
    meta: {},
  } as UiNode;
}

export function flow(
  flowType: FlowType,
  overrides: Partial<Flow> = {},
  kind: 'browser' | 'api' = 'browser',
): Flow {
  const nodes: UiNode[] = [
    ...(kind === 'browser' ? [input('csrf_token', 'hidden', { value: CSRF, required: true })] : []),
    input('identifier', 'text', { value: '', required: true, autocomplete: 'username' }),
    input('password', 'password', { required: true, autocomplete: 'current-password' }, 'password'),
    input('method', 'submit', { value: 'password' }, 'password'),
  ];
  return {
    id: FLOW_ID,
    type: kind,
    expires_at: '2026-11-25T18:00:00Z',
    issued_at: '2026-11-25T17:00:00Z',
    request_url: `${KRATOS}/self-service/${flowType}/${kind}`,
    state: flowType === 'settings' ? 'show_form' : 'choose_method',
    ui: { action: `${KRATOS}/self-service/${flowType}?flow=${FLOW_ID}`, method: 'POST', nodes },
    ...overrides,
  };
}

export function envelope(
  code: number,
  status: string,
  error: { id?: string; reason?: string; message: string; details?: Record<string, unknown> },
  siblings: Record<string, unknown> = {},
): KratosErrorEnvelope {
  return { error: { code, status, ...error }, ...siblings };
}

export const session: Session = {
  id: 'e1c1ad9b-0000-4000-8000-000000000001',
  active: true,
  authenticator_assurance_level: 'aal1',
  expires_at: '2026-11-26T17:00:00Z',
  identity: {
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    schema_id: 'default',
    traits: { email: 'ada@example.com' },
  },
};

const returnTo = encodeURIComponent(`${APP}/settings`);
export const aal2Url = `${KRATOS}/self-service/login/browser?aal=aal2&return_to=${returnTo}`;
export const refreshUrl = `${KRATOS}/self-service/login/browser?refresh=true&return_to=${returnTo}`;
export const oidcUrl = 'https://accounts.example.com/o/oauth2/auth?client_id=kratos&state=xyz';

export const errors = {
  expired: envelope(
    410,
    'Gone',
    {
      id: 'self_service_flow_expired',
      reason: 'The self-service flow expired 0.52 minutes ago, initialize a new one.',
      message: 'self-service flow expired',
    },
    { expired_at: '2026-11-25T17:59:29Z', since: 31_200_000_000, use_flow_id: NEW_FLOW_ID },
  ),
  expiredWithoutNewFlow: envelope(410, 'Gone', {
    id: 'self_service_flow_expired',
    reason: 'The self-service flow expired 0.52 minutes ago, initialize a new one.',
    message: 'self-service flow expired',
  }),
  replaced: envelope(
    410,
    'Gone',
    {
      id: 'self_service_flow_replaced',
      reason: 'The flow has been replaced by another flow.',
      message: 'self-service flow replaced',
    },
    { use_flow_id: NEW_FLOW_ID },
  ),
  replacedWithoutNewFlow: envelope(410, 'Gone', {
    id: 'self_service_flow_replaced',
    message: 'self-service flow replaced',
  }),
  /** Get-flow on an expired browser login flow (`login/handler.go`). */
  getExpiredBrowser: envelope(410, 'Gone', {
    id: 'self_service_flow_expired',
    reason:
      'The login flow has expired. Redirect the user to the login flow init endpoint to initialize a new login flow.',
    message: 'The requested resource is no longer available',
    details: {
      redirect_to: `${KRATOS}/self-service/login/browser?return_to=${returnTo}`,
      return_to: `${APP}/settings`,
    },
  }),
  /** Same for an API flow: the init endpoint to call, no browser URL. */
  getExpiredNative: envelope(410, 'Gone', {
    id: 'self_service_flow_expired',
    reason:
      'The login flow has expired. Call the login flow init API endpoint to initialize a new login flow.',
    message: 'The requested resource is no longer available',
    details: { api: `${KRATOS}/self-service/login/api` },
  }),
  /** Settings, verification and browser recovery send their 410 without an id. */
  getExpiredSettingsBrowser: envelope(410, 'Gone', {
    reason:
      'The settings flow has expired. Redirect the user to the settings flow init endpoint to initialize a new settings flow.',
    message: 'The requested resource is no longer available',
    details: { redirect_to: `${KRATOS}/self-service/settings/browser`, return_to: '' },
  }),
  goneWithoutId: envelope(410, 'Gone', {
    reason:
      'The verification flow has expired. Call the verification flow init API endpoint to initialize a new flow.',
    message: 'The requested resource is no longer available',
  }),
  csrf: envelope(403, 'Forbidden', {
    id: 'security_csrf_violation',
    reason:
      'Please retry the flow and optionally clear your cookies. The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.',
    message: 'the request was rejected to protect you from Cross-Site-Request-Forgery',
    details: {
      docs: 'https://www.ory.sh/kratos/docs/debug/csrf',
      hint: 'The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body (csrf_token) nor in the HTTP Header (X-CSRF-Token).',
      reject_reason:
        'The HTTP Cookie Header was set and a CSRF token was sent but they do not match. We recommend deleting all cookies for this domain and retrying the flow.',
    },
  }),
  notFound: envelope(404, 'Not Found', { message: 'Unable to locate the resource' }),
  missingFlowParam: envelope(400, 'Bad Request', {
    reason: 'The flow query parameter is missing or malformed.',
    message: 'The request was malformed or contained invalid parameters',
  }),
  alreadyLoggedIn: envelope(400, 'Bad Request', {
    id: 'session_already_available',
    reason:
      'A valid session was detected and thus login is not possible. Did you forget to set `?refresh=true`?',
    message: 'you are already logged in',
  }),
  aalAlreadyFulfilled: envelope(401, 'Unauthorized', {
    id: 'session_aal_already_fulfilled',
    reason: 'The session already has the requested Authenticator Assurance Level.',
    message: 'The request could not be authorized',
  }),
  aal1Required: envelope(401, 'Unauthorized', {
    id: 'session_aal1_required',
    reason: 'You can not requested a higher AAL (AAL2/AAL3) without an active session.',
    message: 'The request could not be authorized',
  }),
  sessionInactive: envelope(
    401,
    'Unauthorized',
    {
      id: 'session_inactive',
      reason: 'No active session was found in this request.',
      message: 'request does not have a valid authentication session',
    },
    { CredentialsMissing: true },
  ),
  /** whoami and settings get/submit without a session: `ErrNoSessionFound`, no id of its own. */
  noSession: envelope(401, 'Unauthorized', {
    reason: 'No valid session credentials found in the request.',
    message: 'The request could not be authorized',
  }),
  aal2Required: envelope(
    403,
    'Forbidden',
    {
      id: 'session_aal2_required',
      reason:
        'An active session was found but it does not fulfill the Authenticator Assurance Level, implying that the session must use a second factor.',
      message: 'The requested action was forbidden',
      details: { redirect_browser_to: aal2Url },
    },
    { redirect_browser_to: aal2Url },
  ),
  aal2RequiredDetailsOnly: envelope(403, 'Forbidden', {
    id: 'session_aal2_required',
    message: 'The requested action was forbidden',
    details: { redirect_browser_to: aal2Url },
  }),
  refreshRequired: envelope(
    403,
    'Forbidden',
    {
      id: 'session_refresh_required',
      reason:
        'The login session is too old and thus not allowed to update these fields. Please re-authenticate.',
      message: 'The requested action was forbidden',
    },
    { redirect_browser_to: refreshUrl },
  ),
  locationChange: envelope(
    422,
    'Unprocessable Entity',
    {
      id: 'browser_location_change_required',
      reason: `In order to complete this flow please redirect the browser to: ${oidcUrl}`,
      message: 'browser location change required',
    },
    { redirect_browser_to: oidcUrl },
  ),
  locationChangeWithoutTarget: envelope(422, 'Unprocessable Entity', {
    id: 'browser_location_change_required',
    message: 'browser location change required',
  }),
  returnToForbidden: envelope(400, 'Bad Request', {
    id: 'self_service_flow_return_to_forbidden',
    reason: 'Requested return_to URL "https://evil.example/steal" is not allowed.',
    message: 'The request was malformed or contained invalid parameters',
  }),
  flowDisabled: envelope(400, 'Bad Request', {
    id: 'self_service_flow_disabled',
    reason: 'Registration is not allowed because it was disabled.',
    message: 'registration flow disabled',
  }),
  identityDisabled: envelope(400, 'Bad Request', {
    id: 'identity_disabled',
    reason: 'This account was disabled.',
    message: 'identity is disabled',
  }),
  verifiedAddressRequired: envelope(400, 'Bad Request', {
    id: 'session_verified_address_required',
    reason:
      'Your account’s email or phone address are not verified yet. Please check your email or phone inbox or re-request verification.',
    message: 'identity is not verified',
  }),
  identityMismatch: envelope(403, 'Forbidden', {
    id: 'security_identity_mismatch',
    reason: 'You must restart the flow because the resumable session was initiated by another person.',
    message: 'The requested action was forbidden',
  }),
  /** Only `message` is required by the spec. */
  messageOnly: envelope(400, 'Bad Request', {
    message: 'The request was malformed or contained invalid parameters',
  }),
  internal: envelope(500, 'Internal Server Error', {
    reason: 'dial tcp 10.0.0.3:5432: connect: connection refused',
    message: 'An internal server error occurred, please contact the system administrator',
  }),
};

export const continueWith = {
  redirect: { action: 'redirect_browser_to', redirect_browser_to: `${APP}/dashboard` } as ContinueWith,
  verification: {
    action: 'show_verification_ui',
    flow: {
      id: NEW_FLOW_ID,
      url: `${APP}/verification?flow=${NEW_FLOW_ID}`,
      verifiable_address: 'ada@example.com',
    },
  } as ContinueWith,
  settings: {
    action: 'show_settings_ui',
    flow: { id: NEW_FLOW_ID, url: `${APP}/settings?flow=${NEW_FLOW_ID}` },
  } as ContinueWith,
  recovery: { action: 'show_recovery_ui', flow: { id: NEW_FLOW_ID } } as ContinueWith,
  token: { action: 'set_ory_session_token', ory_session_token: TOKEN } as ContinueWith,
  pin: { action: 'show_pin_entry_ui', flow: { id: NEW_FLOW_ID } } as ContinueWith,
};

export const successes = {
  browserLogin: { session, continue_with: [continueWith.redirect] },
  nativeLogin: { session, session_token: TOKEN, continue_with: [continueWith.token] },
  nativeLoginWithExchangeCode: {
    session,
    session_token: TOKEN,
    session_token_exchange_code: 'exchange-code',
  },
  registrationWithoutSession: {
    identity: session.identity,
    continue_with: [continueWith.verification, continueWith.redirect],
  },
  registrationWithSession: {
    identity: session.identity,
    session,
    continue_with: [continueWith.verification],
  },
  nativeRegistration: {
    identity: session.identity,
    session,
    continue_with: [continueWith.token, continueWith.verification],
  },
};
