import type { GenericError } from './errors';
import type { AuthenticatorAssuranceLevel, CourierMessage, FlowType, UiContainer } from './types';

export type FlowKind = 'login' | 'registration';

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
  // login only
  refresh?: boolean;
  requestedAal?: AuthenticatorAssuranceLevel;
}

export interface IdentityRecord {
  id: string;
  schemaId: string;
  traits: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  passwordIdentifiers: string[];
  passwordHash?: { salt: string; hash: string };
  verifiableAddresses: { id: string; value: string; via: 'email' | 'sms' }[];
  recoveryAddresses: { id: string; value: string; via: 'email' | 'sms' }[];
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
  reset(): void;
}

export function createStore(): Store {
  const store: Store = {
    flows: new Map(),
    identities: new Map(),
    sessions: new Map(),
    errors: new Map(),
    courier: [],
    reset() {
      store.flows.clear();
      store.identities.clear();
      store.sessions.clear();
      store.errors.clear();
      store.courier.length = 0;
    },
  };
  return store;
}
