import { DEFAULT_IDENTITY_SCHEMA, type IdentitySchema } from './schema/identity-schema';

export type LoginStyle = 'unified' | 'identifier_first';
export type RegistrationStyle = 'unified' | 'profile_first';
/** `selfservice.flows.{recovery,verification}.use`: one-time codes (Kratos' default) or magic links. */
export type OutOfBandMethod = 'code' | 'link';

export interface UiRoutes {
  login: string;
  registration: string;
  settings: string;
  recovery: string;
  verification: string;
  error: string;
}

export interface MockOptions {
  /** Where the mock is reached, like Kratos' `serve.public.base_url`. Default `http://localhost:4433`. */
  publicUrl?: string;
  /** The app that renders the flows. Default `http://localhost:5173`. */
  uiUrl?: string;
  /** Paths of the UI pages, joined to `uiUrl`. */
  uiRoutes?: Partial<UiRoutes>;
  /** Origins that get CORS headers. Default: the origin of `uiUrl`. */
  allowedOrigins?: string[];
  /** URLs (scheme + host + path prefix) allowed as `return_to`. Default: allowedOrigins + the public origin. */
  returnToAllowlist?: string[];
  /** A JSON Schema with the `ory.sh/kratos` extension. Default: email + optional first/last name. */
  identitySchema?: IdentitySchema;
  /** Milliseconds or a duration like `10m`, `30s`, `1h`. Default 1 hour. */
  flowLifespan?: number | string;
  /** Milliseconds or a duration. Default 24 hours (Kratos' default). */
  sessionLifespan?: number | string;
  loginStyle?: LoginStyle;
  registrationStyle?: RegistrationStyle;
  /** Injectable clock (ms since epoch) for expiry tests. */
  now?: () => number;
  /** Kratos' `selfservice.methods.password.config.min_password_length`. Default 8. */
  passwordMinLength?: number;
  /** How recovery proves the address: `code` (default) or `link`. */
  recoveryStrategy?: OutOfBandMethod;
  /** How verification proves the address: `code` (default) or `link`. */
  verificationStrategy?: OutOfBandMethod;
  /**
   * `selfservice.flows.settings.privileged_session_max_age`: how long after `authenticated_at` a session may change
   * the password or an identifier/address. Milliseconds or a duration. Default 15 minutes.
   */
  privilegedSessionMaxAge?: number | string;
}

export interface ResolvedMockOptions {
  publicUrl: string;
  publicOrigin: string;
  uiUrl: string;
  uiRoutes: UiRoutes;
  /** `uiRoutes` joined to `uiUrl`. */
  ui: UiRoutes;
  allowedOrigins: string[];
  returnToAllowlist: string[];
  /** Where browsers go after success when no `return_to` was given (Kratos' default_browser_return_url). */
  defaultReturnTo: string;
  identitySchema: IdentitySchema;
  flowLifespanMs: number;
  sessionLifespanMs: number;
  loginStyle: LoginStyle;
  registrationStyle: RegistrationStyle;
  now: () => number;
  passwordMinLength: number;
  recoveryStrategy: OutOfBandMethod;
  verificationStrategy: OutOfBandMethod;
  privilegedSessionMaxAgeMs: number;
}

const DEFAULT_ROUTES: UiRoutes = {
  login: '/login',
  registration: '/registration',
  settings: '/settings',
  recovery: '/recovery',
  verification: '/verification',
  error: '/error',
};

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses Go-style durations (`1h30m`, `10m`, `30s`, `250ms`) or plain milliseconds. */
export function parseDuration(value: number | string, name = 'duration'): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number of ms`);
    return value;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return parseDuration(Number(trimmed), name);
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
    throw new TypeError(`${name} "${value}" is not a duration like 10m, 30s or 1h`);
  }
  return parseDuration(
    parts.reduce((total, [, amount, unit]) => total + Number(amount) * (UNIT_MS[unit ?? 'ms'] ?? 1), 0),
    name,
  );
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function resolveOptions(options: MockOptions = {}): ResolvedMockOptions {
  const publicUrl = trimSlash(options.publicUrl ?? 'http://localhost:4433');
  const uiUrl = trimSlash(options.uiUrl ?? 'http://localhost:5173');
  const publicOrigin = new URL(publicUrl).origin;
  const uiRoutes = { ...DEFAULT_ROUTES, ...options.uiRoutes };
  const ui = Object.fromEntries(
    Object.entries(uiRoutes).map(([key, path]) => [key, `${uiUrl}${path.startsWith('/') ? '' : '/'}${path}`]),
  ) as unknown as UiRoutes;
  const allowedOrigins = (options.allowedOrigins ?? [new URL(uiUrl).origin]).map(trimSlash);
  const registrationStyle = options.registrationStyle ?? 'unified';
  const loginStyle = options.loginStyle ?? 'unified';
  if (!['unified', 'profile_first'].includes(registrationStyle)) {
    throw new TypeError(`registrationStyle must be "unified" or "profile_first", got "${registrationStyle}"`);
  }
  if (!['unified', 'identifier_first'].includes(loginStyle)) {
    throw new TypeError(`loginStyle must be "unified" or "identifier_first", got "${loginStyle}"`);
  }
  const recoveryStrategy = outOfBand(options.recoveryStrategy, 'recoveryStrategy');
  const verificationStrategy = outOfBand(options.verificationStrategy, 'verificationStrategy');
  return {
    publicUrl,
    publicOrigin,
    uiUrl,
    uiRoutes,
    ui,
    allowedOrigins,
    returnToAllowlist: options.returnToAllowlist ?? [...allowedOrigins, publicOrigin],
    defaultReturnTo: uiUrl,
    identitySchema: options.identitySchema ?? DEFAULT_IDENTITY_SCHEMA,
    flowLifespanMs: parseDuration(options.flowLifespan ?? '1h', 'flowLifespan'),
    sessionLifespanMs: parseDuration(options.sessionLifespan ?? '24h', 'sessionLifespan'),
    loginStyle,
    registrationStyle,
    now: options.now ?? (() => Date.now()),
    passwordMinLength: options.passwordMinLength ?? 8,
    recoveryStrategy,
    verificationStrategy,
    privilegedSessionMaxAgeMs: parseDuration(
      options.privilegedSessionMaxAge ?? '15m',
      'privilegedSessionMaxAge',
    ),
  };
}

function outOfBand(value: OutOfBandMethod | undefined, name: string): OutOfBandMethod {
  const strategy = value ?? 'code';
  if (strategy !== 'code' && strategy !== 'link') {
    throw new TypeError(`${name} must be "code" or "link", got "${String(strategy)}"`);
  }
  return strategy;
}
