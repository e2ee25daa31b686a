import { DEFAULT_IDENTITY_SCHEMA, type IdentitySchema } from './schema/identity-schema';

export type LoginStyle = 'unified' | 'identifier_first';
export type RegistrationStyle = 'unified' | 'profile_first';
/** `selfservice.flows.{recovery,verification}.use`: one-time codes (Kratos' default) or magic links. */
export type OutOfBandMethod = 'code' | 'link';
/** `selfservice.methods.<name>.enabled`: the credential methods a project can switch on. */
export type MethodName = 'password' | 'code' | 'oidc' | 'totp' | 'lookup_secret' | 'webauthn' | 'passkey';
export const METHOD_NAMES: readonly MethodName[] = [
  'password',
  'code',
  'oidc',
  'totp',
  'lookup_secret',
  'webauthn',
  'passkey',
];
/** `session.whoami.required_aal` / `selfservice.flows.settings.required_aal`. */
export type RequiredAal = 'aal1' | 'highest_available';

/** One OpenID Connect provider: `id` goes into URLs and the `provider` field, `label` into button texts. */
export interface OidcProvider {
  id: string;
  /** Shown in "Sign in with %s"; defaults to the id, like Kratos. */
  label?: string;
}

export const DEFAULT_OIDC_PROVIDERS: Required<OidcProvider>[] = [
  { id: 'github', label: 'GitHub' },
  { id: 'google', label: 'Google' },
];

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
  /** Which methods are on, like Kratos' `selfservice.methods.<name>.enabled`. Default `{ password: true }` only. */
  methods?: Partial<Record<MethodName, boolean>>;
  /**
   * The OpenID Connect providers offered when `methods.oidc` is on (`selfservice.methods.oidc.config.providers`).
   * Each is served by the mock's own fake provider page. Default: GitHub and Google.
   */
  oidcProviders?: OidcProvider[];
  /**
   * `session.whoami.required_aal`: `highest_available` (Kratos' default) answers whoami with 403
   * `session_aal2_required` while an identity with a second factor has only an aal1 session.
   */
  requiredAal?: RequiredAal;
  /** `selfservice.flows.settings.required_aal`, the same check for settings flows. Default `highest_available`. */
  settingsRequiredAal?: RequiredAal;
  /** `selfservice.methods.totp.config.issuer`. Default: the host name of `publicUrl` (Kratos' default). */
  totpIssuer?: string;
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
  methods: Record<MethodName, boolean>;
  oidcProviders: Required<OidcProvider>[];
  requiredAal: RequiredAal;
  settingsRequiredAal: RequiredAal;
  totpIssuer: string;
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
    methods: resolveMethods(options.methods),
    oidcProviders: resolveOidcProviders(options.oidcProviders),
    requiredAal: requiredAal(options.requiredAal, 'requiredAal'),
    settingsRequiredAal: requiredAal(options.settingsRequiredAal, 'settingsRequiredAal'),
    totpIssuer: options.totpIssuer ?? new URL(publicUrl).hostname,
  };
}

function resolveMethods(methods: Partial<Record<MethodName, boolean>> = {}): Record<MethodName, boolean> {
  for (const name of Object.keys(methods)) {
    if (!METHOD_NAMES.includes(name as MethodName)) {
      throw new TypeError(`methods.${name} is not a method; use one of ${METHOD_NAMES.join(', ')}`);
    }
  }
  const off = Object.fromEntries(METHOD_NAMES.map((name) => [name, false])) as Record<MethodName, boolean>;
  return { ...off, password: true, ...methods };
}

function requiredAal(value: RequiredAal | undefined, name: string): RequiredAal {
  const aal = value ?? 'highest_available';
  if (aal !== 'aal1' && aal !== 'highest_available') {
    throw new TypeError(`${name} must be "aal1" or "highest_available", got "${String(aal)}"`);
  }
  return aal;
}

function resolveOidcProviders(providers: OidcProvider[] = DEFAULT_OIDC_PROVIDERS): Required<OidcProvider>[] {
  const seen = new Set<string>();
  return providers.map(({ id, label }) => {
    // The id travels in paths and query strings, so keep it to what Kratos' provider ids look like.
    if (!/^[A-Za-z0-9_-]+$/.test(id))
      throw new TypeError(`oidcProviders: "${id}" is not a valid provider id`);
    if (seen.has(id)) throw new TypeError(`oidcProviders: "${id}" is listed twice`);
    seen.add(id);
    return { id, label: label || id };
  });
}

function outOfBand(value: OutOfBandMethod | undefined, name: string): OutOfBandMethod {
  const strategy = value ?? 'code';
  if (strategy !== 'code' && strategy !== 'link') {
    throw new TypeError(`${name} must be "code" or "link", got "${String(strategy)}"`);
  }
  return strategy;
}
