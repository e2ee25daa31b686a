import type { ContinueWith, Flow, FlowErrorData, Identity, KratosErrorEnvelope, Session } from './types';

/**
 * Every answer Kratos can give to a self-service call, reduced to what a UI must do next.
 * One classifier produces it (see classify.ts); hooks and non-React callers switch on `kind`.
 */
export type Outcome<F extends Flow = Flow> =
  /** 200 create/get, or 400 with a flow body: validation errors or the next step (code sent, identifier_first, two-step). */
  | { kind: 'flow'; status: number; flow: F }
  /** Login/registration session (browser: cookie set), or a settings/recovery/verification flow in `state: success` / `passed_challenge`. */
  | {
      kind: 'success';
      status: number;
      flow?: F;
      session?: Session;
      /** Registration without the session hook: the new identity (no session yet). */
      identity?: Identity;
      /** Native: `session_token`, or `continue_with` `set_ory_session_token`. Hand it to the app; never stored here. */
      sessionToken?: string;
      sessionTokenExchangeCode?: string;
      continueWith: ContinueWith[];
      body: unknown;
    }
  /** The browser must go elsewhere: 422 browser_location_change_required, 403 session_refresh_required / session_aal2_required, redirect_browser_to. */
  | { kind: 'redirect'; status: number; to: string; reason: RedirectReason; error?: KratosErrorEnvelope }
  /** The flow is unusable: start again (with `useFlowId` when Kratos already made the replacement). */
  | {
      kind: 'restart';
      status: number;
      reason: RestartReason;
      useFlowId?: string;
      error?: KratosErrorEnvelope;
    }
  /** 400 session_already_available: the user is signed in already. */
  | { kind: 'already'; status: number; error: KratosErrorEnvelope }
  /** 401: no (valid) session, e.g. settings without login, or session_aal1_required. */
  | { kind: 'unauthorized'; status: number; error?: KratosErrorEnvelope }
  /** Anything else, including network failures (status 0) and unparseable bodies. */
  | { kind: 'error'; status: number; error: OryClientError };

export type RedirectReason =
  | 'browser_location_change_required'
  | 'session_refresh_required'
  | 'session_aal2_required'
  | 'redirect_browser_to'
  /** Get-flow on an expired browser flow: `error.details.redirect_to` is the init URL (return_to kept). */
  | 'self_service_flow_expired';

export type RestartReason = 'expired' | 'replaced' | 'csrf' | 'not_found' | 'gone';

export class OryClientError extends Error {
  // `declare`: set in the constructor in one go; real class fields would be lowered to a helper per field.
  declare readonly status: number;
  declare readonly id: string | undefined;
  declare readonly reason: string | undefined;
  declare readonly body: unknown;
  constructor(
    message: string,
    options: { status: number; id?: string; reason?: string; body?: unknown; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    const { status, id, reason, body } = options;
    Object.assign(this, { name: 'OryClientError', status, id, reason, body });
  }
}

/** `GET /sessions/whoami`. */
export type SessionOutcome =
  /** `sessionToken` only from `exchangeSessionToken` (native OIDC round trip). */
  | { kind: 'session'; status: number; session: Session; sessionToken?: string }
  | { kind: 'unauthorized'; status: number; error?: KratosErrorEnvelope }
  /** 403 session_aal2_required: the session needs a second factor; `to` is Kratos' login URL with aal=aal2. */
  | { kind: 'redirect'; status: number; to: string; reason: RedirectReason; error?: KratosErrorEnvelope }
  | { kind: 'error'; status: number; error: OryClientError };

/**
 * `createLogoutFlow`. Browser: Kratos' logout URL and token. Native: there is no logout flow, so `logoutUrl`
 * is `DELETE /self-service/logout/api` and `logoutToken` the session token it will revoke.
 */
export type LogoutOutcome =
  | { kind: 'ready'; status: number; logoutUrl: string; logoutToken: string }
  | { kind: 'unauthorized'; status: number; error?: KratosErrorEnvelope }
  | { kind: 'error'; status: number; error: OryClientError };

/** `logout`: the session is gone (204), or there was none to end, or it failed. */
export type LogoutResult =
  | { kind: 'done'; status: number }
  | { kind: 'unauthorized'; status: number; error?: KratosErrorEnvelope }
  | { kind: 'error'; status: number; error: OryClientError };

/** `GET /self-service/errors?id=` */
export type FlowErrorOutcome =
  | { kind: 'ready'; status: number; error: FlowErrorData }
  | { kind: 'error'; status: number; error: OryClientError };
