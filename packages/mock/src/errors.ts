import type { UiText } from './types';

/** herodot's DefaultError as Kratos serialises it: `{error:{id?,code,status,reason?,details?,message}}`. */
export interface GenericError {
  id?: string;
  code: number;
  status: string;
  reason?: string;
  details?: Record<string, unknown>;
  message: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

// herodot's default messages (ErrBadRequest, ErrUnauthorized, ...), and Kratos' x.ErrGone.
const DEFAULT_MESSAGE: Record<number, string> = {
  400: 'The request was malformed or contained invalid parameters',
  401: 'The request could not be authorized',
  403: 'The requested action was forbidden',
  404: 'The requested resource could not be found',
  410: 'The requested resource is no longer available because it has expired or is otherwise invalid.',
  500: 'An internal server error occurred, please contact the system administrator',
};

/** An error answered with herodot's envelope; `extra` becomes top-level siblings (Kratos' EnhanceJSONError). */
export class HerodotError extends Error {
  readonly error: GenericError;
  readonly extra: Record<string, unknown>;

  constructor(
    code: number,
    fields: { id?: string; reason?: string; message?: string; details?: Record<string, unknown> } = {},
    extra: Record<string, unknown> = {},
  ) {
    const message = fields.message ?? DEFAULT_MESSAGE[code] ?? 'An error occurred';
    super(fields.reason ?? message);
    this.name = 'HerodotError';
    this.error = {
      ...(fields.id ? { id: fields.id } : {}),
      code,
      status: STATUS_TEXT[code] ?? 'Error',
      ...(fields.reason ? { reason: fields.reason } : {}),
      ...(fields.details ? { details: fields.details } : {}),
      message,
    };
    this.extra = extra;
  }

  get code(): number {
    return this.error.code;
  }

  get id(): string | undefined {
    return this.error.id;
  }

  toJSON(): Record<string, unknown> {
    return { error: this.error, ...this.extra };
  }
}

/** Field or form errors; `field` is a node name (`traits.email`), or undefined for `ui.messages`. */
export interface ValidationIssue {
  field?: string;
  message: UiText;
}

/** Kratos' schema.ValidationError: never leaves the flow; it becomes node or form messages. */
export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => i.message.text).join(' '));
    this.name = 'ValidationError';
  }

  static global(message: UiText): ValidationError {
    return new ValidationError([{ message }]);
  }

  static field(field: string, message: UiText): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

/** Submit of a flow past `expires_at` (flow.NewFlowExpiredError). */
export class FlowExpiredError extends Error {
  constructor(
    readonly expiredAtMs: number,
    readonly nowMs: number,
  ) {
    super('self-service flow expired');
    this.name = 'FlowExpiredError';
  }

  toHerodot(useFlowId: string): HerodotError {
    const sinceMs = Math.max(0, this.nowMs - this.expiredAtMs);
    return new HerodotError(
      410,
      {
        id: 'self_service_flow_expired',
        reason: `The self-service flow expired ${(sinceMs / 60_000).toFixed(2)} minutes ago, initialize a new one.`,
        message: 'self-service flow expired',
      },
      // `since` is a Go time.Duration: nanoseconds.
      {
        expired_at: new Date(this.expiredAtMs).toISOString(),
        since: sinceMs * 1_000_000,
        use_flow_id: useFlowId,
      },
    );
  }
}

export const kratosErrors = {
  flowIdMissing: () => new HerodotError(400, { reason: 'The flow query parameter is missing or malformed.' }),
  // oryx/sqlcon ErrNoRows: no id, no reason.
  notFound: () => new HerodotError(404, { message: 'Unable to locate the resource' }),
  routeNotFound: () => new HerodotError(404),
  returnToForbidden: (returnTo: string) =>
    new HerodotError(400, {
      id: 'self_service_flow_return_to_forbidden',
      reason: `Requested return_to URL "${returnTo}" is not allowed.`,
    }),
  returnToUnparsable: (detail: string) =>
    new HerodotError(400, { reason: `Unable to parse the return_to query parameter as an URL: ${detail}` }),
  alreadyLoggedIn: (flow: 'login' | 'registration') =>
    new HerodotError(400, {
      id: 'session_already_available',
      message: 'you are already logged in',
      reason:
        flow === 'login'
          ? 'A valid session was detected and thus login is not possible. Did you forget to set `?refresh=true`?'
          : 'A valid session was detected and thus registration is not possible.',
    }),
  aal1Required: () =>
    new HerodotError(401, {
      id: 'session_aal1_required',
      message: 'aal2 and aal3 can only be requested if a session exists already',
      reason: 'You can not requested a higher AAL (AAL2/AAL3) without an active session.',
    }),
  invalidAal: (value: string) =>
    new HerodotError(400, {
      reason: `Unable to parse AuthenticationMethod Assurance Level (AAL): expected one of [aal1, aal2] but got ${value}`,
    }),
  noActiveSession: (credentialsMissing: boolean) =>
    new HerodotError(
      401,
      {
        id: 'session_inactive',
        message: 'request does not have a valid authentication session',
        reason: 'No active session was found in this request.',
      },
      // The Go struct serialises this field without a json tag.
      { CredentialsMissing: credentialsMissing },
    ),
  originHeaderOnApiFlow: () =>
    new HerodotError(400, {
      reason:
        'The HTTP Request Header included the "Origin" key, indicating that this request was made as part of an AJAX request in a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.',
    }),
  cookieHeaderOnApiFlow: () =>
    new HerodotError(400, {
      reason:
        'The HTTP Request Header included the "Cookie" key, indicating that this request was made by a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.',
    }),
  internal: (reason: string) => new HerodotError(500, { reason }),
};

/**
 * settings.FlowNeedsReAuth, before it becomes a response: the change needs a session authenticated within
 * `privileged_session_max_age`. The settings handler pauses the change and answers `session_refresh_required`.
 */
export class PrivilegedSessionRequired extends Error {
  constructor() {
    super(
      'The login session is too old and thus not allowed to update these fields. Please re-authenticate.',
    );
    this.name = 'PrivilegedSessionRequired';
  }

  toHerodot(redirectBrowserTo: string): HerodotError {
    return new HerodotError(
      403,
      { id: 'session_refresh_required', reason: this.message },
      { redirect_browser_to: redirectBrowserTo },
    );
  }
}
