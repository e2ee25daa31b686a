import type { GenericError } from './errors';
import type {
  AuthenticatorAssuranceLevel,
  ContinueWith,
  CourierMessage,
  FlowType,
  UiContainer,
} from './types';

export type FlowKind = 'login' | 'registration' | 'settings' | 'recovery' | 'verification';

/** One self-service flow as the mock keeps it; `serializeFlow` turns it into Kratos' JSON. */
export interface FlowRecord {
  kind: FlowKind;
  id: string;
  type: FlowType;
  issuedAt: number;
  expiresAt: number;
  updatedAt: number;
  requestUrl: string;
  returnTo?: string;
  active?: string;
  state: string;
  ui: UiContainer;
  /** The raw (unmasked) anti-CSRF token the browser flow was bound to. */
  csrfToken?: string;
  /** Transient follow-ups of the last submit (recovery, settings), like Kratos' ContinueWithItems. */
  continueWith?: ContinueWith[];
  /** One-time-code submits so far (brute-force guard, Kratos' submit_count). */
  submitCount?: number;
  // login only
  refresh?: boolean;
  requestedAal?: AuthenticatorAssuranceLevel;
  // settings only: the owner, and a change paused until the session is privileged again (Kratos' continuity)
  identityId?: string;
  pausedSettings?: { method: string; body: Record<string, unknown> };
  /**
   * login only, account linking: the provider account a registration could not use because its identifier
   * belongs to this account. It is linked once the user signs in (Kratos' internal_context duplicate credentials).
   */
  duplicateCredentials?: { provider: string; subject: string; identifier: string };
  /** Kratos' internal_context of a settings flow: the TOTP key offered, lookup codes generated but not saved. */
  secondFactorDraft?: { totpUrl?: string; lookupCodes?: string[] };
  /** Kratos' internal_context webauthn session data: the challenges this flow's WebAuthn nodes carry. */
  webauthnSession?: WebAuthnSessionRecord;
}

/** The challenges a flow handed out, waiting for the authenticator's answer (go-webauthn's SessionData). */
export interface WebAuthnSessionRecord {
  /** `passkey_challenge`: a discoverable (username-less) passkey login. */
  passkeyLogin?: string;
  /** `passkey_create_data`: a new passkey for this user handle (base64url). */
  passkeyRegistration?: { challenge: string; userHandle: string };
  /** `webauthn_login_trigger`: the second factor, one of the identity's security keys. */
  webauthnLogin?: string;
  /** `webauthn_register_trigger`: a new security key for this user handle (base64url). */
  webauthnRegistration?: { challenge: string; userHandle: string };
}

/** One registered authenticator (identity.CredentialWebAuthn): what verification needs, and what settings list. */
export interface WebAuthnCredentialRecord {
  /** The credential id, base64url (as `rawId` arrives). */
  id: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  /** The signature counter the authenticator reported last (replay detection). */
  counter: number;
  transports?: string[];
  displayName: string;
  addedAt: number;
}

/** One backup code of the lookup_secret credential (identity.RecoveryCode). */
export interface LookupSecretRecord {
  code: string;
  usedAt?: number;
}

export type AddressVia = 'email' | 'sms';

export interface VerifiableAddressRecord {
  id: string;
  value: string;
  via: AddressVia;
  verified: boolean;
  /** identity.VerifiableAddressStatus: pending → sent → completed. */
  status: 'pending' | 'sent' | 'completed';
  verifiedAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** A one-time code or link token the courier sent, bound to a flow (Kratos' *_codes / *_tokens tables). */
export interface OneTimeSecretRecord {
  id: string;
  kind: 'code' | 'token';
  flowId: string;
  flowKind: FlowKind;
  secret: string;
  address: string;
  via: AddressVia;
  identityId?: string;
  expiresAt: number;
  usedAt?: number;
}

export interface IdentityRecord {
  id: string;
  schemaId: string;
  traits: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  passwordIdentifiers: string[];
  passwordHash?: { salt: string; hash: string };
  /** The oidc credential: one (provider, subject) pair per linked provider (identity.CredentialsOIDC). */
  oidcCredentials?: OidcCredentialRecord[];
  verifiableAddresses: VerifiableAddressRecord[];
  recoveryAddresses: { id: string; value: string; via: AddressVia }[];
  /** The totp credential: the otpauth:// key URL (identity.CredentialsTOTPConfig). */
  totpUrl?: string;
  /** The lookup_secret credential: 12 backup codes. */
  lookupSecrets?: LookupSecretRecord[];
  /** The passkey credential: discoverable credentials, found at login by their user handle. */
  passkeys?: { userHandle: string; credentials: WebAuthnCredentialRecord[] };
  /** The webauthn credential (second factor): security keys, named by the user. */
  webauthn?: { userHandle: string; credentials: WebAuthnCredentialRecord[] };
}

/** One linked OpenID Connect account: identity.CredentialsOIDCProvider without the tokens. */
export interface OidcCredentialRecord {
  provider: string;
  subject: string;
}

/**
 * One OpenID Connect round trip in progress (Kratos' continuity container + the fake provider's code): the
 * `state` sent to the provider, the flow it belongs to, the traits the form posted, and — once the user
 * allowed it — the claims the authorization code stands for.
 */
export interface OidcStateRecord {
  state: string;
  flowId: string;
  provider: string;
  traits?: unknown;
  createdAt: number;
  code?: string;
  claims?: Record<string, unknown>;
}

export interface AuthenticationMethod {
  method: string;
  aal: AuthenticatorAssuranceLevel;
  completedAt: number;
}

export interface SessionRecord {
  id: string;
  token: string;
  logoutToken: string;
  identityId: string;
  active: boolean;
  issuedAt: number;
  authenticatedAt: number;
  expiresAt: number;
  aal: AuthenticatorAssuranceLevel;
  methods: AuthenticationMethod[];
  devices: { id: string; ip_address: string; user_agent: string; location: string }[];
}

export interface StoredError {
  id: string;
  error: GenericError;
  createdAt: number;
}

export interface Store {
  flows: Map<string, FlowRecord>;
  identities: Map<string, IdentityRecord>;
  sessions: Map<string, SessionRecord>;
  errors: Map<string, StoredError>;
  courier: CourierMessage[];
  secrets: OneTimeSecretRecord[];
  /** OpenID Connect round trips by `state`. */
  oidcStates: Map<string, OidcStateRecord>;
  reset(): void;
}

export function createStore(): Store {
  const store: Store = {
    flows: new Map(),
    identities: new Map(),
    sessions: new Map(),
    errors: new Map(),
    courier: [],
    secrets: [],
    oidcStates: new Map(),
    reset() {
      store.flows.clear();
      store.identities.clear();
      store.sessions.clear();
      store.errors.clear();
      store.courier.length = 0;
      store.secrets.length = 0;
      store.oidcStates.clear();
    },
  };
  return store;
}
